import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { eventSchema } from '../../../src/schemas/event';
import { eventOver, toEventRecord, type EventRecord } from '../../../src/lib/events/eventRecord';
import { buildCalendar } from '../../../src/lib/events/ical';
import { subscriptionEvents } from '../../../src/lib/events/timeline';
import { eventJsonLd } from '../../../src/lib/events/jsonLd';

const BASE = 'https://kepu.example.cn';

function record(slug: string, front: Record<string, unknown>): EventRecord {
  return toEventRecord(
    slug,
    eventSchema.parse({
      organizer: '益阳市科学技术协会',
      audience: ['公众'],
      updated: '2026-11-23',
      kind: '科普讲座',
      ...front,
    }),
  );
}

const timed = record('talk', {
  title: '讲座',
  datePrecision: 'datetime',
  start: '2026-12-05T09:30',
  end: '2026-12-05T11:00',
  location: { name: '科技馆', address: '某路1号' },
  status: 'cancelled',
  example: true,
});
const days = record('week', {
  title: '科技活动周',
  kind: '科技活动周',
  datePrecision: 'day',
  start: '2026-05-16',
  end: '2026-05-23',
  audience: ['小学', '公众'],
});
const month = record('month', { title: '科普月', kind: '全国科普月', datePrecision: 'month', start: '2026-09' });
const year = record('year', { title: '大赛', datePrecision: 'year', start: '2023', status: 'postponed' });

function parse(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text));
  const events = comp.getAllSubcomponents('vevent');
  const byUid = new Map(events.map((v) => [String(v.getFirstPropertyValue('uid')), v]));
  return { comp, byUid };
}

const text = buildCalendar([timed, days, month, year], { name: '测试日历', baseUrl: BASE, product: '科普益阳' });

describe('iCalendar output, read back with ical.js', () => {
  const { comp, byUid } = parse(text);

  it('is a VCALENDAR 2.0 with CRLF lines no longer than 75 octets', () => {
    expect(comp.getFirstPropertyValue('version')).toBe('2.0');
    expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('gives every event a stable UID slug@host and a DTSTAMP from its updated date', () => {
    expect([...byUid.keys()].sort()).toEqual([
      'month@kepu.example.cn',
      'talk@kepu.example.cn',
      'week@kepu.example.cn',
      'year@kepu.example.cn',
    ]);
    expect(text).toContain('DTSTAMP:20261123T000000Z');
  });

  it('raises SEQUENCE when the entry is edited later, so calendars take the new version', () => {
    const seq = (r: EventRecord) =>
      Number(
        parse(buildCalendar([r], { name: 'x', baseUrl: BASE, product: 'p' }))
          .byUid.get(`${r.slug}@kepu.example.cn`)!
          .getFirstPropertyValue('sequence'),
      );
    const later = record('week', {
      title: '科技活动周',
      kind: '科技活动周',
      datePrecision: 'day',
      start: '2026-05-17',
      updated: '2026-12-01',
    });
    expect(seq(later)).toBeGreaterThan(seq(days));
  });

  it('writes a timed event with TZID Asia/Shanghai and ships that VTIMEZONE', () => {
    const v = byUid.get('talk@kepu.example.cn')!;
    expect(v.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Shanghai');
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20261205T093000');
    expect(text).toContain('DTEND;TZID=Asia/Shanghai:20261205T110000');
    const vtz = comp.getFirstSubcomponent('vtimezone')!;
    expect(vtz.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    const tz = new ICAL.Timezone(vtz);
    const start = (v.getFirstPropertyValue('dtstart') as ICAL.Time).clone();
    start.zone = tz;
    expect(start.toUnixTime()).toBe(Date.parse('2026-12-05T01:30:00Z') / 1000);
  });

  it('writes day-precision events as all-day VALUE=DATE with an exclusive DTEND', () => {
    const v = byUid.get('week@kepu.example.cn')!;
    const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = v.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.isDate && end.isDate).toBe(true);
    expect(start.toString()).toBe('2026-05-16');
    expect(end.toString()).toBe('2026-05-24');
  });

  it('marks a month- or year-precision event with one free all-day entry on the first day, titled 日期待定', () => {
    const m = byUid.get('month@kepu.example.cn')!;
    expect((m.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2026-09-01');
    expect((m.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2026-09-02');
    expect(String(m.getFirstPropertyValue('summary'))).toBe('科普月（日期待定：2026年9月内）');
    expect(m.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    const y = byUid.get('year@kepu.example.cn')!;
    expect((y.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2023-01-01');
    expect((y.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2023-01-02');
    expect(String(y.getFirstPropertyValue('summary'))).toContain('日期待定：2023年内');
  });

  it('maps status, example flag, location and the event URL', () => {
    const v = byUid.get('talk@kepu.example.cn')!;
    expect(v.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(String(v.getFirstPropertyValue('summary'))).toBe('【示例】【已取消】讲座');
    expect(v.getFirstPropertyValue('location')).toBe('科技馆，某路1号');
    expect(v.getFirstPropertyValue('url')).toBe(`${BASE}/events/talk/`);
    expect(byUid.get('year@kepu.example.cn')!.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(byUid.get('week@kepu.example.cn')!.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('emits no VTIMEZONE when no event is timed', () => {
    expect(buildCalendar([days], { name: 'x', baseUrl: BASE, product: 'p' })).not.toContain('VTIMEZONE');
  });

  it('is byte-identical whatever order the events come in', () => {
    expect(buildCalendar([year, month, days, timed], { name: '测试日历', baseUrl: BASE, product: '科普益阳' })).toBe(
      text,
    );
  });
});

describe('JSON-LD Event', () => {
  it('carries name, dates at their precision, place, organizer and schema.org status URLs', () => {
    const ld = eventJsonLd(timed, BASE, null);
    expect(ld).toMatchObject({
      '@type': 'Event',
      name: '讲座（示例）',
      startDate: '2026-12-05T09:30:00+08:00',
      endDate: '2026-12-05T11:00:00+08:00',
      eventStatus: 'https://schema.org/EventCancelled',
      location: { '@type': 'Place', name: '科技馆', address: { streetAddress: '某路1号' } },
      organizer: { '@type': 'Organization', name: '益阳市科学技术协会' },
    });
    expect(eventJsonLd(month, BASE, null).startDate).toBe('2026-09');
    expect(eventJsonLd(year, BASE, null).eventStatus).toBe('https://schema.org/EventPostponed');
    expect(eventJsonLd(year, BASE, null)).not.toHaveProperty('location');
  });

  it('says the event is held in person, and gives every place an address', () => {
    for (const e of [timed, month, year, days]) {
      expect(eventJsonLd(e, BASE, null, '湖南省益阳市').eventAttendanceMode).toBe(
        'https://schema.org/OfflineEventAttendanceMode',
      );
    }
    const named = { ...days, location: { name: '益阳市科学技术馆', address: null } };
    expect(eventJsonLd(named, BASE, null, '湖南省益阳市').location).toEqual({
      '@type': 'Place',
      name: '益阳市科学技术馆',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '益阳市科学技术馆',
        addressRegion: '湖南省益阳市',
        addressCountry: 'CN',
      },
    });
  });

  it('places a dated event whose venue is not announced in the site’s region, and an undated one nowhere', () => {
    const unannounced = { ...days, location: null };
    expect(eventJsonLd(unannounced, BASE, null, '湖南省益阳市').location).toMatchObject({
      '@type': 'Place',
      name: '湖南省益阳市（具体地点未公布）',
      address: { addressRegion: '湖南省益阳市', addressCountry: 'CN' },
    });
    expect(eventJsonLd({ ...month, location: null }, BASE, null, '湖南省益阳市')).not.toHaveProperty('location');
  });
});

describe('the same calendar whatever the build machine TZ', () => {
  it('gives byte-identical output under UTC, Asia/Shanghai and America/New_York', () => {
    const saved = process.env.TZ;
    const outputs: string[] = [];
    const offsets: number[] = [];
    try {
      for (const zone of ['UTC', 'Asia/Shanghai', 'America/New_York']) {
        process.env.TZ = zone; // Node applies a TZ change immediately
        offsets.push(new Date(Date.UTC(2026, 11, 5)).getTimezoneOffset());
        outputs.push(
          buildCalendar([timed, days, month, year], { name: '测试日历', baseUrl: BASE, product: '科普益阳' }),
        );
      }
    } finally {
      process.env.TZ = saved;
    }
    expect(new Set(offsets).size).toBe(3); // the zone really changed, so the comparison means something
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });
});

describe('when an event is over (for upcoming/past)', () => {
  it('a timed event is over at its end time; without an end, at the end of its day; a month at the month end', () => {
    expect(new Date(eventOver(timed)).toISOString()).toBe('2026-12-05T03:00:00.000Z');
    const noEnd = record('noend', { title: 'x', datePrecision: 'datetime', start: '2026-12-05T09:30' });
    expect(new Date(eventOver(noEnd)).toISOString()).toBe('2026-12-05T16:00:00.000Z');
    expect(new Date(eventOver(month)).toISOString()).toBe('2026-09-30T16:00:00.000Z');
  });

  it('refuses a file name that is not an ASCII slug, naming the file', () => {
    expect(() => record('科普讲座', { title: 'x', datePrecision: 'day', start: '2026-12-05' })).toThrow(
      /src\/content\/events\/科普讲座\.md/,
    );
  });
});

describe('calendar subscriptions do not grow with the archive', () => {
  const archive = Array.from({ length: 30 }, (_, i) =>
    record(`past-${String(i).padStart(2, '0')}`, {
      title: `往期${i}`,
      datePrecision: 'day',
      start: `2020-01-${String(i + 1).padStart(2, '0')}`,
    }),
  );
  const now = Date.UTC(2026, 10, 23);

  it('keeps every event not yet over and only the most recent past ones', () => {
    const kept = subscriptionEvents([...archive, timed, month], now, 5);
    // Past ones most recent first: the September 科普月 of this year, then the 2020 archive from its end.
    expect(kept.map((e) => e.slug)).toEqual(['talk', 'month', 'past-29', 'past-28', 'past-27', 'past-26']);
    // The calendar built from them parses and holds exactly those events.
    expect(parse(buildCalendar(kept, { name: 'x', baseUrl: BASE, product: 'p' })).byUid.size).toBe(6);
  });

  it('keeps everything while the archive is small', () => {
    expect(subscriptionEvents([...archive, timed, month], now)).toHaveLength(32);
  });
});
