// Nearest passages for half-remembered wording: where does a line of text hold most of the
// query's characters, in the query's order, within a short window? (具备科学素质的比例超过15% for
// 科学素质比例达到.) A longest-common-subsequence per window start, on normalized text, reported in
// the original text's coordinates so the matching characters can be highlighted.
import { normalizeWithMap } from './normalize.ts';
import type { Range } from './match.ts';

/** Longest query (characters) compared; the rest of a long query is ignored here. */
export const MAX_NEAR_QUERY = 24;
/** Share of the query's characters a passage must hold to count as near. */
export const NEAR_MIN_SHARE = 0.6;
/** Shortest query for which near passages are looked for (shorter ones match too much by chance). */
export const NEAR_MIN_QUERY = 4;

export interface ProximityMatch {
  /** Query characters matched, in order. */
  matched: number;
  /** Query length compared. */
  of: number;
  /** Characters of text from the first to the last matched one (normalized text). */
  span: number;
  /** Matched characters in the original text, merged into runs. */
  ranges: Range[];
  /** Offset (original text) of the first matched character. */
  start: number;
}

/** Widest window a match may spread over: the query's length plus half of it, plus two. */
export function windowFor(queryLength: number): number {
  return queryLength + Math.ceil(queryLength / 2) + 2;
}

/**
 * The best window of `text` for `query` (both plain strings; compared after normalization):
 * most query characters matched in order, then the shortest span, then the earliest. Null when
 * fewer than two characters match or no two matched characters are adjacent in both the text
 * and the query (scattered single characters are chance, not wording).
 */
export function bestWindow(text: string, query: string): ProximityMatch | null {
  const q = [...normalizeWithMap(query).text].slice(0, MAX_NEAR_QUERY);
  const n = normalizeWithMap(text);
  const t = [...n.text];
  // Map code-point index → normalized string index (n.map is per UTF-16 unit of n.text).
  const unitOf: number[] = [];
  {
    let u = 0;
    for (const ch of t) {
      unitOf.push(u);
      u += ch.length;
    }
  }
  const m = q.length;
  if (m < 2 || t.length === 0) return null;
  const wanted = new Set(q);
  const width = windowFor(m);
  let best: { matched: number; span: number; pairs: [number, number][] } | null = null;
  const dp: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(width + 1).fill(0));
  for (let s = 0; s < t.length; s++) {
    if (!wanted.has(t[s]!)) continue;
    const w = Math.min(width, t.length - s);
    for (let i = 1; i <= m; i++) {
      for (let j = 1; j <= w; j++) {
        dp[i]![j] = q[i - 1] === t[s + j - 1] ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
      }
    }
    const matched = dp[m]![w]!;
    if (matched < 2 || (best && matched < best.matched)) continue;
    // Shortest prefix of the window that keeps every matched character.
    let end = 1;
    while (dp[m]![end]! < matched) end++;
    if (best && matched === best.matched && end >= best.span) continue;
    const pairs: [number, number][] = [];
    for (let i = m, j = end; i > 0 && j > 0; ) {
      if (q[i - 1] === t[s + j - 1] && dp[i]![j] === dp[i - 1]![j - 1]! + 1) {
        pairs.push([i - 1, s + j - 1]);
        i--;
        j--;
      } else if (dp[i - 1]![j]! >= dp[i]![j - 1]!) i--;
      else j--;
    }
    pairs.reverse();
    const adjacent = pairs.some((p, k) => k > 0 && p[0] === pairs[k - 1]![0] + 1 && p[1] === pairs[k - 1]![1] + 1);
    if (!adjacent) continue;
    best = { matched, span: pairs[pairs.length - 1]![1] - pairs[0]![1] + 1, pairs };
  }
  if (!best) return null;
  const ranges: [number, number][] = [];
  for (const [, pos] of best.pairs) {
    const startUnit = n.map[unitOf[pos]!]!;
    const end = startUnit + (text.codePointAt(startUnit)! > 0xffff ? 2 : 1);
    const last = ranges[ranges.length - 1];
    if (last && last[1] === startUnit) last[1] = end;
    else ranges.push([startUnit, end]);
  }
  return { matched: best.matched, of: m, span: best.span, ranges, start: ranges[0]![0] };
}

/** True when a match holds enough of the query to be shown as a near passage. */
export function isNear(match: ProximityMatch | null): match is ProximityMatch {
  return !!match && match.matched >= Math.max(2, Math.ceil(match.of * NEAR_MIN_SHARE));
}

/** Order of near passages: more of the query, tighter, then earlier. */
export function compareNear(a: ProximityMatch, b: ProximityMatch): number {
  return b.matched / b.of - a.matched / a.of || a.span - b.span;
}
