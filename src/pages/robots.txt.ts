import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site/url';

/** robots.txt points crawlers at the sitemap and keeps the CMS out of indexes. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: /admin/\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
