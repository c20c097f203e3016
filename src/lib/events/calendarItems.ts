/** The small per-event record the browser's month view and filters work on (embedded as JSON). */
import { formatEventRange } from './eventDate';
import { eventDays, type EventRecord } from './eventRecord';
import type { GridItem } from './monthGrid';
import { STATUS_LABELS } from './vocabulary';

export interface CalendarItem extends GridItem {
  title: string;
  kind: string;
  audience: string[];
  url: string;
  /** Chinese date text at the event's precision. */
  when: string;
  /** 已取消 / 已延期, or '' when scheduled. */
  statusLabel: string;
  example: boolean;
}

export function toCalendarItem(e: EventRecord): CalendarItem {
  const { first, last } = eventDays(e);
  return {
    slug: e.slug,
    precision: e.start.precision,
    first,
    last,
    title: e.title,
    kind: e.kind,
    audience: e.audience,
    url: `/events/${e.slug}/`,
    when: formatEventRange(e.start, e.end),
    statusLabel: e.status === 'scheduled' ? '' : STATUS_LABELS[e.status],
    example: e.example,
  };
}
