/** Page sizes of the policy-intelligence lists that grow with the library. */
import { listPageSize, pagedPath } from '../../site/pagination';

/** Documents per page of 量化目标 (a plan's table runs to a few dozen rows). */
export const TARGETS_PAGE_SIZE = listPageSize(10);
/** Documents per page of 政策谱系's 依据链 table (one short row each). */
export const LINEAGE_PAGE_SIZE = listPageSize(50);
/** Children listed under one node of the 依据关系树 (the rest: that document's own 谱系 page). */
export const TREE_CHILD_LIMIT = 20;
/** Most-cited other documents listed on 政策谱系 (every one keeps its own page). */
export const OTHERS_LIMIT = 100;
/** Citing documents a page lists in place (依据与被引用, 引用情况); the rest: the 被引用 pages. */
export const CITED_BY_LIMIT = listPageSize(20);
/** Citing documents per page of /policies/cited-by/<key>/. */
export const CITED_BY_PAGE_SIZE = listPageSize(50);

/** Page `n` of the documents citing `key` (a library slug or a cited document's slug). */
export function citedByPath(key: string, n = 1): string {
  return pagedPath(`/policies/cited-by/${key}/`, n);
}
