/**
 * Which plans 实施方案对照 sets side by side: a default of a few (the library's own order: the site's
 * city first, then higher administrative levels) or the reader's choice in the URL
 * (?plans=a,b,c). Each plan's column facts are emitted as /policies/compare/plans/<slug>.json so the
 * browser builds any comparison from a few small files; the default is built into the page.
 */
import type { ComparePlan, PlanSection } from './compare';

/** Plans in the comparison built into /policies/compare/. */
export const DEFAULT_COMPARE_COUNT = 4;
/** Most plans one comparison sets side by side (a wider table is unreadable). */
export const MAX_COMPARE = 8;

/** The 公民具备科学素质的比例 target of a plan, as its first row shows it. */
export interface ShareTarget {
  text: string;
  anchor: string | null;
}

/** One plan's column: /policies/compare/plans/<slug>.json. */
export interface PlanColumn extends ComparePlan {
  title: string;
  share: ShareTarget | null;
  sections: PlanSection[];
}

/** One entry of /policies/compare/plans.json, for the chooser. */
export interface PlanChoice {
  slug: string;
  label: string;
  title: string;
}

export function compareUrl(slugs: readonly string[]): string {
  return `/policies/compare/?plans=${slugs.map(encodeURIComponent).join(',')}`;
}

/**
 * The plans a URL asks for: ?plans=a,b,c in order, duplicates dropped, at most MAX_COMPARE;
 * null when the URL names none (the default comparison).
 */
export function plansFromSearch(search: string): string[] | null {
  const raw = new URLSearchParams(search).get('plans');
  if (raw === null) return null;
  const slugs = [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  return slugs.length ? slugs.slice(0, MAX_COMPARE) : null;
}
