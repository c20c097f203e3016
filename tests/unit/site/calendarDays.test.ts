import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumberOfKey,
  daysBetween,
  daysInMonth,
  keyOfDayNumber,
  shanghaiDayKey,
  shanghaiInstant,
  shanghaiTime,
  weekdayIndex,
} from '../../../src/lib/site/calendarDays';

describe('Beijing calendar days as integers', () => {
  it('numbers days from 1970-01-01 and reads them back', () => {
    expect(dayNumberOfKey('1970-01-01')).toBe(0);
    expect(dayNumberOfKey('1970-01-02')).toBe(1);
    expect(dayNumberOfKey('1969-12-31')).toBe(-1);
    for (const key of ['1999-12-31', '2000-02-29', '2023-04-07', '2024-12-31', '2100-03-01']) {
      expect(keyOfDayNumber(dayNumberOfKey(key))).toBe(key);
    }
  });

  it('steps over month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2023-12-25', '2024-01-01')).toBe(7);
    expect(daysBetween('2024-01-01', '2023-12-25')).toBe(-7);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2100, 2), daysInMonth(2023, 4)]).toEqual([
      29, 28, 28, 30,
    ]);
  });

  it('gives Monday-first weekdays, also before 1970', () => {
    // 2023-04-07 was a Friday, 2024-01-01 a Monday, 1969-12-28 a Sunday.
    expect(weekdayIndex('2023-04-07')).toBe(4);
    expect(weekdayIndex('2024-01-01')).toBe(0);
    expect(weekdayIndex('1969-12-28')).toBe(6);
  });

  it('reads instants in Beijing time whatever the machine zone (the unit tests run under UTC)', () => {
    const late = Date.parse('2023-04-06T16:30:00Z'); // 00:30 on 7 April in Beijing
    expect(shanghaiDayKey(late)).toBe('2023-04-07');
    expect(shanghaiTime(late)).toEqual({ year: 2023, month: 4, day: 7, hour: 0, minute: 30, second: 0 });
    expect(new Date(shanghaiInstant(2023, 4, 7, 9, 30)).toISOString()).toBe('2023-04-07T01:30:00.000Z');
    expect(new Date(shanghaiInstant(2024, 1, 1)).toISOString()).toBe('2023-12-31T16:00:00.000Z');
  });
});
