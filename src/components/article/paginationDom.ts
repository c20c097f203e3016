/**
 * The browser's copy of Pagination.astro, for lists the browser builds (filtered views): the same
 * markup and words, links built by `hrefFor` so every page of a filtered view is a URL.
 */
import { pageNumbers, type PageInfo } from '../../lib/pagination';

function pageLink(n: number, href: string, current: boolean): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  if (current) a.setAttribute('aria-current', 'page');
  const pre = Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: '第' });
  const post = Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: '页' });
  a.append(pre, String(n), post);
  return a;
}

/** A pager for `page`, or null when everything fits on one page. */
export function paginationElement(page: PageInfo, hrefFor: (n: number) => string, unit: string, label = '分页'): HTMLElement | null {
  if (page.lastPage <= 1) return null;
  const nav = document.createElement('nav');
  nav.className = 'pagination no-print';
  nav.setAttribute('aria-label', label);
  const ul = document.createElement('ul');
  const item = (child: Node): void => {
    const li = document.createElement('li');
    li.append(child);
    ul.append(li);
  };
  const step = (n: number, text: string, rel: string): HTMLAnchorElement => Object.assign(document.createElement('a'), { href: hrefFor(n), textContent: text, rel });
  if (page.currentPage > 1) item(step(page.currentPage - 1, '上一页', 'prev'));
  for (const n of pageNumbers(page.currentPage, page.lastPage)) {
    if (n === null) {
      const gap = Object.assign(document.createElement('span'), { className: 'pagination-gap', textContent: '…' });
      gap.setAttribute('aria-hidden', 'true');
      item(gap);
    } else item(pageLink(n, hrefFor(n), n === page.currentPage));
  }
  if (page.currentPage < page.lastPage) item(step(page.currentPage + 1, '下一页', 'next'));
  const meta = Object.assign(document.createElement('p'), { className: 'meta', textContent: `第 ${page.currentPage} 页，共 ${page.lastPage} 页（${page.total} ${unit}）` });
  nav.append(ul, meta);
  return nav;
}
