// The name an uploaded file is stored under. Decap keeps only ASCII in upload names (config.slug
// encoding ascii): 垃圾分类宣传照片.jpg would be stored as `.jpg`, a hidden file the storage rule
// refuses, and the picture was lost (未找到图片). So a name with other characters becomes the pinyin
// of its words (laji-fenlei-xuanchuan-zhaopian.jpg), which the build resolves like any ASCII path;
// the original name, without its extension, is what the editor is offered as the alt text.
import { pinyin } from 'pinyin-pro';

/** Longest stem kept; a long name is cut at a word boundary. */
const STEM_MAX = 48;
const SAFE = /^[a-z0-9][a-z0-9._-]*$/u;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** A file name split into stem and lower-case extension (`.jpg`), the extension possibly empty. */
function split(name: string): { stem: string; ext: string } {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? { stem: name.slice(0, dot), ext: name.slice(dot).toLowerCase() } : { stem: name, ext: '' };
}

/** The stem in ASCII: each word's pinyin run together (宣传 → xuanchuan), words joined by hyphens. */
function asciiStem(stem: string): string {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(stem.normalize('NFKC'))) {
    if (!isWordLike) continue;
    const ascii = pinyin(segment, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '');
    if (ascii) words.push(ascii);
  }
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > STEM_MAX) break;
    out = next;
  }
  return out || words[0]?.slice(0, STEM_MAX) || '';
}

/** The stored name for an uploaded file: unchanged when already safe, else its stem in pinyin. */
export function storedUploadName(name: string): string {
  const { stem, ext } = split(name);
  const safeExt = /^\.[a-z0-9]+$/u.test(ext) ? ext : '';
  if (SAFE.test(name) && name === name.toLowerCase()) return name;
  return `${asciiStem(stem) || 'tupian'}${safeExt}`;
}

/** What the picture is probably of, from the name the editor gave the file: its stem, when that is not a camera's code. */
export function altFromFileName(name: string): string | undefined {
  const stem = split(name).stem.replace(/[_-]+/gu, ' ').trim();
  // IMG_2031, DSC0042, 微信图片_20240101: numbers and camera prefixes describe nothing.
  const meaningful = stem.replace(/^(?:img|dsc|pxl|screenshot)|微信图片|\d+/giu, '').trim();
  return /\p{Script=Han}|[a-z]{3,}/iu.test(meaningful) ? stem : undefined;
}
