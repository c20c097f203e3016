/**
 * Formatting of dates and instants for pages and feeds, always in Beijing time whatever the build
 * machine's TZ: the calendar model is src/lib/site/calendarDays.ts.
 */
import { SITE_UTC_OFFSET, shanghaiInstant, shanghaiTime, splitDayKey, type ShanghaiTime } from './calendarDays';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Accepts a Date (an instant) or a `YYYY-MM-DD` string (a calendar day, not an instant).
 * Calendar-day strings are anchored at noon Beijing time so no zone shift can move the day.
 */
export function toInstant(value: Date | string): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('无效日期');
    return value;
  }
  if (ISO_DATE.test(value)) {
    const [y, m, d] = splitDayKey(value);
    return new Date(shanghaiInstant(y, m, d, 12));
  }
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new RangeError(`无法识别的日期：${value}`);
  return d;
}

function inShanghai(value: Date | string): ShanghaiTime {
  return shanghaiTime(toInstant(value).getTime());
}

/** 2023年4月7日 */
export function formatChineseDate(value: Date | string): string {
  const t = inShanghai(value);
  return `${t.year}年${t.month}月${t.day}日`;
}

/** 2023年4月7日 14:30 */
export function formatChineseDateTime(value: Date | string): string {
  const t = inShanghai(value);
  return `${t.year}年${t.month}月${t.day}日 ${pad(t.hour)}:${pad(t.minute)}`;
}

/** 2023-04-07: the value for `<time datetime>` and for sorting by day. */
export function isoDate(value: Date | string): string {
  const t = inShanghai(value);
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
}

/** 2023-04-07 14:30, the form the 政府网站 PubDate meta tag takes. */
export function isoDateMinute(value: Date | string): string {
  const t = inShanghai(value);
  return `${isoDate(value)} ${pad(t.hour)}:${pad(t.minute)}`;
}

/** 2023-04-07T14:30:00+08:00 */
export function isoDateTime(value: Date | string): string {
  const t = inShanghai(value);
  return `${isoDate(value)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${SITE_UTC_OFFSET}`;
}

/** The year in Beijing, for 年份 filters. */
export function shanghaiYear(value: Date | string): number {
  return inShanghai(value).year;
}
