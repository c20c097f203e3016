/**
 * iCalendar (RFC 5545) output with ical-generator. Reproducible: UIDs are slug@host, DTSTAMP
 * comes from the entry's `updated` date, and every date is built from calendar fields (TZDate
 * in Asia/Shanghai or UTC day values), never from the build machine's local time.
 */
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency, type ICalEventData } from 'ical-generator';
import { TZDate } from '@date-fns/tz';
import { STATUS_LABELS, type EventStatus } from './vocabulary';
import { SITE_TIME_ZONE, addDays, daysBetween, splitDayKey } from '../site/calendarDays';
import { formatEventDate, formatEventRange } from './eventDate';
import { eventDays, exclusiveEndDay, type EventRecord } from './eventRecord';
import { deadlineEventData } from './icalDeadline';
import type { FeedContent } from './feeds';
import { formatDeadline } from './present';

/** Asia/Shanghai has been UTC+8 without daylight saving since 1991: one STANDARD rule is exact. */
export const SHANGHAI_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Shanghai',
  'X-LIC-LOCATION:Asia/Shanghai',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export interface CalendarOptions {
  /** X-WR-CALNAME, e.g. 科普益阳 · 活动日历. */
  name: string;
  /** X-WR-CALDESC. */
  description?: string;
  /** Site base URL: event links and the UID host come from it. */
  baseUrl: string;
  /** PRODID company/product (site name). */
  product: string;
  /** The events with their 报名截止 entries (default), or the deadlines alone. */
  content?: FeedContent;
}

const STATUS_TO_ICAL: Record<EventStatus, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** C0/C1 control characters other than line breaks and tab: never valid in an iCalendar value. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/g;

/** A value ical-generator escapes itself (SUMMARY, DESCRIPTION, LOCATION …): only drop controls. */
function plainText(value: string): string {
  return value.replace(CONTROL, '');
}

/**
 * RFC 5545 §3.3.11 TEXT escaping, for the properties ical-generator writes as they are
 * (NAME, X-WR-CALNAME, X-WR-CALDESC, PRODID, UID): a line break in a title must not start a new
 * property or a forged VEVENT.
 */
export function icalText(value: string): string {
  return plainText(value)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utcDay(key: string): Date {
  const [y, m, d] = splitDayKey(key);
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * SEQUENCE grows with every edit (days from 2020-01-01 to `updated`), so calendar apps replace
 * their copy when a date moves, and the value still depends on nothing but the file.
 */
export function eventSequence(e: EventRecord): number {
  return Math.max(0, daysBetween('2020-01-01', e.updated));
}

export function eventUid(e: EventRecord, baseUrl: string): string {
  // ical-generator writes UID unescaped; a slug is a file name, escaped all the same.
  return icalText(`${e.slug}@${new URL(baseUrl).host}`);
}

export function eventPageUrl(e: EventRecord, baseUrl: string): string {
  return new URL(`/events/${e.slug}/`, `${baseUrl}/`).toString();
}

/** Whether the source gives only a month or a year (no day to put in a calendar). */
export function isUndated(e: EventRecord): boolean {
  return e.start.precision === 'year' || e.start.precision === 'month';
}

/**
 * SUMMARY: the title, flagged when it is an example, cancelled or postponed. An event known only
 * to the month or year says 日期待定 and the period it falls in (2027年3月内).
 */
export function icalSummary(e: EventRecord): string {
  const flags = [e.example ? '【示例】' : '', e.status !== 'scheduled' ? `【${STATUS_LABELS[e.status]}】` : ''].join(
    '',
  );
  const period = isUndated(e) ? `（日期待定：${formatEventRange(e.start, e.end)}内）` : '';
  return plainText(`${flags}${e.title}${period}`);
}

function icalDescription(e: EventRecord, baseUrl: string): string {
  const lines = [
    `类型：${e.kind}`,
    `时间：${formatEventRange(e.start, e.end)}${e.dateNote ? `（${e.dateNote}）` : ''}`,
    `地点：${e.location ? [e.location.name, e.location.address].filter(Boolean).join('，') : '未公布'}`,
    `主办：${e.organizer}`,
    `面向：${e.audience.join('、')}`,
    `报名截止：${e.registrationDeadline ? formatDeadline(e.registrationDeadline) : '未公布'}`,
  ];
  if (e.registrationUrl) lines.push(`报名：${e.registrationUrl}`);
  if (e.status !== 'scheduled') lines.push(`状态：${STATUS_LABELS[e.status]}`);
  if (e.relatedClause) lines.push(`依据：${e.relatedClause.label}`);
  if (e.example) lines.push('这是示例活动，日期和内容仅用于演示。');
  lines.push(`详情：${eventPageUrl(e, baseUrl)}`);
  return plainText(lines.join('\n'));
}

/** One VEVENT's data. */
export function icalEventData(e: EventRecord, baseUrl: string): ICalEventData {
  const stamp = utcDay(e.updated);
  const common: ICalEventData = {
    id: eventUid(e, baseUrl),
    sequence: eventSequence(e),
    start: stamp,
    stamp,
    lastModified: stamp,
    summary: icalSummary(e),
    description: icalDescription(e, baseUrl),
    url: eventPageUrl(e, baseUrl),
    status: STATUS_TO_ICAL[e.status],
    categories: [{ name: plainText(e.kind) }, ...e.audience.map((a) => ({ name: plainText(a) }))],
    location: e.location ? plainText([e.location.name, e.location.address].filter(Boolean).join('，')) : null,
  };
  if (e.start.precision === 'datetime') {
    const at = (d: NonNullable<EventRecord['end']>) =>
      new TZDate(d.year, d.month! - 1, d.day!, d.hour!, d.minute!, 0, SITE_TIME_ZONE);
    return { ...common, timezone: SITE_TIME_ZONE, start: at(e.start), end: e.end ? at(e.end) : null };
  }
  if (isUndated(e)) {
    // Known only to the month or year: one all-day marker on the first day, free (not busy), instead
    // of a bar over every day of the period that would clutter a phone calendar for weeks.
    const first = eventDays(e).first;
    return {
      ...common,
      allDay: true,
      start: utcDay(first),
      end: utcDay(addDays(first, 1)),
      transparency: ICalEventTransparency.TRANSPARENT,
      description: `具体日期待定：来源只写到${formatEventDate(e.start)}，这一条只标在${formatEventRange(e.start, e.end)}的第一天。\n${common.description}`,
    };
  }
  // Day precision: all-day over every day covered, DTEND exclusive (RFC 5545 §3.6.1).
  return { ...common, allDay: true, start: utcDay(eventDays(e).first), end: utcDay(exclusiveEndDay(e)) };
}

/** The VEVENTs of one event for a feed: the event itself and/or its 报名截止 entry. */
export function icalEntries(e: EventRecord, baseUrl: string, content: FeedContent): ICalEventData[] {
  const event = icalEventData(e, baseUrl);
  const deadline = deadlineEventData(e, baseUrl, {
    sequence: event.sequence,
    stamp: event.stamp,
    lastModified: event.lastModified,
    url: event.url,
    categories: [{ name: '报名截止' }, { name: e.kind }, ...e.audience.map((a) => ({ name: a }))],
  });
  if (content === 'deadlines') return deadline ? [deadline] : [];
  return deadline ? [event, deadline] : [event];
}

/** A whole calendar, events in a stable order (start, then slug), every line ending in CRLF. */
export function buildCalendar(events: readonly EventRecord[], options: CalendarOptions): string {
  const sorted = [...events].sort(
    (a, b) => eventDays(a).first.localeCompare(eventDays(b).first) || a.slug.localeCompare(b.slug),
  );
  const calendar = ical({
    name: icalText(options.name),
    description: options.description === undefined ? null : icalText(options.description),
    prodId: { company: icalText(new URL(options.baseUrl).host), product: icalText(options.product), language: 'ZH' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 24 * 60 * 60,
    // A nameless timezone: VTIMEZONE is emitted for the events that carry TZID, while DTSTAMP
    // and all-day values stay in UTC form (a named calendar zone would write DTSTAMP without Z).
    timezone: { name: null, generator: (tz) => (tz === SITE_TIME_ZONE ? SHANGHAI_VTIMEZONE : null) },
  });
  for (const e of sorted)
    for (const entry of icalEntries(e, options.baseUrl, options.content ?? 'events-and-deadlines'))
      calendar.createEvent(entry);
  // RFC 5545 §3.1 ends every content line with CRLF, the last one too; ical-generator omits that one.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
