// The search itself, independent of the browser: ask Pagefind for candidate sections, group them
// by page (via the 页面 filter counts, without downloading anything), then download section texts
// best-first and keep only pages that really contain what was typed. Pages that merely share
// sub-words (Pagefind segments Chinese into words) are kept apart as partial matches, after the
// exact ones. Works against a minimal Pagefind-like interface so it can be unit-tested.
import { containsAll, findRanges, termsFound, type Range } from './match.ts';
import { normalizeText } from './normalize.ts';
import type { PreparedQuery } from './query.ts';
import { DOC_NUMBER_FILTER, PAGE_FILTER } from './records.ts';

export interface FragmentLike {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}
export interface ResultLike {
  id: string;
  score: number;
  words: number[];
  data(): Promise<FragmentLike>;
}
export interface ResponseLike {
  results: ResultLike[];
  filters: Record<string, Record<string, number>>;
}
export type FilterSelection = Record<string, string>;
export interface PagefindLike {
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<ResponseLike | null>;
  /** All filter values with record counts; also loads the filter chunks search counts rely on. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SectionHit {
  link: string;
  heading: string;
  content: string;
  ranges: Range[];
}
export interface PageHit {
  url: string;
  title: string;
  meta: Record<string, string | undefined>;
  /** Sections that contain the query (exact hits) — the clause sub-results. */
  sections: SectionHit[];
  /** The page contains every term exactly. */
  exact: boolean;
  /** The query is this page's own 文号. */
  ownNumber: boolean;
  /** A checked section contains the query literally, brackets as typed (e.g. 国发〔2021）9号 as printed). */
  verbatim: boolean;
  /** The page title contains the query. */
  titleMatch: boolean;
  score: number;
  /** How many of its sections Pagefind matched. */
  candidateSections: number;
}
export interface SearchOutcome {
  exact: PageHit[];
  partial: PageHit[];
  /** Candidate pages beyond `maxPages` that were not checked. */
  unchecked: number;
}
export interface SearchOptions {
  filters?: FilterSelection;
  sort?: 'relevance' | 'date';
  /** Most candidate pages to check (each check downloads at least one section). */
  maxPages?: number;
  /** Most sections downloaded per page while looking for an exact hit. */
  maxProbesPerPage?: number;
  /** Extra clause sub-results fetched for the first `subResultPages` pages. */
  subResults?: number;
  subResultPages?: number;
}

/** Longest run of consecutive word positions: adjacent query words hint at the exact phrase. */
export function longestRun(words: readonly number[]): number {
  const sorted = [...new Set(words)].sort((a, b) => a - b);
  let best = sorted.length ? 1 : 0;
  let run = 1;
  for (let i = 1; i < sorted.length; i++) {
    run = sorted[i] === sorted[i - 1]! + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

/** Order in which a page's candidate sections are downloaded: phrase-like hits first. */
export function probeOrder<T extends { score: number; words: number[] }>(results: readonly T[]): T[] {
  return [...results].sort((a, b) => longestRun(b.words) - longestRun(a.words) || b.score - a.score);
}

/** Whitespace-insensitive but otherwise literal containment (the query exactly as typed). */
export function literallyContains(text: string, typed: string): boolean {
  const t = typed.replace(/\s+/g, '');
  return t.length > 0 && text.replace(/\s+/g, '').includes(t);
}

/** Compare two pages for display: own 文号, exact, date (if asked), as typed, title match, score. */
export function comparePages(sort: 'relevance' | 'date') {
  return (a: PageHit, b: PageHit): number =>
    Number(b.ownNumber) - Number(a.ownNumber) ||
    Number(b.exact) - Number(a.exact) ||
    (sort === 'date' ? (b.meta.date ?? '').localeCompare(a.meta.date ?? '') : 0) ||
    Number(b.verbatim) - Number(a.verbatim) ||
    Number(b.titleMatch) - Number(a.titleMatch) ||
    b.score - a.score ||
    b.candidateSections - a.candidateSections ||
    a.url.localeCompare(b.url);
}

function positive(counts: Record<string, number> | undefined): string[] {
  return Object.entries(counts ?? {})
    .filter(([, n]) => n > 0)
    .map(([k]) => k);
}

export async function runSearch(pf: PagefindLike, query: PreparedQuery, options: SearchOptions = {}): Promise<SearchOutcome> {
  const filters = options.filters ?? {};
  const maxPages = options.maxPages ?? 60;
  const maxProbes = options.maxProbesPerPage ?? 8;
  // Filter counts in a search response need the filter chunks loaded first.
  await pf.filters();
  const base = await pf.search(query.engineTerm, { filters });
  const counts = base?.filters[PAGE_FILTER] ?? {};
  const candidates = new Set(positive(counts));
  const own = new Set<string>();
  if (query.docKey) {
    const byNumber = await pf.search(null, { filters: { ...filters, [DOC_NUMBER_FILTER]: query.docKey } });
    for (const url of positive(byNumber?.filters[PAGE_FILTER])) {
      own.add(url);
      candidates.add(url);
    }
  }
  // Rank candidate pages by their best section before downloading anything.
  const perPage = await Promise.all(
    [...candidates].map(async (url) => {
      const term = counts[url] ? query.engineTerm : null;
      const r = await pf.search(term, { filters: { ...filters, [PAGE_FILTER]: url } });
      const results = r?.results ?? [];
      return { url, results, best: Math.max(0, ...results.map((x) => x.score)) };
    }),
  );
  perPage.sort((a, b) => Number(own.has(b.url)) - Number(own.has(a.url)) || b.best - a.best);
  const checked = perPage.slice(0, maxPages);

  const hits: PageHit[] = [];
  const probesLeft = new Map<string, ResultLike[]>();
  for (const page of checked) {
    const order = probeOrder(page.results);
    const found = new Set<string>();
    const sections: SectionHit[] = [];
    let first: FragmentLike | undefined;
    let probes = 0;
    let verbatim = false;
    while (order.length && probes < maxProbes && found.size < query.terms.length) {
      const frag = await order.shift()!.data();
      probes++;
      first ??= frag;
      const here = termsFound(frag.content, query.terms);
      for (const t of here) found.add(t);
      if (here.size) sections.push(toSection(frag, query.terms));
      verbatim ||= literallyContains(frag.content, query.display);
    }
    probesLeft.set(page.url, order);
    const meta = first?.meta ?? {};
    const title = meta.title ?? page.url;
    const exact = found.size === query.terms.length;
    hits.push({
      url: page.url,
      title,
      meta,
      sections: exact ? sections : [],
      exact,
      ownNumber: own.has(page.url),
      verbatim: exact && verbatim,
      titleMatch: containsAll(title, query.terms) || (!!query.docKey && normalizeText(meta['文号'] ?? '') === normalizeText(query.docKey)),
      score: page.best,
      candidateSections: counts[page.url] ?? 0,
    });
  }
  hits.sort(comparePages(options.sort ?? 'relevance'));

  // More clause sub-results for the pages the reader sees first.
  const extra = options.subResults ?? 2;
  for (const hit of hits.filter((h) => h.exact).slice(0, options.subResultPages ?? 5)) {
    const rest = probesLeft.get(hit.url) ?? [];
    let fetched = 0;
    while (rest.length && fetched < extra) {
      const frag = await rest.shift()!.data();
      fetched++;
      if (termsFound(frag.content, query.terms).size) hit.sections.push(toSection(frag, query.terms));
    }
  }
  return {
    exact: hits.filter((h) => h.exact),
    partial: hits.filter((h) => !h.exact),
    unchecked: Math.max(0, perPage.length - checked.length),
  };
}

function toSection(frag: FragmentLike, terms: readonly string[]): SectionHit {
  return {
    link: frag.meta.link ?? frag.url,
    heading: frag.meta.section ?? '',
    content: frag.content,
    ranges: findRanges(frag.content, terms),
  };
}
