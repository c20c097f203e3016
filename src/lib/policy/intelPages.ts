/** Page sizes of the policy-intelligence lists that grow with the library. */
import { listPageSize } from '../pagination';

/** Documents per page of 量化目标 (a plan's table runs to a few dozen rows). */
export const TARGETS_PAGE_SIZE = listPageSize(10);
/** Documents per page of 政策谱系's 依据链 table (one short row each). */
export const LINEAGE_PAGE_SIZE = listPageSize(50);
/** Children listed under one node of the 依据关系树 (the rest: that document's own 谱系 page). */
export const TREE_CHILD_LIMIT = 20;
/** Most-cited other documents listed on 政策谱系 (every one keeps its own page). */
export const OTHERS_LIMIT = 100;
