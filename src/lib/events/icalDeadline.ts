/**
 * 报名截止 as its own calendar entry: teachers need the deadline more than the event, and a
 * line inside DESCRIPTION raises no reminder. Each deadline becomes 「报名截止：<活动>」 with
 * display alarms: three days and one day before a timed deadline, 09:00 the day before and on the
 * day for a day deadline.
 */
import {
  ICalAlarmType,
  ICalEventStatus,
  ICalEventTransparency,
  type ICalAlarmData,
  type ICalEventData,
} from 'ical-generator';
import { TZDate } from '@date-fns/tz';
import { STATUS_LABELS } from './vocabulary';
import { SITE_TIME_ZONE, addDays, splitDayKey } from '../site/calendarDays';
import { detectPrecision, parseEventDate } from './eventDate';
import type { EventRecord } from './eventRecord';
import { formatDeadline } from './present';

/** Reminders before a timed deadline (17:00 on the 31st rings at 17:00 on the 28th and the 30th), in days. */
export const DEADLINE_REMINDER_DAYS = [3, 1] as const;
/**
 * Reminders for a day deadline (open until the end of that day), as offsets in hours from the start
 * of the day: 09:00 the day before and 09:00 on the day. Counted like a timed deadline's they would
 * ring at midnight, when nobody reads them.
 */
export const DAY_DEADLINE_REMINDER_HOURS = [-15, 9] as const;

const HOUR_SECONDS = 60 * 60;
const DAY_SECONDS = 24 * HOUR_SECONDS;

export function deadlineUid(e: EventRecord, baseUrl: string): string {
  return `deadline-${e.slug}@${new URL(baseUrl).host}`;
}

export function deadlineSummary(e: EventRecord): string {
  const flags = [e.example ? '【示例】' : '', e.status === 'cancelled' ? `【${STATUS_LABELS.cancelled}】` : ''].join(
    '',
  );
  return `${flags}报名截止：${e.title}`;
}

/** How a reminder names the time left: 还有3天, 明天, 今天. */
function reminderLead(daysLeft: number): string {
  if (daysLeft === 0) return '今天';
  if (daysLeft === 1) return '明天';
  return `还有${daysLeft}天`;
}

function alarms(e: EventRecord, allDay: boolean): ICalAlarmData[] {
  // A cancelled event's deadline stays in the feed as CANCELLED (calendars remove it) but rings no more.
  if (e.status === 'cancelled') return [];
  const at = formatDeadline(e.registrationDeadline!);
  // ical-generator's trigger counts seconds before the start; a negative one rings after it.
  const offsets = allDay
    ? DAY_DEADLINE_REMINDER_HOURS.map((hours) => ({ trigger: -hours * HOUR_SECONDS, daysLeft: hours < 0 ? 1 : 0 }))
    : DEADLINE_REMINDER_DAYS.map((days) => ({ trigger: days * DAY_SECONDS, daysLeft: days }));
  return offsets.map(({ trigger, daysLeft }) => ({
    type: ICalAlarmType.display,
    trigger,
    description: `${reminderLead(daysLeft)}报名截止：${e.title}（${at}）`,
  }));
}

/** Whether an event's 报名截止 is given to the day or the minute, so a calendar can place it. */
export function hasDatedDeadline(e: Pick<EventRecord, 'registrationDeadline'>): boolean {
  const precision = e.registrationDeadline ? detectPrecision(e.registrationDeadline) : null;
  return precision === 'day' || precision === 'datetime';
}

/**
 * The deadline entry of an event, or null when it has none. A day deadline (closes at the end
 * of that day) is an all-day entry on that day; a timed one is a moment in Beijing time.
 */
export function deadlineEventData(
  e: EventRecord,
  baseUrl: string,
  common: Pick<ICalEventData, 'sequence' | 'stamp' | 'lastModified' | 'url' | 'categories'>,
): ICalEventData | null {
  const text = e.registrationDeadline;
  const precision = text ? detectPrecision(text) : null;
  // The same test as hasDatedDeadline, kept inline so the types narrow.
  if (!text || (precision !== 'day' && precision !== 'datetime')) return null;
  const d = parseEventDate(text, precision);
  const description = [
    `${e.title} 报名截止：${formatDeadline(text)}${precision === 'day' ? '（当天结束前）' : ''}`,
    e.registrationUrl ? `报名：${e.registrationUrl}` : '报名方式见活动页面',
    e.status !== 'scheduled' ? `活动状态：${STATUS_LABELS[e.status]}` : '',
    e.example ? '这是示例活动，日期和内容仅用于演示。' : '',
    `详情：${common.url}`,
  ]
    .filter(Boolean)
    .join('\n');
  const base: ICalEventData = {
    ...common,
    id: deadlineUid(e, baseUrl),
    summary: deadlineSummary(e),
    description,
    status: e.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    alarms: alarms(e, precision === 'day'),
    // A deadline is a reminder, not a busy slot.
    transparency: ICalEventTransparency.TRANSPARENT,
    start: common.stamp!,
  };
  if (precision === 'datetime') {
    return {
      ...base,
      timezone: SITE_TIME_ZONE,
      start: new TZDate(d.year, d.month! - 1, d.day!, d.hour!, d.minute!, 0, SITE_TIME_ZONE),
      end: null,
    };
  }
  const [y, m, day] = splitDayKey(text);
  const [ny, nm, nd] = splitDayKey(addDays(text, 1));
  return { ...base, allDay: true, start: new Date(Date.UTC(y, m - 1, day)), end: new Date(Date.UTC(ny, nm - 1, nd)) };
}
