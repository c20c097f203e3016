import type { APIRequestContext } from '@playwright/test';

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

/** A page's template, guessed from its path shape: /events/x/ and /events/y/ are one type. */
export function pageType(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  if (parts.length === 1) return `/${parts[0]}/`;
  return `/${parts[0]}/*${parts.length > 2 ? `/${parts.slice(2).map(() => '*').join('/')}` : ''}`;
}

/** Every page when the site is small, else a fixed sample of each page type. */
export function pagesToScan(paths: readonly string[]): string[] {
  if (paths.length <= FULL_SCAN_LIMIT) return [...paths];
  const byType = new Map<string, string[]>();
  for (const p of paths) {
    const t = pageType(p);
    byType.set(t, [...(byType.get(t) ?? []), p]);
  }
  return [...byType.values()].flatMap((group) => group.slice(0, SAMPLE_PER_TYPE));
}
