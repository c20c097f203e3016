/**
 * 报名截止 as its own calendar entry: teachers need the deadline more than the event, and a
 * line inside DESCRIPTION raises no reminder. Each deadline becomes 「报名截止：<活动>」 with
 * display alarms three days and one day before.
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

/** Reminders before a deadline, in days. */
export const DEADLINE_REMINDER_DAYS = [3, 1] as const;

const DAY_SECONDS = 24 * 60 * 60;

export function deadlineUid(e: EventRecord, baseUrl: string): string {
  return `deadline-${e.slug}@${new URL(baseUrl).host}`;
}

export function deadlineSummary(e: EventRecord): string {
  const flags = [e.example ? '【示例】' : '', e.status === 'cancelled' ? `【${STATUS_LABELS.cancelled}】` : ''].join(
    '',
  );
  return `${flags}报名截止：${e.title}`;
}

function alarms(e: EventRecord): ICalAlarmData[] {
  // A cancelled event's deadline stays in the feed as CANCELLED (calendars remove it) but rings no more.
  if (e.status === 'cancelled') return [];
  return DEADLINE_REMINDER_DAYS.map((days) => ({
    type: ICalAlarmType.display,
    trigger: days * DAY_SECONDS,
    description: `还有${days}天报名截止：${e.title}（${formatDeadline(e.registrationDeadline!)}）`,
  }));
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
    alarms: alarms(e),
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
