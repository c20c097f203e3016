/** Month view arithmetic: the weeks of a month (Monday first) and keyboard moves between days. */
import { addDays, daysInMonth, dayKey, splitDayKey, weekdayIndex } from '../site/calendarDays';

/** Weeks of day keys covering the month, Monday first, padded with days of the adjacent months. */
export function monthWeeks(year: number, month: number): string[][] {
  const first = dayKey(year, month, 1);
  let day = addDays(first, -weekdayIndex(first));
  const last = dayKey(year, month, daysInMonth(year, month));
  const weeks: string[][] = [];
  while (weeks.length === 0 || day <= last) {
    const week: string[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** Same day of another month, clamped to that month's length (1月31日 → 2月28日). */
export function shiftMonth(key: string, delta: number): string {
  const [y, m, d] = splitDayKey(key);
  const index = y * 12 + (m - 1) + delta;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayKey(year, month, Math.min(d, daysInMonth(year, month)));
}

/** The day a key press moves focus to, or null for keys the grid does not handle. */
export function moveFocus(key: string, from: string): string | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(from, -1);
    case 'ArrowRight':
      return addDays(from, 1);
    case 'ArrowUp':
      return addDays(from, -7);
    case 'ArrowDown':
      return addDays(from, 7);
    case 'Home':
      return addDays(from, -weekdayIndex(from));
    case 'End':
      return addDays(from, 6 - weekdayIndex(from));
    case 'PageUp':
      return shiftMonth(from, -1);
    case 'PageDown':
      return shiftMonth(from, 1);
    default:
      return null;
  }
}

/** One event as the month view needs it. */
export interface GridItem {
  slug: string;
  precision: 'year' | 'month' | 'day' | 'datetime';
  /** Inclusive first and last day covered. */
  first: string;
  last: string;
}

/** Events placed on a day: only those whose source gives the day (never month/year ones). */
export function itemsOnDay<T extends GridItem>(items: readonly T[], day: string): T[] {
  return items.filter((i) => (i.precision === 'day' || i.precision === 'datetime') && i.first <= day && day <= i.last);
}

/** Events whose 报名截止 falls on a day (the month view shows it there, apart from the event's own days). */
export function deadlinesOnDay<T extends { deadline?: { day: string } | null }>(items: readonly T[], day: string): T[] {
  return items.filter((i) => i.deadline?.day === day);
}

/** Events known only to a month or a year that overlap the month: listed above the grid, not on a day. */
export function undatedInMonth<T extends GridItem>(items: readonly T[], year: number, month: number): T[] {
  const first = dayKey(year, month, 1);
  const last = dayKey(year, month, daysInMonth(year, month));
  return items.filter((i) => (i.precision === 'month' || i.precision === 'year') && i.first <= last && first <= i.last);
}
