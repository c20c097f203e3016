// The 网址名 an imported document gets when nobody chose one: the pinyin of its title's words,
// shortened, never the upload's file name (2024-15.docx, 新建文档.docx say nothing about the notice).
// 益阳市科学技术协会关于印发《益阳市科协2023年科普工作要点》的通知 → yiyang-kexie-kepu-yaodian-2023:
// the enclosed document's title (or what stands between 关于 and 的通知), its words as pinyin
// without the words every notice has (关于, 印发, 市, 年, 工作 …), at most MAX_WORDS words, then the years.
import { pinyin } from 'pinyin-pro';
import { enclosedTitle } from './metadata.ts';

/** Words that tell one notice from another; more make a URL nobody can read out. */
const MAX_WORDS = 5;
/** Words too common in notices to identify one (and 年/月/日 after a number). */
const COMMON = new Set([
  '关于',
  '印发',
  '转发',
  '发布',
  '做好',
  '开展',
  '进一步',
  '加强',
  '有关',
  '事项',
  '工作',
  '的',
  '和',
  '与',
  '及',
  '等',
  '通知',
  '年',
  '年度',
  '月',
  '日',
  '省',
  '市',
  '县',
  '区',
  '号',
  '稿',
]);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The part of a title that names the document: 《…》 of a 印发 notice, else between 关于 and 的通知. */
function subjectOf(title: string): string {
  const enclosed = enclosedTitle(title);
  if (enclosed) return enclosed;
  const about = /关于(.+?)的(?:通知|决定|意见|通报|批复|函)$/u.exec(title);
  return about?.[1] ?? title;
}

/** One word as ASCII: its pinyin syllables run together (科普 → kepu); letters and digits kept. */
function ascii(word: string): string {
  return pinyin(word, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '');
}

/** The distinctive words of a text as ASCII, in order. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let single = '';
  // The segmenter leaves names it does not know as single characters (益/阳): pairs are kept together.
  const flush = () => {
    if (single && !COMMON.has(single)) words.push(single);
    single = '';
  };
  for (const { segment, isWordLike } of segmenter.segment(text.replace(/[（(][^（）()]*[）)]/gu, ' '))) {
    if (!isWordLike || /^\d+$/u.test(segment) || COMMON.has(segment)) {
      flush();
      continue;
    }
    if ([...segment].length === 1 && /\p{Script=Han}/u.test(segment)) {
      single += segment;
      if ([...single].length === 2) flush();
    } else {
      flush();
      words.push(segment);
    }
  }
  flush();
  return words.map(ascii).filter(Boolean);
}

/** The proposed 网址名, or undefined when the title has no word to make one of. */
export function policySlug(title: string): string | undefined {
  const text = title.normalize('NFKC');
  const subject = subjectOf(text);
  let words = wordsOf(subject);
  // 关于印发2024年度工作要点的通知: one word says too little; the issuer in the title tells whose.
  if (words.length < 2 && subject !== text) words = wordsOf(text);
  if (words.length === 0) return undefined;
  const years = [...new Set(subject.match(/(?:19|20)\d{2}/gu) ?? [])].slice(0, 2);
  return [...words.slice(0, MAX_WORDS), ...years].join('-');
}
