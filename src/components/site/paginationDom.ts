/**
 * The browser's copy of Pagination.astro, for lists the browser builds (filtered views): the same
 * markup and words, links built by `hrefFor` so every page of a filtered view is a URL.
 */
import { el } from '../../lib/site/dom';
import { pageNumbers, type PageInfo } from '../../lib/site/pagination';

function pageLink(n: number, href: string, current: boolean): HTMLAnchorElement {
  return el(
    'a',
    { href, ...(current ? { 'aria-current': 'page' } : {}) },
    el('span', { class: 'visually-hidden' }, '第'),
    String(n),
    el('span', { class: 'visually-hidden' }, '页'),
  );
}

/** A pager for `page`, or null when everything fits on one page. */
export function paginationElement(
  page: PageInfo,
  hrefFor: (n: number) => string,
  unit: string,
  label = '分页',
): HTMLElement | null {
  if (page.lastPage <= 1) return null;
  const ul = el('ul');
  const item = (child: Node): void => void ul.append(el('li', {}, child));
  const step = (n: number, text: string, rel: string): HTMLAnchorElement => el('a', { href: hrefFor(n), rel }, text);
  if (page.currentPage > 1) item(step(page.currentPage - 1, '上一页', 'prev'));
  for (const n of pageNumbers(page.currentPage, page.lastPage)) {
    if (n === null) item(el('span', { class: 'pagination-gap', 'aria-hidden': 'true' }, '…'));
    else item(pageLink(n, hrefFor(n), n === page.currentPage));
  }
  if (page.currentPage < page.lastPage) item(step(page.currentPage + 1, '下一页', 'next'));
  const meta = el('p', { class: 'meta' }, `第 ${page.currentPage} 页，共 ${page.lastPage} 页（${page.total} ${unit}）`);
  return el('nav', { class: 'pagination no-print', 'aria-label': label }, ul, meta);
}
