// 网址名 from a Chinese title: toneless pinyin joined by hyphens, ASCII letters and digits kept,
// everything else dropped, as the slug rule (src/schemas, cms/fields.ts slugField) requires.
import { pinyin } from 'pinyin-pro';

/** Longest slug proposed; editors may shorten it. */
export const SLUG_MAX = 60;

export function slugFromTitle(title: string): string {
  const words = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((w) => w.toLowerCase().replace(/[^a-z0-9]+/g, '-'))
    .join('-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (words.length <= SLUG_MAX) return words;
  const cut = words.slice(0, SLUG_MAX);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : SLUG_MAX);
}
