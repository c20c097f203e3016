/**
 * /admin/clauses.json: every policy document's clauses (id and heading text), for the CMS's
 * 相关政策条款 picker and its save-time check (cms/clauseCheck.ts) — the same index the build
 * checks article and event references against (src/lib/policies/policyClauseIndex.ts).
 */
import type { APIRoute } from 'astro';
import { loadPolicyClauseIndex } from '../../lib/policies/policyClauseIndex';

export interface ClauseCatalog {
  documents: { slug: string; title: string; clauses: { id: string; label: string }[] }[];
}

export const GET: APIRoute = async () => {
  const index = await loadPolicyClauseIndex();
  const catalog: ClauseCatalog = {
    documents: [...index].map(([slug, doc]) => ({
      slug,
      title: doc.title,
      clauses: [...doc.clauses].map(([id, label]) => ({ id, label })),
    })),
  };
  return new Response(JSON.stringify(catalog), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
