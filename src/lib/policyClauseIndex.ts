/**
 * Adapter to the policy library (issue: policies). Returns null while there is no policies
 * collection, in which case clause references are checked for their format only (by the schema).
 */
import type { PolicyClauseIndex } from './clauseRefs';

export async function loadPolicyClauseIndex(): Promise<PolicyClauseIndex | null> {
  return null;
}
