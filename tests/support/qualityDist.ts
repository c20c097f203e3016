// Static checks over the built site (dist/): internal links, resources and #fragments resolve,
// no resource from another origin, inline scripts and their CSP hashes. Pure functions over files,
// unit-tested in tests/unit/qa/qualityDist.test.ts; the gates are in tests/e2e/qualityStatic.spec.ts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

/** Every file under root, as posix paths relative to it. */
export function listFiles(root: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

/** The URL path a dist file is served at: a/index.html → /a/, 404.html → /404.html. */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/**
 * The dist file a URL path is served from (as nginx `try_files $uri $uri/` and the test
 * servers do), or undefined when it would be a 404.
 */
export function fileForPath(files: ReadonlySet<string>, pathname: string): string | undefined {
  let p: string;
  try {
    p = decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  if (p === '' || p.endsWith('/')) return files.has(`${p}index.html`) ? `${p}index.html` : undefined;
  if (files.has(p)) return p;
  return files.has(`${p}/index.html`) ? `${p}/index.html` : undefined;
}

/** One URL written in a page. `resource` means the browser fetches it while loading the page. */
export interface PageRef {
  where: string;
  url: string;
  resource: boolean;
}

const RESOURCE_RELS = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'preload',
  'modulepreload',
  'prefetch',
  'manifest',
  'mask-icon',
]);

function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Every URL a page links to or loads, with where it was written (for the error message). */
export function pageRefs(html: string): PageRef[] {
  const { document } = parseHTML(html);
  const refs: PageRef[] = [];
  const add = (el: Element, attr: string, url: string, resource: boolean) => {
    refs.push({ where: `<${el.tagName.toLowerCase()} ${attr}>`, url, resource });
  };
  for (const el of document.querySelectorAll('[href]')) {
    const tag = el.tagName.toLowerCase();
    const href = el.getAttribute('href')!;
    const rels = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    add(el, 'href', href, tag === 'link' && rels.some((r) => RESOURCE_RELS.has(r)));
  }
  for (const el of document.querySelectorAll('[src]')) add(el, 'src', el.getAttribute('src')!, true);
  for (const el of document.querySelectorAll('[srcset]'))
    for (const u of srcsetUrls(el.getAttribute('srcset')!)) add(el, 'srcset', u, true);
  for (const el of document.querySelectorAll('video[poster]')) add(el, 'poster', el.getAttribute('poster')!, true);
  for (const el of document.querySelectorAll('object[data]')) add(el, 'data', el.getAttribute('data')!, true);
  for (const el of document.querySelectorAll('form[action]')) add(el, 'action', el.getAttribute('action')!, false);
  for (const el of document.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]'))
    add(el, 'content', el.getAttribute('content')!, false);
  return refs;
}

/** Ids a #fragment can point at: id attributes and legacy <a name>. */
export function fragmentTargets(html: string): Set<string> {
  const { document } = parseHTML(html);
  const ids = new Set<string>();
  for (const el of document.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
  for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
  return ids;
}

const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** Text of each inline script the browser would run (not JSON-LD or other data blocks). */
export function inlineScripts(html: string): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('script:not([src])')]
    .filter((s) => EXECUTABLE_TYPES.has((s.getAttribute('type') ?? '').trim().toLowerCase()))
    .map((s) => s.textContent ?? '');
}

/** The CSP hash source of a script's text, e.g. sha256-abc= (without quotes). */
export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Every broken internal link, resource or #fragment and every resource from another origin,
 * as one readable line each ("/page/: <a href> "/x/" → no such page").
 */
export function linkProblems(root: string, siteBaseUrl: string): string[] {
  const siteOrigin = new URL(siteBaseUrl).origin;
  const files = listFiles(root);
  const fileSet = new Set(files);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = fragmentTargets(readFileSync(join(root, file), 'utf8'));
      idCache.set(file, ids);
    }
    return ids;
  };
  const problems: string[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const page = urlPathOf(file);
    const base = new URL(page, siteOrigin);
    for (const ref of pageRefs(readFileSync(join(root, file), 'utf8'))) {
      const say = (why: string) => problems.push(`${page}: ${ref.where} "${ref.url}" → ${why}`);
      if (/^javascript:/i.test(ref.url.trim())) {
        say('javascript: URL (blocked by the CSP; use a button and a script)');
        continue;
      }
      let url: URL;
      try {
        url = new URL(ref.url, base);
      } catch {
        say('not a valid URL');
        continue;
      }
      if (url.protocol === 'data:' || url.protocol === 'blob:') continue;
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue; // mailto:, tel:
      if (url.origin !== siteOrigin) {
        if (ref.resource) say(`loaded from another origin (${url.origin}); serve it from this site`);
        continue;
      }
      const target = fileForPath(fileSet, url.pathname);
      if (!target) {
        say('no such file in dist/ (broken link)');
        continue;
      }
      // A text fragment directive (#id:~:text=…) scrolls to the id first: only the id must exist.
      const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0]!;
      if (!fragment || fragment === 'top' || !target.endsWith('.html')) continue;
      if (!idsOf(target).has(fragment)) say(`no element with id="${fragment}" on ${urlPathOf(target)}`);
    }
  }
  return problems;
}
