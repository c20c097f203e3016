// Exact-phrase matching on normalized text, reported in the original text's coordinates.
import { normalizeWithMap } from './normalize.ts';

export type Range = readonly [start: number, end: number];

/** Every occurrence of each term in `text` (original offsets), sorted and merged. */
export function findRanges(text: string, terms: readonly string[]): Range[] {
  const n = normalizeWithMap(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    let from = 0;
    for (;;) {
      const at = n.text.indexOf(term, from);
      if (at < 0) break;
      const last = at + term.length - 1;
      const start = n.map[at]!;
      const endChar = n.map[last]!;
      // End after the whole source character (it may be a surrogate pair).
      const end = endChar + (text.codePointAt(endChar)! > 0xffff ? 2 : 1);
      ranges.push([start, end]);
      from = at + 1;
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Which of `terms` occur in `text` (normalized comparison). */
export function termsFound(text: string, terms: readonly string[]): Set<string> {
  const n = normalizeWithMap(text).text;
  return new Set(terms.filter((t) => n.includes(t)));
}

/** True when the text contains every term. */
export function containsAll(text: string, terms: readonly string[]): boolean {
  return termsFound(text, terms).size === new Set(terms).size;
}
