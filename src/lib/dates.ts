import { format } from 'date-fns';
import { tz } from '@date-fns/tz';

/** All dates on the site are Beijing time, whatever the build machine's TZ. */
export const SITE_TIME_ZONE = 'Asia/Shanghai';
const inShanghai = tz(SITE_TIME_ZONE);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Accepts a Date (an instant) or a `YYYY-MM-DD` string (a calendar day, not an instant).
 * Calendar-day strings are anchored at noon Shanghai time so no zone shift can move the day.
 */
export function toInstant(value: Date | string): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('无效日期');
    return value;
  }
  const m = ISO_DATE.exec(value);
  if (m) return new Date(`${m[1]}-${m[2]}-${m[3]}T12:00:00+08:00`);
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new RangeError(`无法识别的日期：${value}`);
  return d;
}

/** 2023年4月7日 */
export function formatChineseDate(value: Date | string): string {
  return format(toInstant(value), 'yyyy年M月d日', { in: inShanghai });
}

/** 2023年4月7日 14:30 */
export function formatChineseDateTime(value: Date | string): string {
  return format(toInstant(value), 'yyyy年M月d日 HH:mm', { in: inShanghai });
}

/** 2023-04-07: the value for `<time datetime>` and for sorting by day. */
export function isoDate(value: Date | string): string {
  return format(toInstant(value), 'yyyy-MM-dd', { in: inShanghai });
}

/** 2023-04-07T14:30:00+08:00 */
export function isoDateTime(value: Date | string): string {
  return format(toInstant(value), "yyyy-MM-dd'T'HH:mm:ssXXX", { in: inShanghai });
}

/** The year in Shanghai, for 年份 filters. */
export function shanghaiYear(value: Date | string): number {
  return Number(format(toInstant(value), 'yyyy', { in: inShanghai }));
}
