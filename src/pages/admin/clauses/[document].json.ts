/**
 * /admin/clauses/<document>.json: one policy document's title and clauses (id and heading text),
 * for the CMS's 相关政策条款 picker and its save-time check (cms/clauseCheck.ts), which fetch only
 * the documents an entry names. Made from the clause index the build checks article and event
 * references against (src/lib/policies/policyClauseIndex.ts); no file means no such document.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../../lib/build/cacheKey';
import { clauseDocuments, type ClauseDocument } from '../../../lib/policies/clauseFiles';
import { loadPolicyClauseIndex } from '../../../lib/policies/policyClauseIndex';

export const getStaticPaths = (async () =>
  clauseDocuments(await loadPolicyClauseIndex()).map((document) => ({
    params: { document: document.slug },
    props: { document },
    // The file is the document's clause list and nothing else.
    cacheKey: cacheKey(document),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ document: ClauseDocument }> = ({ props }) =>
  new Response(JSON.stringify(props.document), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
