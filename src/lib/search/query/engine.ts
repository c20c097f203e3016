// The search itself, independent of the browser. One Pagefind lookup gives the candidate
// sections (records); their text is downloaded and grouped by page (each record's meta names its
// page), keeping only pages that really contain what was typed. A session (openSearch) downloads
// the sections the result pages shown need, not every candidate, so the first screen costs about
// the same at 50 pages as at 10,000. No filter lists every page, no lookup per page. Works against
// a minimal Pagefind-like interface so it can be unit-tested.
import { containsAll, findRanges, termsFound, type Range } from './match.ts';
import { isHome } from './homeRegion.ts';
import { docNumberKey } from './docNumberQuery.ts';
import type { PreparedQuery } from './query.ts';
import { ownDocNumberToken } from './docNumberToken.ts';

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
}
export type FilterSelection = Record<string, string>;
export interface PagefindLike {
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<ResponseLike | null>;
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
  /** Sections that contain the query — the clause sub-results, in document order of discovery. */
  sections: SectionHit[];
  /** The page contains every term exactly (or the query is its own 文号). */
  exact: boolean;
  /** The query is this page's own 文号. */
  ownNumber: boolean;
  /** A section contains the query literally, brackets as typed (e.g. 国发〔2021）9号 as printed). */
  verbatim: boolean;
  /** The page title contains the query. */
  titleMatch: boolean;
  /** A section heading of the page contains the query. */
  headingMatch: boolean;
  /** How many times the page's own indexed text holds the query terms. */
  occurrences: number;
  /** From the site's own region (homeRegion.ts): first among results equally about the query. */
  home?: boolean;
  /** Pagefind's best score among the page's sections. */
  score: number;
}
export interface SearchOutcome {
  /** Every page that contains the query, best first (the count is exact: every candidate was checked). */
  exact: PageHit[];
  /** Candidate sections downloaded and checked. */
  checked: number;
}
export interface SearchOptions {
  filters?: FilterSelection;
  sort?: 'relevance' | 'date';
  /** Sections downloaded in parallel. */
  batch?: number;
  /** Awaited after the lookup and after each batch: lets a browser page yield to the user between steps. */
  pause?: () => Promise<void>;
  /**
   * Widens the index when the candidates found so far are used up before the result page asked for
   * is full: merges more of the index's parts (indexParts.ts) and resolves true, or false when every
   * part is in. Without it the index is searched as it is.
   */
  more?: () => Promise<boolean>;
  /**
   * Most candidate sections one `load()` call checks before it stops with the page asked for not
   * full (CHECK_PER_LOAD; never fewer than CHECK_ALL_UP_TO, so a lookup that small is still checked
   * whole). `load(Infinity)` has no such limit.
   */
  checkPerLoad?: number;
  /** The name the site's own region's documents carry (homeRegion.ts: 益阳), ranked first on equal terms. */
  home?: string | null;
}

/** Results shown per result page. */
export const PAGES_PER_SCREEN = 10;

/**
 * How far a section is from holding the two looked-up words exactly `gap` positions apart, as
 * they sit in the typed phrase: 0 when some pair of matched positions is exactly that far apart.
 * Sections that contain the phrase score 0; sections where the words merely co-occur, or form a
 * different phrase (科学精神 for 科学家精神), score more. Infinity with fewer than two positions.
 */
export function phraseDistance(words: readonly number[], gap: number): number {
  const sorted = [...new Set(words)].sort((a, b) => a - b);
  let best = Infinity;
  for (let i = 0; i < sorted.length && best > 0; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const d = sorted[j]! - sorted[i]!;
      best = Math.min(best, Math.abs(d - gap));
      if (d > gap) break;
    }
  }
  return best;
}

/**
 * Order in which candidate sections are downloaded: with two looked-up words of one phrase,
 * phrase-like sections first (see phraseDistance), then Pagefind's score; otherwise Pagefind's order.
 */
export function probeOrder<T extends { score: number; words: number[] }>(
  results: readonly T[],
  gap: number | null,
): T[] {
  if (gap === null) return [...results];
  const distance = new Map(results.map((r) => [r, phraseDistance(r.words, gap)]));
  return [...results].sort((a, b) => distance.get(a)! - distance.get(b)! || b.score - a.score);
}

/** Whitespace-insensitive but otherwise literal containment (the query exactly as typed). */
export function literallyContains(text: string, typed: string): boolean {
  const t = typed.replace(/\s+/g, '');
  return t.length > 0 && text.replace(/\s+/g, '').includes(t);
}

/**
 * Compare two pages for display: own 文号, exact, date (if asked), as typed, then how much the
 * page itself is about the query: title, a heading; between pages alike so far the site's own
 * region's first; then how often its own text holds it, then score.
 */
export function comparePages(sort: 'relevance' | 'date') {
  return (a: PageHit, b: PageHit): number =>
    Number(b.ownNumber) - Number(a.ownNumber) ||
    Number(b.exact) - Number(a.exact) ||
    (sort === 'date' ? (b.meta.date ?? '').localeCompare(a.meta.date ?? '') : 0) ||
    Number(b.verbatim) - Number(a.verbatim) ||
    Number(b.titleMatch) - Number(a.titleMatch) ||
    Number(b.headingMatch) - Number(a.headingMatch) ||
    Number(b.home ?? false) - Number(a.home ?? false) ||
    b.occurrences - a.occurrences ||
    b.score - a.score ||
    a.url.localeCompare(b.url);
}

interface PageState {
  url: string;
  meta: Record<string, string | undefined>;
  found: Set<string>;
  sections: SectionHit[];
  verbatim: boolean;
  own: boolean;
  best: number;
}

/** What a session knows after loading a result page. */
export interface SessionView {
  /** Pages listed so far, in display order; the first screens never reorder once shown. */
  hits: PageHit[];
  /** Every candidate was checked: `hits` is the complete list and its length the exact count. */
  complete: boolean;
  /** Candidate sections downloaded and checked so far. */
  checked: number;
  /** Candidate sections the lookup returned. */
  candidates: number;
  /**
   * This call checked its budget of candidates (CHECK_PER_LOAD) and stopped with the page asked for
   * not full and candidates left unchecked: calling `load` for the same page again goes on from there.
   */
  budgetSpent: boolean;
}

export interface SearchSession {
  /**
   * Loads what result page `page` (from 1; Infinity: everything) needs, checking at most
   * CHECK_PER_LOAD candidates unless `page` is Infinity, and what is known then.
   */
  load(page: number): Promise<SessionView>;
}

/**
 * Up to this many candidate sections are all checked at once (a rare word, a 文号): the list is
 * complete, ranked over every page and counted exactly, for at most ~40 KB of fragments.
 */
export const CHECK_ALL_UP_TO = 30;

/**
 * Most candidate sections one `load()` call checks (a result page asked for, or going on with it).
 * A phrase of common characters that is itself rare (中暑 where 中 and 暑 are everywhere) has
 * thousands of candidates and few real matches: checking until the page is full would download them
 * all, one fragment each (3,463 sections, 3.4 MB, for one result on 100,000 clauses). A fragment is
 * about 1 KB, so 120 checks are about 120 KB, which with the looked-up word's index chunk (tens of
 * KB) keeps a first screen near 150 KB; and it is four times CHECK_ALL_UP_TO, so a query whose
 * phrase is in most of its candidates fills its screen long before the budget matters.
 */
export const CHECK_PER_LOAD = 120;

/**
 * A search that downloads only what the result pages shown need. One Pagefind lookup gives the
 * candidate sections; with few of them every one is checked (CHECK_ALL_UP_TO). Otherwise they are
 * downloaded in probe order, as many as pages are still missing, until the page asked for is full
 * or the call has checked CHECK_PER_LOAD of them (then `budgetSpent`, and loading the page again
 * goes on): page identity is only known from a section's text, so until every candidate is checked
 * the count is a lower bound. Pages listed on earlier screens keep their place; the pages found by
 * the sections of each step are ranked among themselves (comparePages) before they are listed. With
 * `more`, an index in parts is widened while the page asked for is not full, and the count stays a
 * lower bound until every part is in.
 */
export async function openSearch(
  pf: PagefindLike,
  query: PreparedQuery,
  options: SearchOptions = {},
): Promise<SearchSession> {
  const filters = options.filters ?? {};
  const batch = Math.max(1, options.batch ?? 20);
  const pause = options.pause ?? (async () => {});
  const perLoad = Math.max(CHECK_ALL_UP_TO, options.checkPerLoad ?? CHECK_PER_LOAD);
  const compare = comparePages(options.sort ?? 'relevance');
  const pages = new Map<string, PageState>();
  const seen = new Set<string>();

  const take = (result: ResultLike, frag: FragmentLike, own: boolean) => {
    const url = frag.meta.page ?? frag.url;
    let page = pages.get(url);
    if (!page) {
      page = { url, meta: frag.meta, found: new Set(), sections: [], verbatim: false, own: false, best: 0 };
      pages.set(url, page);
    }
    page.own ||= own;
    page.best = Math.max(page.best, result.score);
    const here = termsFound(frag.content, query.terms);
    for (const t of here) page.found.add(t);
    if (here.size) {
      page.sections.push(toSection(frag, query.terms));
      page.verbatim ||= literallyContains(frag.content, query.display);
    }
  };

  // A 文号 query first finds the document that bears the number: its first record carries a word
  // of its own (docNumberToken.ts), so this is one tiny lookup however often the number is cited.
  if (query.docKey) {
    const own = await pf.search(ownDocNumberToken(query.docKey), { filters });
    for (const result of own?.results ?? []) {
      seen.add(result.id);
      take(result, await result.data(), true);
    }
  }

  const known = new Set(seen);
  const ordered: ResultLike[] = [];
  // Candidates of the lookup not met before, in probe order after those already queued.
  const lookUp = async () => {
    const response = await pf.search(query.engineTerm, { filters });
    const fresh = (response?.results ?? []).filter((r) => !known.has(r.id));
    for (const r of fresh) known.add(r.id);
    ordered.push(...probeOrder(fresh, query.engineGap));
    await pause();
  };
  await lookUp();
  // Every part of the index is in once `more` says so (or when there is no `more`).
  let wholeIndex = !options.more;
  const widen = async (): Promise<boolean> => {
    if (wholeIndex || !(await options.more!())) {
      wholeIndex = true;
      return false;
    }
    await lookUp();
    return true;
  };
  let next = 0;
  const listed: string[] = [];
  const listedSet = new Set<string>();

  const isOwnNumber = (page: PageState) =>
    page.own && !!query.docKey && docNumberKey(page.meta.文号 ?? '') === query.docKey;
  // A page that shares only some of the words is not a result (all words are required).
  const qualifies = (page: PageState) => isOwnNumber(page) || page.found.size === query.terms.length;
  const hitOf = (page: PageState): PageHit | null => {
    if (!qualifies(page)) return null;
    const title = page.meta.title ?? page.url;
    const ownNumber = isOwnNumber(page);
    return {
      url: page.url,
      title,
      meta: page.meta,
      sections: page.sections,
      exact: true,
      ownNumber,
      verbatim: page.verbatim,
      titleMatch: containsAll(title, query.terms) || ownNumber,
      headingMatch: page.sections.some((s) => s.heading !== '' && termsFound(s.heading, query.terms).size > 0),
      occurrences: page.sections.reduce((n, s) => n + s.ranges.length, 0),
      home: isHome(page.meta, options.home ?? null),
      score: page.best,
    };
  };
  const unlisted = (): PageHit[] =>
    [...pages.values()]
      .filter((p) => !listedSet.has(p.url))
      .map(hitOf)
      .filter((h): h is PageHit => h !== null)
      .sort(compare);
  const checkNext = async (n: number) => {
    const slice = ordered.slice(next, next + n);
    next += slice.length;
    const frags = await Promise.all(slice.map((r) => r.data()));
    slice.forEach((r, i) => {
      take(r, frags[i]!, false);
    });
    await pause();
  };

  return {
    async load(page) {
      const wanted = Math.max(1, page) * PAGES_PER_SCREEN;
      const everything = !Number.isFinite(wanted);
      const found = () => [...pages.values()].filter(qualifies).length;
      // This call's budget, counted across widening. The check-all branch never exceeds it: it only
      // runs while the candidates so far are at most CHECK_ALL_UP_TO, and perLoad is at least that.
      const start = next;
      const left = () => (everything ? Infinity : perLoad - (next - start));
      do {
        if (ordered.length <= CHECK_ALL_UP_TO || everything) while (next < ordered.length) await checkNext(batch);
        // A screen's worth first, then what is still missing (at least half a screen per round trip).
        else
          for (let have = found(); next < ordered.length && have < wanted && left() > 0; have = found())
            await checkNext(Math.min(left(), Math.max(wanted - have, PAGES_PER_SCREEN / 2)));
        // The candidates are used up and the page is not full: the index's next part, if any.
      } while (found() < wanted && next >= ordered.length && (await widen()));
      const complete = next >= ordered.length && wholeIndex;
      const budgetSpent = next < ordered.length && found() < wanted;
      const fresh = unlisted();
      for (const hit of complete ? fresh : fresh.slice(0, Math.max(0, wanted - listed.length))) {
        listed.push(hit.url);
        listedSet.add(hit.url);
      }
      return {
        hits: listed.map((url) => hitOf(pages.get(url)!)!),
        complete,
        checked: seen.size + next,
        candidates: seen.size + ordered.length,
        budgetSpent,
      };
    },
  };
}

/**
 * Every page that contains the query: a session loaded to the end, so every candidate is checked,
 * the list is complete and the count exact (the benchmark and the unfiltered count use it).
 */
export async function runSearch(
  pf: PagefindLike,
  query: PreparedQuery,
  options: SearchOptions = {},
): Promise<SearchOutcome> {
  const session = await openSearch(pf, query, options);
  const view = await session.load(Infinity);
  return { exact: view.hits, checked: view.checked };
}

function toSection(frag: FragmentLike, terms: readonly string[]): SectionHit {
  return {
    link: frag.meta.link ?? frag.url,
    heading: frag.meta.section ?? '',
    content: frag.content,
    ranges: findRanges(frag.content, terms),
  };
}
