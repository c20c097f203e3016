// Reads what a built page tells the search index: filters, meta and sort values written by
// SearchMeta.astro (data-pagefind-filter / -meta / -sort), the title and the body sections.
import { splitSections, tidyText, type DomElement } from './sections.ts';
import type { PageForIndex } from './records.ts';

export interface QueryableElement extends DomElement {
  querySelectorAll(selector: string): ArrayLike<QueryableElement>;
  querySelector(selector: string): QueryableElement | null;
}
export interface QueryableDocument {
  documentElement: { getAttribute(name: string): string | null };
  querySelectorAll(selector: string): ArrayLike<QueryableElement>;
  querySelector(selector: string): QueryableElement | null;
}

/** `name` or `name:value` attribute → [name, value]; the value defaults to the element's text. */
function keyValue(attr: string, el: QueryableElement): [string, string] | null {
  const colon = attr.indexOf(':');
  const key = (colon >= 0 ? attr.slice(0, colon) : attr).trim();
  const value = (colon >= 0 ? attr.slice(colon + 1) : tidyText(el.textContent ?? '').replace(/\n/g, ' ')).trim();
  if (!key || !value || key.includes('[')) return null;
  return [key, value];
}

/** Facts for one page, or null when it has no `data-pagefind-body` (not a content page). */
export function pageFacts(doc: QueryableDocument, url: string): PageForIndex | null {
  const bodies = Array.from(doc.querySelectorAll('[data-pagefind-body]'));
  if (bodies.length === 0) return null;
  const filters: Record<string, string[]> = {};
  const meta: Record<string, string> = {};
  const sort: Record<string, string> = {};
  for (const body of bodies) {
    for (const el of Array.from(body.querySelectorAll('[data-pagefind-filter]'))) {
      const kv = keyValue(el.getAttribute('data-pagefind-filter') ?? '', el);
      if (!kv) continue;
      const values = filters[kv[0]] ?? [];
      filters[kv[0]] = values;
      if (!values.includes(kv[1])) values.push(kv[1]);
    }
    for (const el of Array.from(body.querySelectorAll('[data-pagefind-meta]'))) {
      const kv = keyValue(el.getAttribute('data-pagefind-meta') ?? '', el);
      if (kv) meta[kv[0]] = kv[1];
    }
    for (const el of Array.from(body.querySelectorAll('[data-pagefind-sort]'))) {
      const kv = keyValue(el.getAttribute('data-pagefind-sort') ?? '', el);
      if (kv) sort[kv[0]] = kv[1];
    }
  }
  const h1 = bodies[0]!.querySelector('h1') ?? doc.querySelector('h1');
  const title =
    meta.title ?? tidyText(h1?.textContent ?? doc.querySelector('title')?.textContent ?? url).replace(/\n/g, ' ');
  delete meta.title;
  const language = (doc.documentElement.getAttribute('lang') ?? 'zh-cn').toLowerCase();
  return { url, language, title, filters, meta, sort, sections: bodies.flatMap((b) => splitSections(b)) };
}

/** dist-relative file path → root-relative URL (directory-style builds). */
export function urlForFile(relativePath: string): string {
  const p = relativePath.split('\\').join('/');
  if (p === 'index.html') return '/';
  if (p.endsWith('/index.html')) return `/${p.slice(0, -'index.html'.length)}`;
  return `/${p}`;
}
