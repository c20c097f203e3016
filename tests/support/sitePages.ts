import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { fileForPath, listFiles } from './qualityDist';
import { FIXTURE_DIST } from '../fixtures/site';

/** Past this many pages the quality gates scan every page type plus a fixed sample. */
export const FULL_SCAN_LIMIT = 60;
const SAMPLE_PER_TYPE = 3;

/** Paths from the built sitemap, so every page the site publishes is a candidate. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemapUrls = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths: string[] = [];
  for (const sm of sitemapUrls) {
    const xml = await (await request.get(sm)).text();
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(m[1]!).pathname);
  }
  return [...new Set(paths)].sort();
}

/** The path the gates use for the site's 404 page (any unknown path). */
export const NOT_FOUND_PATH = '/no-such-page-for-404/';

/** A page's template, guessed from its path shape: /events/x/ and /events/y/ are one type. */
export function pageType(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  if (parts.length === 1) return `/${parts[0]}/`;
  return `/${parts[0]}/*${
    parts.length > 2
      ? `/${parts
          .slice(2)
          .map(() => '*')
          .join('/')}`
      : ''
  }`;
}

/** The Astro route a built page came from: BaseLayout writes it as <body data-route="/events/[slug]">. */
export function routeOfHtml(html: string): string | undefined {
  return /<body\b[^>]*\sdata-route="([^"]*)"/.exec(html)?.[1];
}

/**
 * Page type by the Astro route that built it, read from dist/; falls back to the path shape for a
 * page without the marker. /policies/lineage/ and /policies/<slug>/ share a path shape but not a
 * template, and the route tells them apart.
 */
export function routeTyper(distDir = FIXTURE_DIST): (path: string) => string {
  const files = existsSync(distDir) ? new Set(listFiles(distDir)) : new Set<string>();
  return (path) => {
    const file = fileForPath(files, path);
    const route = file?.endsWith('.html') ? routeOfHtml(readFileSync(join(distDir, file), 'utf8')) : undefined;
    return route ?? pageType(path);
  };
}

/** Every page when the site is small, else a fixed sample of each page type. */
export function pagesToScan(paths: readonly string[], typeOf: (path: string) => string = pageType): string[] {
  if (paths.length <= FULL_SCAN_LIMIT) return [...paths];
  const byType = new Map<string, string[]>();
  for (const p of paths) {
    const t = typeOf(p);
    byType.set(t, [...(byType.get(t) ?? []), p]);
  }
  return [...byType.values()].flatMap((group) => group.slice(0, SAMPLE_PER_TYPE));
}

/** The first page of each type (in path order): the checks that are too slow for every page. */
export function onePagePerType(paths: readonly string[], typeOf: (path: string) => string = pageType): string[] {
  const byType = new Map<string, string>();
  for (const p of [...paths].sort()) if (!byType.has(typeOf(p))) byType.set(typeOf(p), p);
  return [...byType.values()];
}

/** The pages every browser gate visits: the sitemap (sampled by route past the limit) plus the 404 page. */
export async function pagesForGates(request: APIRequestContext): Promise<string[]> {
  return [...pagesToScan(await sitemapPaths(request), routeTyper()), NOT_FOUND_PATH];
}
