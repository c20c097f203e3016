import { describe, expect, it } from 'vitest';
import {
  deadlineInstant,
  endInstant,
  formatEventDate,
  formatEventRange,
  isoEventDate,
  parseEventDate,
  startInstant,
} from '../../../src/lib/events/eventDate';
import { shanghaiDayKey } from '../../../src/lib/site/calendarDays';
import { deadlineCountdown } from '../../../src/lib/events/countdown';
import { monthWeeks, moveFocus, shiftMonth, itemsOnDay, undatedInMonth } from '../../../src/lib/events/monthGrid';
import { filtersToSearch, matchesFilters, parseFilters } from '../../../src/lib/events/filters';
import { splitByTime } from '../../../src/lib/events/timeline';

const d = parseEventDate;

describe('date precision: what the source says, nothing more', () => {
  it('formats each precision in Chinese without inventing parts', () => {
    expect(formatEventDate(d('2023', 'year'))).toBe('2023年');
    expect(formatEventDate(d('2023-05', 'month'))).toBe('2023年5月');
    expect(formatEventDate(d('2023-05-20', 'day'))).toBe('2023年5月20日');
    expect(formatEventDate(d('2026-12-05T09:30', 'datetime'))).toBe('2026年12月5日 09:30');
  });

  it('gives <time datetime> values at the same precision', () => {
    expect(isoEventDate(d('2023', 'year'))).toBe('2023');
    expect(isoEventDate(d('2023-05', 'month'))).toBe('2023-05');
    expect(isoEventDate(d('2023-05-20', 'day'))).toBe('2023-05-20');
    expect(isoEventDate(d('2026-12-05T09:30', 'datetime'))).toBe('2026-12-05T09:30:00+08:00');
  });

  it('shortens ranges by what the end shares with the start', () => {
    expect(formatEventRange(d('2026-05-16', 'day'), d('2026-05-23', 'day'))).toBe('2026年5月16日至23日');
    expect(formatEventRange(d('2026-05-30', 'day'), d('2026-06-02', 'day'))).toBe('2026年5月30日至6月2日');
    expect(formatEventRange(d('2026-12-30', 'day'), d('2027-01-02', 'day'))).toBe('2026年12月30日至2027年1月2日');
    expect(formatEventRange(d('2026-12-05T09:30', 'datetime'), d('2026-12-05T11:00', 'datetime'))).toBe(
      '2026年12月5日 09:30—11:00',
    );
    expect(formatEventRange(d('2027-01', 'month'), d('2027-03', 'month'))).toBe('2027年1月至3月');
    expect(formatEventRange(d('2023', 'year'), null)).toBe('2023年');
  });

  it('computes Beijing instants whatever the process TZ (tests run under UTC)', () => {
    expect(new Date(startInstant(d('2026-12-05T09:30', 'datetime'))).toISOString()).toBe('2026-12-05T01:30:00.000Z');
    expect(new Date(startInstant(d('2023-05', 'month'))).toISOString()).toBe('2023-04-30T16:00:00.000Z');
    expect(new Date(endInstant(d('2023-05', 'month'))).toISOString()).toBe('2023-05-31T16:00:00.000Z');
    expect(new Date(endInstant(d('2023', 'year'))).toISOString()).toBe('2023-12-31T16:00:00.000Z');
    expect(shanghaiDayKey(Date.parse('2026-11-23T16:30:00Z'))).toBe('2026-11-24');
  });

  it('reads a day deadline as the end of that Beijing day', () => {
    expect(new Date(deadlineInstant('2026-12-03')!).toISOString()).toBe('2026-12-03T16:00:00.000Z');
    expect(new Date(deadlineInstant('2027-03-31T17:00')!).toISOString()).toBe('2027-03-31T09:00:00.000Z');
    expect(deadlineInstant('2026-12')).toBeNull();
  });
});

describe('报名截止 countdown', () => {
  const deadline = deadlineInstant('2026-12-03')!;
  it('counts whole Beijing days', () => {
    expect(deadlineCountdown(deadline, Date.parse('2026-11-23T12:00:00+08:00')).text).toBe('距报名截止还有 10 天');
    // 23:30 on 12-02 in Beijing is still one day before, although UTC already says 12-02 15:30.
    expect(deadlineCountdown(deadline, Date.parse('2026-12-02T23:30:00+08:00')).days).toBe(1);
  });
  it('says today on the last day and closed afterwards', () => {
    expect(deadlineCountdown(deadline, Date.parse('2026-12-03T08:00:00+08:00')).state).toBe('today');
    expect(deadlineCountdown(deadline, Date.parse('2026-12-04T00:00:00+08:00')).text).toBe('报名已截止');
  });
});

describe('month grid', () => {
  it('lays out weeks Monday first with the adjacent days', () => {
    const weeks = monthWeeks(2026, 12);
    expect(weeks[0]![0]).toBe('2026-11-30');
    expect(weeks[0]![1]).toBe('2026-12-01');
    expect(weeks.at(-1)!.at(-1)).toBe('2027-01-03');
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });
  it('moves focus by day, week, week edges and month', () => {
    expect(moveFocus('ArrowRight', '2026-12-31')).toBe('2027-01-01');
    expect(moveFocus('ArrowUp', '2026-12-03')).toBe('2026-11-26');
    expect(moveFocus('Home', '2026-12-03')).toBe('2026-11-30');
    expect(moveFocus('End', '2026-12-03')).toBe('2026-12-06');
    expect(moveFocus('PageDown', '2027-01-31')).toBe('2027-02-28');
    expect(moveFocus('PageUp', '2027-01-15')).toBe('2026-12-15');
    expect(moveFocus('a', '2027-01-15')).toBeNull();
    expect(shiftMonth('2024-03-31', -1)).toBe('2024-02-29');
  });
  it('never puts month- or year-precision events on a day', () => {
    const items = [
      { slug: 'm', precision: 'month' as const, first: '2026-09-01', last: '2026-09-30' },
      { slug: 'd', precision: 'day' as const, first: '2026-09-10', last: '2026-09-12' },
      { slug: 'y', precision: 'year' as const, first: '2026-01-01', last: '2026-12-31' },
    ];
    expect(itemsOnDay(items, '2026-09-11').map((i) => i.slug)).toEqual(['d']);
    expect(itemsOnDay(items, '2026-09-01').map((i) => i.slug)).toEqual([]);
    expect(undatedInMonth(items, 2026, 9).map((i) => i.slug)).toEqual(['m', 'y']);
    expect(undatedInMonth(items, 2026, 10).map((i) => i.slug)).toEqual(['y']);
  });
});

describe('filters and the upcoming/past split', () => {
  it('reads Chinese or ASCII values from the URL and ignores unknown ones', () => {
    expect(parseFilters('?audience=%E5%B0%8F%E5%AD%A6')).toEqual({ kind: null, audience: '小学' });
    expect(parseFilters('?kind=keji-huodongzhou&audience=nobody')).toEqual({ kind: '科技活动周', audience: null });
  });
  it('writes the filters back, keeping other parameters', () => {
    expect(decodeURIComponent(filtersToSearch({ kind: null, audience: '初中' }, 'view=month'))).toBe(
      '?view=month&audience=初中',
    );
    expect(filtersToSearch({ kind: null, audience: null }, 'audience=x')).toBe('');
  });
  it('matches on kind and on any of several audiences', () => {
    const e = { kind: '科普讲座', audience: ['公众', '小学'] };
    expect(matchesFilters(e, { kind: null, audience: '小学' })).toBe(true);
    expect(matchesFilters(e, { kind: null, audience: '高中' })).toBe(false);
    expect(matchesFilters(e, { kind: '学科奥赛', audience: null })).toBe(false);
  });
  it('puts events not yet over first (soonest first) and past ones after (latest first)', () => {
    const items = [
      { id: 'a', start: 10, over: 20 },
      { id: 'b', start: 30, over: 40 },
      { id: 'c', start: 5, over: 50 },
      { id: 'd', start: 1, over: 2 },
    ];
    const { upcoming, past } = splitByTime(items, 25, (i) => i);
    expect(upcoming.map((i) => i.id)).toEqual(['c', 'b']);
    expect(past.map((i) => i.id)).toEqual(['a', 'd']);
  });
});
