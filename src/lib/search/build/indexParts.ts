// How the search index is cut into parts. Pagefind holds every record of an index in memory until
// it writes (≈ 150 KB per Chinese record), and it cannot add to a written index. Cut into parts of
// bounded size, each indexed by its own Pagefind process, the indexer's peak memory is that of the
// largest part, and a build that keeps its caches re-indexes only the parts whose records changed.
// The search page merges the parts back into one search (Pagefind's mergeIndex, indexParts.ts in
// search/query/), so readers see one index.
import { DOC_NUMBER_META } from '../query/docNumberToken.ts';
import { fnv1a } from '../query/fnv1a.ts';

/**
 * Records per part: a site with more is cut into ⌈records ÷ this⌉ parts. The hash spreads pages
 * unevenly, so a part may hold about a tenth more (8,880 at 118,689 records). Pagefind's Chinese indexing
 * takes ≈ 150 KB per record until it writes, so a part of 8,000 records peaks near 1.3 GB beside
 * the indexer's own few hundred MB; and an edit re-indexes one part, ≈ 10 s at this size. More,
 * smaller parts would cost a query that searches every part one index chunk per part
 * (docs/performance.md measures both sides).
 */
export const PART_MAX_RECORDS = 8000;

export interface PartInput<R> {
  /** Root-relative URL of the page, e.g. /articles/zhongshu/ */
  url: string;
  records: R[];
  /**
   * Pages of one family share a part (pageFamily: a document and the pages that cite its 文号 first),
   * so a 文号 query merges few parts; without one, the URL decides.
   */
  family?: string;
}

/**
 * Records a family may hold and still share one part: a number cited first by many pages (a national
 * plan) would otherwise make one part far larger than the others, and its peak memory with it.
 */
export const FAMILY_MAX_SHARE = 0.1;

export interface IndexPart<R> {
  /** Folder name of the part: `all` for an index in one part, else part-1, part-2 … */
  name: string;
  records: R[];
}

/**
 * Cuts the pages' records into parts of about `maxRecords` each: one part up to that many (most
 * sites), otherwise ⌈records ÷ maxRecords⌉ parts with the pages spread by a hash of their family
 * (a family holding more than FAMILY_MAX_SHARE of a part's records is spread by URL) or URL. Every
 * query word costs one index chunk per part it is looked up in, so fewer parts download less; and
 * each part is a sample of the whole site, so the first part alone often fills a screen of results
 * (indexParts.ts in search/query/). A page's records stay together, and a page keeps its part until
 * the number of parts or its family changes (a full re-index then), so an edit re-indexes one part. The pages'
 * order is kept inside each part; the first part is the main bundle. Parts without records are left out.
 */
export function cutIntoParts<R>(pages: readonly PartInput<R>[], maxRecords = PART_MAX_RECORDS): IndexPart<R>[] {
  const indexed = pages.filter((p) => p.records.length > 0);
  const total = indexed.reduce((n, p) => n + p.records.length, 0);
  if (total === 0) return [];
  const count = Math.ceil(total / maxRecords);
  if (count === 1) return [{ name: 'all', records: indexed.flatMap((p) => p.records) }];
  const familySize = new Map<string, number>();
  for (const p of indexed) if (p.family) familySize.set(p.family, (familySize.get(p.family) ?? 0) + p.records.length);
  // A stable hash (fnv1a): the same part on every machine and every build.
  const keyOf = (p: PartInput<R>) =>
    p.family && familySize.get(p.family)! <= maxRecords * FAMILY_MAX_SHARE ? p.family : p.url;
  const records: R[][] = Array.from({ length: count }, () => []);
  for (const page of indexed) records[fnv1a(keyOf(page)) % count]!.push(...page.records);
  return records.flatMap((list, i) => (list.length ? [{ name: `part-${i + 1}`, records: list }] : []));
}

/**
 * A page's family for cutIntoParts: the 文号 it bears, else the first it cites (the word records.ts
 * puts in the records' 文号 meta, first record first; a document's own word comes first on its first
 * record). So a notice, its 解读 and the events carrying it out share a part. None without a 文号.
 */
export function pageFamily(records: readonly { meta: Readonly<Record<string, string>> }[]): string | undefined {
  for (const record of records) {
    const first = record.meta[DOC_NUMBER_META]?.split(' ').find(Boolean);
    if (first) return first.replace(/own$/, '');
  }
  return undefined;
}
