/**
 * Half-remembered wording for `bench:search`, derived by one rule from the clause texts of the
 * imported documents: take a run of 8–10 Chinese characters from the middle of a clause's
 * sentence, then drop one character, swap two neighbouring ones or replace one (in turn), as a
 * journalist quoting from memory would. Each case keeps the clauses whose text holds the original
 * run: the search should show one of them among its nearest passages. Cases whose altered text
 * is still on some page (an exact hit) are skipped.
 */
import { normalizeText } from '../../src/lib/search/query/normalize.ts';

export interface ClauseText {
  /** Link to the clause (/policies/x/#s2-3). */
  link: string;
  text: string;
}

export interface NearPhraseCase {
  q: string;
  original: string;
  edit: 'drop' | 'swap' | 'replace';
  /** Links of the clauses that hold the original run. */
  expect: string[];
}

/** The character put in place of a replaced one (rare in the site's text). */
const REPLACEMENT = '某';

export function alter(original: string, i: number): { q: string; edit: NearPhraseCase['edit'] } {
  const chars = [...original];
  const mid = Math.floor(chars.length / 2);
  const edit = (['drop', 'swap', 'replace'] as const)[i % 3]!;
  if (edit === 'drop') chars.splice(mid, 1);
  else if (edit === 'swap') [chars[mid - 1], chars[mid]] = [chars[mid]!, chars[mid - 1]!];
  else chars[mid] = REPLACEMENT;
  return { q: chars.join(''), edit };
}

/**
 * Up to `count` cases, spread evenly over the runs of ≥ 12 Chinese characters found in `clauses`;
 * `pages` holds every page's indexed text (normalized) to skip alterations that still match exactly.
 */
export function nearPhraseCases(
  clauses: readonly ClauseText[],
  pages: readonly string[],
  count: number,
): NearPhraseCase[] {
  const runs: string[] = [];
  for (const c of clauses) for (const run of c.text.match(/\p{Script=Han}{12,}/gu) ?? []) runs.push(run);
  const unique = [...new Set(runs)];
  const out: NearPhraseCase[] = [];
  const seen = new Set<string>();
  const step = Math.max(1, Math.floor(unique.length / (count * 2)));
  for (let k = 0; k < unique.length && out.length < count; k += step) {
    const run = unique[k]!;
    const length = 8 + (out.length % 3);
    const start = Math.floor((run.length - length) / 2);
    const original = run.slice(start, start + length);
    if (seen.has(original)) continue;
    const { q, edit } = alter(original, out.length);
    const nq = normalizeText(q);
    if (nq === normalizeText(original) || pages.some((p) => p.includes(nq))) continue;
    const expect = clauses.filter((c) => normalizeText(c.text).includes(normalizeText(original))).map((c) => c.link);
    seen.add(original);
    out.push({ q, original, edit, expect: [...new Set(expect)] });
  }
  return out;
}
