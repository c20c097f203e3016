/**
 * /admin/inspection.json as the build writes it: no report yet. `npm run inspect` replaces it with
 * the 网站自查 report (src/lib/inspect/report.ts); until then the CMS's 网站自查 panel says how to run it.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ inspected: false }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
