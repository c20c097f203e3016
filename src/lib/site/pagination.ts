/**
 * Fixed-size pages for every list that grows with the archive (政策文件库, 量化目标, 政策谱系,
 * past events …): page n of a list, its URL, and the page numbers a GOV.UK-style pager shows.
 * Pure, so the build pages and the browser's filtered views split lists the same way.
 */

/** What a pager needs to know about one page (a subset of Astro's `Page`). */
export interface PageInfo {
  currentPage: number;
  lastPage: number;
  total: number;
}

export interface ListPage<T> extends PageInfo {
  data: T[];
  size: number;
  /** Index of the first item on this page in the whole list (0-based). */
  start: number;
}

/** How many pages `count` items fill (an empty list still has its first page). */
export function pageCount(count: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`每页条数应为正整数：${size}`);
  return Math.max(1, Math.ceil(count / size));
}

/** Page `n` (1-based) of `items`; a page past the end is an error, not an empty page. */
export function pageOf<T>(items: readonly T[], n: number, size: number): ListPage<T> {
  const lastPage = pageCount(items.length, size);
  if (!Number.isInteger(n) || n < 1 || n > lastPage) throw new RangeError(`页码应在 1–${lastPage} 之间：${n}`);
  const start = (n - 1) * size;
  return { data: items.slice(start, start + size), currentPage: n, lastPage, total: items.length, size, start };
}

/** Every page of `items`, in order. */
export function allPages<T>(items: readonly T[], size: number): ListPage<T>[] {
  return Array.from({ length: pageCount(items.length, size) }, (_, i) => pageOf(items, i + 1, size));
}

/** Astro's getStaticPaths entries for pages 2 … of a list (page 1 is the list's own page): `{ page, ...props }`. */
export function laterPagePaths<T, P extends object>(items: readonly T[], size: number, props: P) {
  return allPages(items, size)
    .slice(1)
    .map((page) => ({ params: { page: String(page.currentPage) }, props: { page, ...props } }));
}

/** URL of page `n` of a list whose first page is `base` (ending in /): base, base + page/2/ … */
export function pagedPath(base: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`页码应为正整数：${n}`);
  if (!base.endsWith('/')) throw new RangeError(`列表地址应以 / 结尾：${base}`);
  return n === 1 ? base : `${base}page/${n}/`;
}

/** The page ?page= asks for in a view the browser pages (a filtered list), kept within 1 … `lastPage`. */
export function requestedPage(params: URLSearchParams, lastPage: number): number {
  const n = Number(params.get('page') ?? '1');
  return Number.isInteger(n) ? Math.min(Math.max(n, 1), lastPage) : 1;
}

/** URL of page `n` of such a view: `path` with `params`, and ?page=n from page 2 on. */
export function pageHref(path: string, params: URLSearchParams, n: number, hash = ''): string {
  const q = new URLSearchParams(params);
  if (n > 1) q.set('page', String(n));
  else q.delete('page');
  const s = q.toString();
  return `${path}${s ? `?${s}` : ''}${hash}`;
}

/**
 * The page numbers a pager lists: the first, the last and those next to the current one, with
 * null where numbers are left out (shown as …), so the pager stays short with thousands of pages.
 */
export function pageNumbers(current: number, last: number, around = 1): Array<number | null> {
  const keep = new Set([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) keep.add(n);
  const out: Array<number | null> = [];
  let previous = 0;
  for (const n of [...keep].sort((a, b) => a - b)) {
    // A gap of one number is shown as that number: "…" would hide nothing shorter.
    if (n - previous === 2) out.push(n - 1);
    else if (n - previous > 2) out.push(null);
    out.push(n);
    previous = n;
  }
  return out;
}

/**
 * The page size of a list: `size`, or KEPU_LIST_PAGE_SIZE when the build sets it. The end-to-end
 * tests build a second copy of the site with one item per page, so that today's handful of
 * documents and events fills first, middle and last pages. Browser code takes the size from the
 * page it runs on, never from here.
 */
export function listPageSize(size: number): number {
  const override = typeof process === 'undefined' ? undefined : process.env.KEPU_LIST_PAGE_SIZE;
  if (override === undefined || override === '') return size;
  const n = Number(override);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`KEPU_LIST_PAGE_SIZE 应为正整数：${override}`);
  return n;
}
