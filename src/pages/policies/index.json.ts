/**
 * /policies/index.json: every document of the library as a list row (listRow.ts), newest first.
 * The library's filters run on it in the browser, so a filtered view spans every page.
 */
import type { APIRoute } from 'astro';
import { loadLibrary, factsOf } from '../../lib/policies/load';
import { policyRow } from '../../lib/policies/listRow';

export const GET: APIRoute = async () => {
  const { entries } = await loadLibrary();
  return new Response(JSON.stringify(entries.map((e) => policyRow(factsOf(e)))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
