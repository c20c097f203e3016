/**
 * Stable ASCII slugs for documents the library cites but does not hold (/policies/cited/<slug>/).
 *
 * The rule (no hashes, no per-document table):
 * - With a 文号: pinyin initials of the 机关代字, the year, the serial — 国发〔2021〕9号 → gf-2021-9,
 *   湘政办发〔2021〕74号 → xzbf-2021-74, 粤府〔2021〕76号 → yf-2021-76.
 * - Title only: `t-`, the pinyin initials of the title's Han characters (at most 24), then the years the
 *   title names — 岳阳市全民科学素质行动规划纲要实施方案（2022-2025年） → t-yysqmkxszxdghgyssfa-2022-2025
 *   (the period's 年 is left out).
 * - Two documents that would get the same slug: the one whose key sorts later gets -2, -3, …
 *
 * Initials come from the pinyin collation that ships with Node's ICU (Intl.Collator zh-u-co-pinyin),
 * compared against the first character of each letter; POLYPHONES fixes readings that matter in
 * names of places and offices. Characters outside that order (Latin, punctuation) are dropped; digits stay.
 */

const collator = new Intl.Collator('zh-CN-u-co-pinyin');

/** The first character, in pinyin collation order, of each initial letter (CLDR zh pinyin). */
const LETTER_STARTS: ReadonlyArray<readonly [string, string]> = [
  ['a', '吖'],
  ['b', '八'],
  ['c', '嚓'],
  ['d', '咑'],
  ['e', '妸'],
  ['f', '发'],
  ['g', '旮'],
  ['h', '哈'],
  ['j', '丌'],
  ['k', '咔'],
  ['l', '垃'],
  ['m', '妈'],
  ['n', '拏'],
  ['o', '噢'],
  ['p', '妑'],
  ['q', '七'],
  ['r', '呥'],
  ['s', '仨'],
  ['t', '他'],
  ['w', '屲'],
  ['x', '夕'],
  ['y', '丫'],
  ['z', '帀'],
];

/** Readings fixed by hand where the collation's default reading is not the one names use. */
const POLYPHONES: Readonly<Record<string, string>> = {
  长: 'c',
  重: 'c',
  行: 'x',
  厦: 'x',
  蚌: 'b',
  六: 'l',
  会: 'h',
  乐: 'l',
  单: 'd',
};

const HAN = /\p{Script=Han}/u;

/** Pinyin initial of one Han character ('' for anything else). */
export function initialOf(ch: string): string {
  if (!HAN.test(ch)) return '';
  const fixed = POLYPHONES[ch];
  if (fixed) return fixed;
  let letter = '';
  for (const [l, start] of LETTER_STARTS) {
    if (collator.compare(ch, start) >= 0) letter = l;
    else break;
  }
  return letter;
}

/** Initials of the Han characters of a text, digits kept. */
export function initials(text: string): string {
  let out = '';
  for (const ch of text) out += /[0-9]/u.test(ch) ? ch : initialOf(ch);
  return out;
}

/** Slug for a cited 文号 (parts of a parsed DocNumber). */
export function slugForDocNumber(code: string, year: number, serial: number | null): string {
  const c = initials(code.replace(/[0-9]/gu, '')) || 'wh';
  return serial === null ? `${c}-${year}` : `${c}-${year}-${serial}`;
}

/** Slug for a document cited by title alone. */
export function slugForTitle(title: string): string {
  const years = [...title.matchAll(/(?:19|20)\d{2}/gu)].map((m) => m[0]);
  // The period (（2021-2025年）, 2019－2022年) is given by the years; its 年 is not part of the name.
  const name = title
    .replace(/(?:19|20)\d{2}\s*(?:[－—–~～-]\s*(?:19|20)\d{2})?\s*年?/gu, '')
    .replace(/[（(]\s*[）)]/gu, '')
    .replace(/[0-9０-９]/gu, '');
  const han = initials(name).slice(0, 24) || 'doc';
  return ['t', han, ...years].join('-');
}

/** Make slugs unique: later keys (sorted) get -2, -3 … so the result does not depend on input order. */
export function uniqueSlugs(
  items: ReadonlyArray<{ key: string; slug: string }>,
  taken: ReadonlySet<string> = new Set(),
): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set(taken);
  for (const it of [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    let s = it.slug;
    for (let n = 2; used.has(s); n++) s = `${it.slug}-${n}`;
    used.add(s);
    out.set(it.key, s);
  }
  return out;
}
