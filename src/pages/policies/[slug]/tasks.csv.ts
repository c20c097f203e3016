/** The 工作任务清单 of a document as CSV (UTF-8 with BOM, RFC 4180), for every document that has one. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadIntel } from '../../../lib/policies/intel/intel';
import { tasksCsv } from '../../../lib/policies/intel/csv';

export const getStaticPaths: GetStaticPaths = async () => {
  const { tasks } = await loadIntel();
  return [...tasks.keys()].map((slug) => ({ params: { slug } }));
};

export const GET: APIRoute = async ({ params }) => {
  const { tasks } = await loadIntel();
  const list = tasks.get(params.slug ?? '');
  if (!list) throw new Error(`tasks.csv：${params.slug} 没有工作任务清单`);
  return new Response(tasksCsv(list.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
