/**
 * The policy library's filters: the chosen values as they stand in the URL (?issuer=…&year=…&type=…
 * &status=…&page=n, always on /policies/) and the rule a document matches them by. The browser's
 * filtered views and the unit tests both use this module.
 */
import { pickParams, withParams } from '../site/queryParams';
import { pageHref } from '../site/pagination';
import { FILTER_KEYS, type FilterKey } from './library';
import type { PolicyRow } from './listRow';

/** Chosen value of each filter; a missing or empty one means 全部. */
export type PolicyFilter = Partial<Record<FilterKey, string>>;

/** Where every filtered view lives, whichever built page it was chosen on. */
export const FILTERED_PATH = '/policies/';

/** The filters a query string chooses (other parameters are ignored). */
export function policyFilterOf(params: URLSearchParams): PolicyFilter {
  return pickParams(params, FILTER_KEYS);
}

export function hasPolicyFilter(f: PolicyFilter): boolean {
  return FILTER_KEYS.some((k) => f[k]);
}

/** True when a document's filter values (see filterValues) match every chosen one. */
export function matchesPolicyFilter(values: Record<FilterKey, string>, f: PolicyFilter): boolean {
  return FILTER_KEYS.every((k) => !f[k] || values[k] === f[k]);
}

/** Rows matching every chosen filter value. */
export function filterPolicyRows(rows: readonly PolicyRow[], f: PolicyFilter): PolicyRow[] {
  return rows.filter((r) => matchesPolicyFilter(r.filters, f));
}

/** URL of page `n` of the view the filters choose. */
export function policyFilterHref(f: PolicyFilter, n = 1): string {
  return pageHref(FILTERED_PATH, withParams('', f), n);
}
