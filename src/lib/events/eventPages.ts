/**
 * Events per page of 活动日历's two lists: /events/ shows the first page of 即将举行 and of 已经结束;
 * the others are /events/upcoming/page/<n>/ and /events/page/<n>/.
 */
import { listPageSize, pagedPath } from '../site/pagination';

export const EVENTS_PAST_PAGE_SIZE = listPageSize(20);
export const EVENTS_UPCOMING_PAGE_SIZE = listPageSize(20);

export type EventPart = 'upcoming' | 'past';

/** URL of page `n` of upcoming or past events (page 1 of both is /events/). */
export function eventListPath(part: EventPart, n: number): string {
  if (n === 1) return '/events/';
  return pagedPath(part === 'past' ? '/events/' : '/events/upcoming/', n);
}
