/**
 * Event dates with an explicit precision. A source that says only "2023年" or "2023年5月"
 * stays a year or a month everywhere (page text, <time datetime>, JSON-LD, iCal): no day is
 * ever invented. Times are wall-clock Beijing time; days and instants come from the site's one
 * calendar model (src/lib/site/calendarDays.ts), never from the TZ of the machine that builds or views the site.
 */
import { SITE_UTC_OFFSET, addDays, dayKey, daysInMonth, shanghaiInstant, splitDayKey } from '../site/calendarDays.ts';

export const DATE_PRECISIONS = ['year', 'month', 'day', 'datetime'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** What editors see in error messages and in the CMS hint. */
export const PRECISION_LABELS: Record<DatePrecision, string> = {
  year: '只知道年份（YYYY）',
  month: '只知道月份（YYYY-MM）',
  day: '具体日期（YYYY-MM-DD）',
  datetime: '具体时间（YYYY-MM-DDTHH:mm，北京时间）',
};

const PATTERNS: Record<DatePrecision, RegExp> = {
  year: /^(\d{4})$/,
  month: /^(\d{4})-(\d{2})$/,
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  datetime: /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/,
};

export interface EventDate {
  precision: DatePrecision;
  year: number;
  /** 1–12, or null for year precision. */
  month: number | null;
  /** 1–31, or null above day precision. */
  day: number | null;
  hour: number | null;
  minute: number | null;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Which precision a written value has, judged by its shape alone. */
export function detectPrecision(text: string): DatePrecision | null {
  return DATE_PRECISIONS.find((p) => PATTERNS[p].test(text)) ?? null;
}

/**
 * Parses a written date at the given precision. Throws a Chinese message an editor can act
 * on when the shape does not match the precision or the date does not exist.
 */
export function parseEventDate(text: string, precision: DatePrecision): EventDate {
  const m = PATTERNS[precision].exec(text.trim());
  if (!m) {
    const found = detectPrecision(text.trim());
    const hint = found ? `（这个值看起来是“${PRECISION_LABELS[found]}”）` : '';
    throw new RangeError(`“${text}”不符合日期精度“${PRECISION_LABELS[precision]}”${hint}`);
  }
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  const hour = m[4] ? Number(m[4]) : null;
  const minute = m[5] ? Number(m[5]) : null;
  if (month !== null && (month < 1 || month > 12)) throw new RangeError(`“${text}”的月份不存在`);
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) {
    throw new RangeError(`“${text}”这一天不存在`);
  }
  if (hour !== null && hour > 23) throw new RangeError(`“${text}”的小时应在 00–23 之间`);
  if (minute !== null && minute > 59) throw new RangeError(`“${text}”的分钟应在 00–59 之间`);
  return { precision, year, month, day, hour, minute };
}

/** First calendar day the value covers: 2023 → 2023-01-01, 2023-05 → 2023-05-01. */
export function firstDay(d: EventDate): string {
  return dayKey(d.year, d.month ?? 1, d.day ?? 1);
}

/** Last calendar day the value covers (inclusive): 2023-05 → 2023-05-31. */
export function lastDay(d: EventDate): string {
  if (d.month === null) return dayKey(d.year, 12, 31);
  if (d.day === null) return dayKey(d.year, d.month, daysInMonth(d.year, d.month));
  return dayKey(d.year, d.month, d.day);
}

/** The first instant the value covers, in ms since the epoch. */
export function startInstant(d: EventDate): number {
  const [y, m, day] = splitDayKey(firstDay(d));
  return shanghaiInstant(y, m, day, d.hour ?? 0, d.minute ?? 0);
}

/** The instant the value is over: a datetime is a moment; a day, month or year ends at the next midnight. */
export function endInstant(d: EventDate): number {
  if (d.precision === 'datetime') return startInstant(d);
  return shanghaiInstant(...splitDayKey(addDays(lastDay(d), 1)));
}

/** The value for <time datetime> and JSON-LD, at the value's own precision. */
export function isoEventDate(d: EventDate): string {
  switch (d.precision) {
    case 'year':
      return pad(d.year, 4);
    case 'month':
      return `${pad(d.year, 4)}-${pad(d.month!)}`;
    case 'day':
      return firstDay(d);
    case 'datetime':
      return `${firstDay(d)}T${pad(d.hour!)}:${pad(d.minute!)}:00${SITE_UTC_OFFSET}`;
  }
}

/** 2023年 / 2023年5月 / 2023年5月20日 / 2023年5月20日 09:30 */
export function formatEventDate(d: EventDate): string {
  const y = `${d.year}年`;
  if (d.month === null) return y;
  const ym = `${y}${d.month}月`;
  if (d.day === null) return ym;
  const ymd = `${ym}${d.day}日`;
  if (d.hour === null) return ymd;
  return `${ymd} ${formatTime(d)}`;
}

function formatTime(d: EventDate): string {
  return `${pad(d.hour ?? 0)}:${pad(d.minute ?? 0)}`;
}

/** A range split for markup: each side can sit in its own <time datetime>. */
export interface RangeParts {
  from: string;
  /** '至' between days, months or years; '—' between two times of one day. */
  separator: string;
  /** The end with what it shares with the start dropped, or null for a single date. */
  to: string | null;
}

export function eventRangeParts(start: EventDate, end: EventDate | null): RangeParts {
  const from = formatEventDate(start);
  if (!end || formatEventDate(end) === from) return { from, separator: '', to: null };
  if (start.precision === 'datetime' && end.precision === 'datetime' && firstDay(start) === firstDay(end)) {
    return { from, separator: '—', to: formatTime(end) };
  }
  let to: string;
  if (end.year !== start.year || end.month === null) to = formatEventDate(end);
  else if (end.month !== start.month || end.day === null) to = formatEventDate(end).slice(`${end.year}年`.length);
  else to = formatEventDate(end).slice(`${end.year}年${end.month}月`.length);
  return { from, separator: '至', to };
}

/**
 * A start–end range in Chinese, dropping what the end shares with the start:
 * 2026年5月16日至23日, 2026年12月5日 09:30—11:00, 2027年1月至3月.
 */
export function formatEventRange(start: EventDate, end: EventDate | null): string {
  const { from, separator, to } = eventRangeParts(start, end);
  return to === null ? from : `${from}${separator}${to}`;
}

/**
 * Plain-language note for dates the source gives only roughly. Once the period is over the day
 * will not be announced any more, so a past event says what the source gave instead.
 */
export function precisionNote(precision: DatePrecision, past = false): string | null {
  if (precision !== 'year' && precision !== 'month') return null;
  if (past) return precision === 'year' ? '来源只写到年份' : '来源只写到月份';
  return '具体日期尚未公布';
}

/** The instant a registration deadline passes: the end of that day, or the given minute. Null if unreadable. */
export function deadlineInstant(text: string): number | null {
  const p = detectPrecision(text);
  if (p !== 'day' && p !== 'datetime') return null;
  try {
    const d = parseEventDate(text, p);
    return p === 'day' ? endInstant(d) : startInstant(d);
  } catch {
    return null;
  }
}
