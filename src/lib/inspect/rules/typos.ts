/**
 * 错别字 / 易错词: every listed wrong form in a text, with its right form. A wrong form inside one of
 * its listed correct contexts (按装修) or before its listed clause partner (既使……又……) is not one;
 * words the entry allows (inspectAllow: a quotation, a proper name) are not reported.
 */
import { Matcher } from '../matcher.ts';
import { coveredBy, longestFirst, type TextHit } from '../textHit.ts';
import { TYPOS, type TypoEntry } from '../typoList.ts';

const matchers = new WeakMap<readonly TypoEntry[], Matcher>();

function matcherFor(list: readonly TypoEntry[]): Matcher {
  let m = matchers.get(list);
  if (!m) {
    m = new Matcher(list.map((e) => e.wrong));
    matchers.set(list, m);
  }
  return m;
}

const CLAUSE_END = /[。！？；!?;\n]/u;

/** Whether one of `partners` follows the hit in the same clause. */
function partnerFollows(text: string, end: number, partners: readonly string[]): boolean {
  if (partners.length === 0) return false;
  const rest = text.slice(end, end + 80);
  const clause = rest.split(CLAUSE_END, 1)[0] ?? '';
  return partners.some((p) => clause.includes(p));
}

export function typoHits(text: string, allow: readonly string[] = [], list: readonly TypoEntry[] = TYPOS): TextHit[] {
  const hits: TextHit[] = [];
  for (const m of matcherFor(list).findAll(text)) {
    const entry = list[m.pattern]!;
    if (entry.contexts.some((c) => text.startsWith(c.text, m.start - c.offset))) continue;
    if (partnerFollows(text, m.end, entry.notBefore)) continue;
    if (coveredBy(text, m.start, m.end, allow)) continue;
    hits.push({
      start: m.start,
      end: m.end,
      found: entry.wrong,
      word: entry.wrong,
      fix: `“${entry.wrong}”应为“${entry.right}”`,
    });
  }
  return longestFirst(hits);
}
