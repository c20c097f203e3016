/** /policies/compare/plans/<slug>.json: one plan's column of 实施方案对照 (see compareChoice.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadIntel } from '../../../../lib/policies/intel/intel';
import { planColumns } from '../../../../lib/policies/intel/planColumns';
import type { PlanColumn } from '../../../../lib/policies/intel/compareChoice';

export const getStaticPaths = (async () => {
  const columns = planColumns(await loadIntel());
  return columns.map((column) => ({ params: { slug: column.slug }, props: { column } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ column: PlanColumn }> = ({ props }) =>
  new Response(JSON.stringify(props.column), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
