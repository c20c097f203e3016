import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { eventSchema } from '../../../src/schemas/event';
import { toEventRecord, type EventRecord } from '../../../src/lib/events/eventRecord';
import { buildCalendar } from '../../../src/lib/events/ical';
import { ALL_FEED_FILES, feedForFilters, feedLinks, feedPath } from '../../../src/lib/events/feeds';
import { precisionNote } from '../../../src/lib/events/eventDate';

const BASE = 'https://kepu.example.cn';

function record(slug: string, front: Record<string, unknown>): EventRecord {
  return toEventRecord(
    slug,
    eventSchema.parse({
      organizer: '益阳市科学技术协会',
      audience: ['初中'],
      updated: '2026-11-23',
      kind: '青少年科技创新大赛',
      datePrecision: 'day',
      ...front,
    }),
  );
}

const contest = record('contest', {
  title: '创新大赛',
  start: '2027-03-20',
  registrationDeadline: '2027-02-26',
  registrationUrl: 'https://example.cn/baoming',
});
const camp = record('camp', {
  title: '科学营',
  kind: '青少年高校科学营',
  audience: ['高中'],
  start: '2027-07-10',
  registrationDeadline: '2027-05-31T17:00',
});
const cancelled = record('gone', {
  title: '已取消的竞赛',
  start: '2027-04-01',
  registrationDeadline: '2027-03-01',
  status: 'cancelled',
});
const noDeadline = record('talk', { title: '讲座', kind: '科普讲座', start: '2027-01-05' });

function vevents(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}
function byUid(text: string): Map<string, ICAL.Component> {
  return new Map(vevents(text).map((v) => [String(v.getFirstPropertyValue('uid')), v]));
}
/** Alarm offsets in seconds before the start, read back from the parsed TRIGGER durations. */
function alarmOffsets(v: ICAL.Component): number[] {
  return v
    .getAllSubcomponents('valarm')
    .map((a) => -(a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds())
    .sort((a, b) => a - b);
}

describe('报名截止 as its own calendar entry, read back with ical.js', () => {
  const text = buildCalendar([contest, camp, cancelled, noDeadline], { name: 't', baseUrl: BASE, product: 'p' });
  const uids = byUid(text);

  it('adds one 「报名截止：<活动>」 entry per event that has a deadline, next to the event', () => {
    expect([...uids.keys()].sort()).toEqual(
      ['camp', 'contest', 'deadline-camp', 'deadline-contest', 'deadline-gone', 'gone', 'talk']
        .map((u) => `${u}@kepu.example.cn`)
        .sort(),
    );
    expect(String(uids.get('deadline-contest@kepu.example.cn')!.getFirstPropertyValue('summary'))).toBe(
      '报名截止：创新大赛',
    );
  });

  it('puts a day deadline on that day (all-day) and a timed one at its minute, Beijing time', () => {
    const day = uids.get('deadline-contest@kepu.example.cn')!;
    const start = day.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2027-02-26');
    expect(day.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20270531T170000');
  });

  it('rings a timed deadline three days and one day before, at its hour', () => {
    const v = uids.get('deadline-camp@kepu.example.cn')!;
    expect(alarmOffsets(v)).toEqual([86400, 3 * 86400]);
    for (const a of v.getAllSubcomponents('valarm')) {
      expect(a.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(a.getFirstPropertyValue('description'))).toMatch(/报名截止：科学营/);
    }
  });

  it('rings a day deadline at 09:00 the day before and at 09:00 on the day, never at midnight', () => {
    const v = uids.get('deadline-contest@kepu.example.cn')!;
    const start = (v.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime();
    // The moments the alarms ring, as wall-clock times on the deadline's floating day.
    const rings = v
      .getAllSubcomponents('valarm')
      .map((a) => new Date(start + (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() * 1000))
      .map((d) => `${d.getMonth() + 1}-${d.getDate()} ${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`)
      .sort();
    expect(rings).toEqual(['2-25 9:00', '2-26 9:00']);
    const texts = v.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('description')));
    expect(texts.sort()).toEqual([
      '今天报名截止：创新大赛（2027年2月26日）',
      '明天报名截止：创新大赛（2027年2月26日）',
    ]);
  });

  it('ends every line, the last one too, with CRLF (RFC 5545 §3.1)', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps a cancelled event\u2019s deadline as CANCELLED without alarms', () => {
    const v = uids.get('deadline-gone@kepu.example.cn')!;
    expect(v.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(v.getAllSubcomponents('valarm')).toHaveLength(0);
    expect(String(v.getFirstPropertyValue('summary'))).toBe('【已取消】报名截止：已取消的竞赛');
  });

  it('the deadlines-only feed holds the deadline entries and nothing else', () => {
    const only = byUid(
      buildCalendar([contest, camp, noDeadline], { name: 't', baseUrl: BASE, product: 'p', content: 'deadlines' }),
    );
    expect([...only.keys()].sort()).toEqual(['deadline-camp@kepu.example.cn', 'deadline-contest@kepu.example.cn']);
  });
});

describe('one feed per filter of /events/', () => {
  it('gives every kind × audience its own file, and the filter finds it', () => {
    const names = new Set(ALL_FEED_FILES.map((f) => f.name));
    expect(names.size).toBe(ALL_FEED_FILES.length);
    const both = feedForFilters({ kind: '青少年科技创新大赛', audience: '初中' });
    expect(names.has(both.name)).toBe(true);
    expect(both.matches(contest)).toBe(true);
    expect(both.matches(camp)).toBe(false);
    expect(feedPath(feedForFilters({ kind: null, audience: null }))).toBe('/events.ics');
    expect(feedPath(feedForFilters({ kind: null, audience: '初中' }))).toBe('/events/audience-chuzhong.ics');
    expect(names.has('deadlines')).toBe(true);
  });

  it('offers webcal:// and https addresses of the same file', () => {
    expect(feedLinks({ name: 'audience-chuzhong' }, BASE)).toEqual({
      https: 'https://kepu.example.cn/events/audience-chuzhong.ics',
      webcal: 'webcal://kepu.example.cn/events/audience-chuzhong.ics',
    });
  });
});

describe('honest dates', () => {
  it('a past event known only to the year no longer says its date is still to be announced', () => {
    expect(precisionNote('year', false)).toBe('具体日期尚未公布');
    expect(precisionNote('year', true)).not.toContain('尚未公布');
    expect(precisionNote('month', true)).not.toContain('尚未公布');
    expect(precisionNote('day', true)).toBeNull();
  });
});
