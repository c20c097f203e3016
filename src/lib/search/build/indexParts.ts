// How the search index is cut into parts. Pagefind holds every record of an index in memory until
// it writes (≈ 150 KB per Chinese record), and it cannot add to a written index. Cut into parts of
// bounded size, each indexed by its own Pagefind process, the build's peak memory is that of the
// largest part, and a build that keeps its caches re-indexes only the parts whose records changed.
// The search page merges the parts back into one search (Pagefind's mergeIndex, indexParts.ts in
// search/query/), so readers see one index.

/** Most records one part holds, unless a single page alone has more. */
export const PART_MAX_RECORDS = 8000;

/**
 * Content kinds, each in parts of its own: a changed article re-indexes articles only. The first
 * kind present is the main bundle (/pagefind/); everything else on the site goes to `pages`.
 */
const KINDS = ['policies', 'articles', 'events'] as const;
const OTHER = 'pages';

export interface PartInput<R> {
  /** Root-relative URL of the page, e.g. /articles/zhongshu/ */
  url: string;
  records: R[];
}

export interface IndexPart<R> {
  /** Folder name of the part: the kind, with the bucket number when the kind is split (articles-2). */
  name: string;
  records: R[];
}

/** The kind a page belongs to, from the first segment of its URL. */
export function pageKind(url: string): string {
  const first = url.split('/').find((s) => s !== '') ?? '';
  return (KINDS as readonly string[]).includes(first) ? first : OTHER;
}

/** FNV-1a: a stable hash of the page URL (the same bucket on every machine and every build). */
function hashUrl(url: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) {
    h ^= url.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Cuts the pages' records into parts: one per kind, and a kind with more than `maxRecords` records
 * into a power of two of buckets by a hash of the page URL. A page's records stay together, and a
 * page keeps its bucket as the archive grows until the kind's bucket count doubles, so an edit
 * changes one part. Parts come in a fixed order (kinds, then buckets) with the pages' order kept
 * inside each; the first is the main bundle. Parts without records are left out.
 */
export function cutIntoParts<R>(pages: readonly PartInput<R>[], maxRecords = PART_MAX_RECORDS): IndexPart<R>[] {
  const byKind = new Map<string, PartInput<R>[]>();
  for (const page of pages) {
    if (page.records.length === 0) continue;
    const kind = pageKind(page.url);
    const list = byKind.get(kind) ?? [];
    list.push(page);
    byKind.set(kind, list);
  }
  const parts: IndexPart<R>[] = [];
  for (const kind of [...KINDS, OTHER]) {
    const kindPages = byKind.get(kind);
    if (!kindPages) continue;
    const total = kindPages.reduce((n, p) => n + p.records.length, 0);
    const buckets = total > maxRecords ? 2 ** Math.ceil(Math.log2(total / maxRecords)) : 1;
    const records: R[][] = Array.from({ length: buckets }, () => []);
    for (const page of kindPages) records[hashUrl(page.url) % buckets]!.push(...page.records);
    records.forEach((list, i) => {
      if (list.length) parts.push({ name: buckets === 1 ? kind : `${kind}-${i + 1}`, records: list });
    });
  }
  return parts;
}
