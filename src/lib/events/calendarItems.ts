/**
 * The small per-event record the browser's month view and filtered list work on, emitted per year
 * as /events/calendar/<year>.json (an event is in every year it overlaps).
 */
import { detectPrecision, formatEventRange } from './eventDate';
import { eventDays, type EventRecord } from './eventRecord';
import type { GridItem } from './monthGrid';
import { timedOf, type Timed } from './timeline';
import { STATUS_LABELS } from './vocabulary';
import { formatDeadline } from './present';

export interface CalendarItem extends GridItem, Timed {
  title: string;
  kind: string;
  audience: string[];
  url: string;
  /** Chinese date text at the event's precision. */
  when: string;
  /** Place name, or null when 地点未公布. */
  place: string | null;
  /** 已取消 / 已延期, or '' when scheduled. */
  statusLabel: string;
  example: boolean;
  /** 报名截止: its day (YYYY-MM-DD) and how it reads (2027年3月31日 17:00), or null when none is given. */
  deadline: { day: string; text: string } | null;
}

export function toCalendarItem(e: EventRecord): CalendarItem {
  const { first, last } = eventDays(e);
  return {
    slug: e.slug,
    precision: e.start.precision,
    first,
    last,
    ...timedOf(e),
    title: e.title,
    kind: e.kind,
    audience: e.audience,
    url: `/events/${e.slug}/`,
    when: formatEventRange(e.start, e.end),
    place: e.location ? e.location.name : null,
    statusLabel: e.status === 'scheduled' ? '' : STATUS_LABELS[e.status],
    example: e.example,
    deadline: deadlineOf(e.registrationDeadline),
  };
}

/** A deadline the month view can place: given to the day (or minute). */
function deadlineOf(text: string | null): CalendarItem['deadline'] {
  if (!text) return null;
  const precision = detectPrecision(text);
  if (precision !== 'day' && precision !== 'datetime') return null;
  return { day: text.slice(0, 10), text: formatDeadline(text) };
}

/** Calendar years an item overlaps (first day's year to last day's year), and its deadline's year. */
export function itemYears(
  item: Pick<CalendarItem, 'first' | 'last'> & { deadline?: CalendarItem['deadline'] },
): number[] {
  const from = Number(item.first.slice(0, 4));
  const to = Number(item.last.slice(0, 4));
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const deadlineYear = item.deadline ? Number(item.deadline.day.slice(0, 4)) : null;
  if (deadlineYear !== null && !years.includes(deadlineYear)) years.push(deadlineYear);
  return years.sort((a, b) => a - b);
}

/** Items by the years they overlap, years ascending: the files /events/calendar/<year>.json. */
export function itemsByYear(items: readonly CalendarItem[]): Map<number, CalendarItem[]> {
  const out = new Map<number, CalendarItem[]>();
  for (const item of items) for (const y of itemYears(item)) out.set(y, [...(out.get(y) ?? []), item]);
  return new Map([...out].sort((a, b) => a[0] - b[0]));
}
