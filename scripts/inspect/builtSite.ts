/**
 * The built site as the inspection reads it: every file under the dist folder, and for each HTML
 * page the facts the rules need (links, missing 政府网站 meta tags, a 示例 label), read once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractLinks, linkTarget, pagePathOf, resolvePath } from '../../src/lib/inspect/htmlLinks.ts';
import { missingGovMeta } from '../../src/lib/inspect/rules/govMetaTags.ts';
import { hasExampleLabel } from '../../src/lib/inspect/rules/siteIdentity.ts';
import type { BrokenLink } from '../../src/lib/inspect/rules/brokenLinks.ts';

export interface BuiltSite {
  files: Set<string>;
  broken: BrokenLink[];
  /** External URL → first page linking to it. */
  external: Map<string, string>;
  /** Meta tag name → pages without it. */
  missingMeta: Map<string, string[]>;
  examplePages: string[];
  /** Page path → internal paths it links to (only for the pages `keep.links` asks for). */
  linksOf: Map<string, Set<string>>;
  /** Page path → its HTML (only for the pages `keep.html` asks for: a few list pages, not thousands). */
  htmlOf: Map<string, string>;
}

function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) =>
      join(d.parentPath, d.name)
        .slice(dir.length + 1)
        .replaceAll('\\', '/'),
    );
}

/** Pages that are not site pages: the CMS shell and what the search index writes. */
const NOT_SITE_PAGES = /^(?:admin|pagefind)\//u;

export function readBuiltSite(
  dist: string,
  baseUrl: string,
  keep: { links: (pagePath: string) => boolean; html: (pagePath: string) => boolean } = {
    links: () => false,
    html: () => false,
  },
): BuiltSite {
  const files = new Set(listFiles(dist));
  const brokenTargets = new Map<string, string[]>();
  const site: BuiltSite = {
    files,
    broken: [],
    external: new Map(),
    missingMeta: new Map(),
    examplePages: [],
    linksOf: new Map(),
    htmlOf: new Map(),
  };
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(join(dist, file), 'utf8');
    const page = pagePathOf(file);
    const kept = keep.links(page);
    if (kept) site.linksOf.set(page, new Set());
    if (keep.html(page)) site.htmlOf.set(page, html);
    for (const href of extractLinks(html)) {
      const target = linkTarget(href, page, baseUrl);
      if (target.kind === 'external') {
        if (!site.external.has(target.url)) site.external.set(target.url, page);
      } else if (target.kind === 'internal') {
        if (kept) site.linksOf.get(page)!.add(target.path);
        if (!resolvePath(target.path, files)) {
          const pages = brokenTargets.get(target.path) ?? [];
          if (pages.at(-1) !== page) pages.push(page);
          brokenTargets.set(target.path, pages);
        }
      }
    }
    if (NOT_SITE_PAGES.test(file)) continue;
    for (const name of missingGovMeta(html)) {
      const pages = site.missingMeta.get(name) ?? [];
      pages.push(page);
      site.missingMeta.set(name, pages);
    }
    if (hasExampleLabel(html)) site.examplePages.push(page);
  }
  site.broken = [...brokenTargets].map(([target, pages]) => ({ target, pages }));
  return site;
}
