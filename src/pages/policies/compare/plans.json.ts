/** /policies/compare/plans.json: every plan the comparison can show (slug, label, title), for the chooser. */
import type { APIRoute } from 'astro';
import { loadIntel } from '../../../lib/policies/intel/intel';
import { planColumns } from '../../../lib/policies/intel/planColumns';

export const GET: APIRoute = async () => {
  const columns = planColumns(await loadIntel());
  return new Response(JSON.stringify(columns.map(({ slug, label, title }) => ({ slug, label, title }))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
