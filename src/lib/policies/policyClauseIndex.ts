/**
 * Adapter to the policy library (src/content/policies): document slug → title and clause id → clause text, read from
 * the `{#id}` markers the policy importer writes (see src/lib/policies/bodyFormat.ts). Loaded once
 * per build by the article catalog, which stops the build on a reference to a missing clause.
 */
import { getCollection } from 'astro:content';
import { clauseLabelsInMarkdown, type PolicyClauseIndex } from './clauseRefs';

export async function loadPolicyClauseIndex(): Promise<PolicyClauseIndex> {
  const policies = await getCollection('policies');
  return new Map(policies.map((p) => [p.id, { title: p.data.title, clauses: clauseLabelsInMarkdown(p.body ?? '') }]));
}
