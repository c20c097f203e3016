/** Filters by 类型 and 面向对象, read from and written to the page URL (?kind=…&audience=…). */
import { audienceFromParam, kindFromParam, type Audience, type EventKind } from './vocabulary';
import { withParams } from '../site/queryParams';

export interface EventFilters {
  kind: EventKind | null;
  audience: Audience | null;
}

/** Unknown values are ignored (a stale shared link still shows the whole calendar). */
export function parseFilters(search: string | URLSearchParams): EventFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return { kind: kindFromParam(params.get('kind')), audience: audienceFromParam(params.get('audience')) };
}

/** The query string for the filters, keeping any other parameters (e.g. view, month). */
export function filtersToSearch(filters: EventFilters, current: string | URLSearchParams = ''): string {
  const s = withParams(current, { kind: filters.kind, audience: filters.audience }).toString();
  return s ? `?${s}` : '';
}

export function matchesFilters(item: { kind: string; audience: readonly string[] }, filters: EventFilters): boolean {
  if (filters.kind && item.kind !== filters.kind) return false;
  if (filters.audience && !item.audience.includes(filters.audience)) return false;
  return true;
}

/** 类型：科技活动周，面向：小学 — for the live result count. */
export function describeFilters(filters: EventFilters): string {
  const parts: string[] = [];
  if (filters.kind) parts.push(`类型：${filters.kind}`);
  if (filters.audience) parts.push(`面向：${filters.audience}`);
  return parts.join('，');
}
