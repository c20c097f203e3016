/**
 * The site's one model of time: Beijing calendar days and wall-clock times. China has used a
 * fixed UTC+8 without daylight saving since 1991, so a day is a plain integer (days since
 * 1970-01-01) and an instant's Beijing day and time come from that offset alone, never from the
 * TZ of the machine that builds or views the site. No library: the /events/ browser script
 * does its day arithmetic with these functions and stays small.
 */

/** The zone every date on the site is read and shown in (iCal TZID, Intl, date-fns). */
export const SITE_TIME_ZONE = 'Asia/Shanghai';
/** Its UTC offset, as ISO 8601 writes it. */
export const SITE_UTC_OFFSET = '+08:00';

const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Days since 1970-01-01 of a calendar day (month 1–12). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** YYYY-MM-DD for a calendar day. */
export function dayKey(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Splits a YYYY-MM-DD key into numbers. */
export function splitDayKey(key: string): [number, number, number] {
  const [y, m, d] = key.split('-').map(Number);
  return [y!, m!, d!];
}

/** The YYYY-MM-DD key of a day number. */
export function keyOfDayNumber(n: number): string {
  const t = new Date(n * DAY_MS);
  return dayKey(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The day number of a YYYY-MM-DD key. */
export function dayNumberOfKey(key: string): number {
  return dayNumber(...splitDayKey(key));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day `n` days after (or before, for negative `n`) a day key. */
export function addDays(key: string, n: number): string {
  return keyOfDayNumber(dayNumberOfKey(key) + n);
}

/** Whole days from one day key to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumberOfKey(to) - dayNumberOfKey(from);
}

/** Monday-first weekday index (0–6) of a day key. */
export function weekdayIndex(key: string): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((dayNumberOfKey(key) + 3) % 7) + 7) % 7;
}

/** The instant a Beijing wall-clock time begins, in ms since the epoch. */
export function shanghaiInstant(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) - OFFSET_MS;
}

/** An instant as Beijing calendar day and wall-clock time. */
export interface ShanghaiTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function shanghaiTime(instant: number): ShanghaiTime {
  const t = new Date(instant + OFFSET_MS);
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
    second: t.getUTCSeconds(),
  };
}

/** The Beijing calendar day of an instant (the browser passes Date.now() for today). */
export function shanghaiDayKey(instant: number): string {
  return keyOfDayNumber(Math.floor((instant + OFFSET_MS) / DAY_MS));
}
