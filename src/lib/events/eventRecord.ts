/**
 * The plain, serializable shape of one event that pages, feeds and the browser script share.
 * Built once per build from the validated front matter.
 */
import type { EventData } from '../../schemas/event';
import { contentFile } from '../build/contentPaths';
import type { Audience, EventKind, EventStatus } from './vocabulary';
import { addDays } from '../site/calendarDays';
import {
  deadlineInstant,
  endInstant,
  lastDay,
  parseEventDate,
  firstDay,
  startInstant,
  type EventDate,
} from './eventDate';

export interface EventRecord {
  /** Stable ASCII slug (the file name). */
  slug: string;
  title: string;
  kind: EventKind;
  audience: Audience[];
  status: EventStatus;
  example: boolean;
  organizer: string;
  start: EventDate;
  end: EventDate | null;
  dateNote: string | null;
  location: { name: string; address: string | null } | null;
  /** As written: YYYY-MM-DD or YYYY-MM-DDTHH:mm (Beijing). */
  registrationDeadline: string | null;
  registrationUrl: string | null;
  relatedClause: { document: string; clause: string; label: string } | null;
  /** YYYY-MM-DD */
  updated: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Turns one validated entry into a record; a non-ASCII file name stops the build. */
export function toEventRecord(slug: string, data: EventData): EventRecord {
  if (!SLUG.test(slug)) {
    throw new Error(
      `${contentFile('events', `${slug}.md`)}：文件名（slug）只能用小写字母、数字和连字符，例如 kejihuodongzhou-2026`,
    );
  }
  return {
    slug,
    title: data.title,
    kind: data.kind,
    audience: [...data.audience],
    status: data.status,
    example: data.example,
    organizer: data.organizer,
    start: parseEventDate(data.start, data.datePrecision),
    end: data.end === undefined ? null : parseEventDate(data.end, data.datePrecision),
    dateNote: data.dateNote ?? null,
    location: data.location ? { name: data.location.name, address: data.location.address ?? null } : null,
    registrationDeadline: data.registrationDeadline ?? null,
    registrationUrl: data.registrationUrl ?? null,
    relatedClause: data.relatedClause ?? null,
    updated: data.updated,
  };
}

/** First instant of the event. */
export function eventStart(e: EventRecord): number {
  return startInstant(e.start);
}

/**
 * The instant the event is over. A timed event with an end is over at that minute; a timed
 * event without one counts as running until the end of its day.
 */
export function eventOver(e: EventRecord): number {
  const last = e.end ?? e.start;
  if (last.precision === 'datetime' && e.end) return startInstant(last);
  if (last.precision === 'datetime') return endInstant({ ...last, precision: 'day', hour: null, minute: null });
  return endInstant(last);
}

/** First and last calendar day covered (inclusive), for the month grid. */
export function eventDays(e: EventRecord): { first: string; last: string } {
  return { first: firstDay(e.start), last: lastDay(e.end ?? e.start) };
}

/** The exclusive end day of an all-day span (for iCal DTEND;VALUE=DATE). */
export function exclusiveEndDay(e: EventRecord): string {
  return addDays(eventDays(e).last, 1);
}

/** The instant registration closes, or null when no deadline is given. */
export function eventDeadline(e: EventRecord): number | null {
  return e.registrationDeadline ? deadlineInstant(e.registrationDeadline) : null;
}
