// Nearest passages when the typed phrase is in no page: each of the phrase's words is looked up
// on its own, the sections holding most of them close together (by Pagefind's word positions,
// before anything is downloaded) are fetched, and every line of them is scored (proximity.ts):
// most of the phrase's characters in order within a short window.
import type { FilterSelection, FragmentLike, PagefindLike, ResultLike } from './engine.ts';
import { bestWindow, compareNear, isNear, NEAR_MIN_QUERY, type ProximityMatch } from './proximity.ts';
import { pickEngineIndices, segmentWords } from './query.ts';
import { normalizeText } from './normalize.ts';

/** Words of the phrase looked up (each one costs an index chunk). */
export const NEAR_LOOKUPS = 4;
/** Sections downloaded and scored. */
export const NEAR_CANDIDATES = 30;
/** Passages shown. */
export const NEAR_SHOWN = 8;

export interface NearHit {
  /** Page URL and its title. */
  page: string;
  title: string;
  meta: Record<string, string | undefined>;
  /** Link to the clause (page#anchor) and its heading ('' before the first heading). */
  link: string;
  heading: string;
  /** The line of text holding the passage, and the matched characters in it. */
  line: string;
  match: ProximityMatch;
}

/**
 * Order of candidate sections: most of the looked-up words inside one small stretch of word
 * positions, then most words at all, then Pagefind's score.
 */
export function clusterOrder<T extends { score: number }>(
  tallies: Map<T, { labels: number[]; positions: number[] }>,
  span: number,
): T[] {
  const rank = new Map<T, [number, number]>();
  for (const [result, { labels, positions }] of tallies) {
    const pts = positions.map((p, i) => [p, labels[i]!] as const).sort((a, b) => a[0] - b[0]);
    let cluster = 0;
    for (let i = 0, j = 0; j < pts.length; j++) {
      while (pts[j]![0] - pts[i]![0] > span) i++;
      cluster = Math.max(cluster, new Set(pts.slice(i, j + 1).map((p) => p[1])).size);
    }
    rank.set(result, [cluster, new Set(labels).size]);
  }
  return [...tallies.keys()].sort((a, b) => {
    const [ca, wa] = rank.get(a)!;
    const [cb, wb] = rank.get(b)!;
    return cb - ca || wb - wa || b.score - a.score;
  });
}

/** The best near passage of one section's text, or null. */
export function nearPassage(content: string, phrase: string): { line: string; match: ProximityMatch } | null {
  let best: { line: string; match: ProximityMatch } | null = null;
  for (const line of content.split('\n')) {
    const match = bestWindow(line, phrase);
    if (!isNear(match)) continue;
    if (!best || compareNear(match, best.match) < 0) best = { line, match };
  }
  return best;
}

export async function runNearSearch(
  pf: PagefindLike,
  phrase: string,
  options: { filters?: FilterSelection; candidates?: number } = {},
): Promise<NearHit[]> {
  const compact = normalizeText(phrase);
  if ([...compact].length < NEAR_MIN_QUERY) return [];
  const words = segmentWords(phrase).filter((w) => [...w].length >= 2);
  const picked = pickEngineIndices(words, NEAR_LOOKUPS).map((i) => words[i]!);
  if (picked.length === 0) return [];
  const responses = await Promise.all(picked.map((w) => pf.search(w, { filters: options.filters ?? {} })));
  const byId = new Map<string, ResultLike>();
  const tallies = new Map<ResultLike, { labels: number[]; positions: number[] }>();
  responses.forEach((response, label) => {
    for (const r of response?.results ?? []) {
      const key = byId.get(r.id) ?? r;
      byId.set(r.id, key);
      const t = tallies.get(key) ?? { labels: [], positions: [] };
      for (const p of r.words.length ? r.words : [Number.NaN]) {
        t.labels.push(label);
        t.positions.push(Number.isNaN(p) ? 0 : p);
      }
      tallies.set(key, t);
    }
  });
  const order = clusterOrder(tallies, picked.length + 3).slice(0, options.candidates ?? NEAR_CANDIDATES);
  const frags: FragmentLike[] = await Promise.all(order.map((r) => r.data()));
  const hits: NearHit[] = [];
  frags.forEach((frag) => {
    const passage = nearPassage(frag.content, phrase);
    if (!passage) return;
    hits.push({
      page: frag.meta.page ?? frag.url,
      title: frag.meta.title ?? frag.url,
      meta: frag.meta,
      link: frag.meta.link ?? frag.url,
      heading: frag.meta.section ?? '',
      ...passage,
    });
  });
  // Keep the candidates' order among equals (it reflects Pagefind's word positions and score).
  return hits
    .map((h, i) => ({ h, i }))
    .sort((a, b) => compareNear(a.h.match, b.h.match) || a.i - b.i)
    .map(({ h }) => h)
    .slice(0, NEAR_SHOWN);
}
