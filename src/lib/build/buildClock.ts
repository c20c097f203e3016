/**
 * The build's one clock. Everything a page decides by "now" (upcoming or past, 已结束, the home
 * page's next events, which events a subscription feed still lists) reads this instant, so one
 * build cuts every list at the same moment. `SITE_BUILD_TIME` (ISO 8601) fixes it for tests and
 * reproducible builds; without it the clock is read once, when the build first asks.
 *
 * Browser scripts keep the reader's own clock (the calendar re-splits by the reader's today).
 */

const VARIABLE = 'SITE_BUILD_TIME';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?$/u;

/**
 * The instant a SITE_BUILD_TIME value names, in ms since the epoch. A date alone is midnight in
 * Beijing, and a date-time without an offset is Beijing time: the site's dates are Beijing days,
 * whatever the build machine's TZ. Anything else stops the build, naming the variable.
 */
export function parseBuildTime(value: string): number {
  const text = value.trim();
  const withOffset = ISO_DATE.test(text)
    ? `${text}T00:00:00+08:00`
    : ISO_DATE_TIME.test(text) && !/(?:Z|[+-]\d{2}:\d{2})$/u.test(text)
      ? `${text}+08:00`
      : text;
  const ms = ISO_DATE.test(text) || ISO_DATE_TIME.test(text) ? Date.parse(withOffset) : Number.NaN;
  // Date.parse rolls 2026-02-30 over to March: a day that does not exist is refused, too.
  const day = ISO_DATE.exec(text.slice(0, 10));
  const calendarOk =
    day !== null &&
    new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))).getUTCDate() === Number(day[3]);
  if (!Number.isFinite(ms) || !calendarOk) {
    throw new Error(
      `环境变量 ${VARIABLE}「${value}」不是有效的 ISO 8601 时间：请写成 2026-11-23 或 2026-11-23T10:00:00+08:00，或不设置（用构建开始的时间）`,
    );
  }
  return ms;
}

let instant: number | undefined;

/** The build's "now" in ms since the epoch: SITE_BUILD_TIME, or the moment the build first asked. */
export function buildNow(): number {
  if (instant === undefined) {
    const value = process.env[VARIABLE];
    instant = value === undefined || value.trim() === '' ? Date.now() : parseBuildTime(value);
  }
  return instant;
}

/** The build's "now" as a Date (a new object each time, so no caller can move the clock). */
export function buildDate(): Date {
  return new Date(buildNow());
}
