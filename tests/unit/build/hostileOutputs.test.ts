// Hostile text reaching machine-read outputs: a line break in an event title must not forge
// calendar lines, and a task cell must not become a spreadsheet formula.
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { eventSchema } from '../../../src/schemas/event';
import { toEventRecord, type EventRecord } from '../../../src/lib/events/eventRecord';
import { buildCalendar } from '../../../src/lib/events/ical';
import { csvField, toCsv } from '../../../src/lib/policies/intel/csv';
import { serializeJsonLd } from '../../../src/lib/articles/articleJsonLd';
import { jsonLdText } from '../../../src/lib/events/jsonLd';
import { getRssString } from '@astrojs/rss';
import { parseHTML } from 'linkedom';
import { buildRssItems } from '../../../src/lib/articles/feeds';

const BASE = 'https://kepu.example.cn';
const FORGED =
  '\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged@evil.example\r\nSUMMARY:假活动\r\nURL:https://evil.example/\r\nDTSTART:20260101T000000Z\r\n';

/** An event record as the build would make it, bypassing the schema's own refusal of controls. */
function hostileRecord(text: string): EventRecord {
  const ok = eventSchema.parse({
    title: '讲座',
    organizer: '科协',
    audience: ['公众'],
    updated: '2026-11-23',
    kind: '科普讲座',
    datePrecision: 'day',
    start: '2026-12-05',
    location: { name: '科技馆' },
  });
  const record = toEventRecord('talk', ok);
  return {
    ...record,
    title: `讲座${text}`,
    organizer: `科协${text}`,
    location: { name: `馆;,\\${text}`, address: `路${text}` },
    dateNote: `注${text}`,
  } as EventRecord;
}

describe('iCalendar: every property escaped', () => {
  const record = hostileRecord(FORGED);
  // The per-event .ics names the calendar after the event title (NAME, X-WR-CALNAME).
  const text = buildCalendar([record], {
    name: record.title,
    description: `说明${FORGED}`,
    baseUrl: BASE,
    product: `科普${FORGED}`,
  });
  const comp = new ICAL.Component(ICAL.parse(text));

  it('holds exactly one VEVENT and no forged property', () => {
    expect(comp.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(text).not.toMatch(/^(UID:forged|SUMMARY:假活动|URL:https:\/\/evil)/m);
  });

  it('reads back the text as written, on one property each (NAME, X-WR-CALNAME, X-WR-CALDESC, SUMMARY, LOCATION)', () => {
    const flat = FORGED.replace(/\r\n/g, '\n');
    // ical.js does not know NAME and X-WR-*, so it hands them back still escaped (RFC 5545 TEXT).
    const unescapeText = (v: unknown) =>
      String(v).replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    for (const [prop, want] of [
      ['name', `讲座${flat}`],
      ['x-wr-calname', `讲座${flat}`],
      ['x-wr-caldesc', `说明${flat}`],
    ] as const) {
      expect(String(comp.getFirstPropertyValue(prop)), prop).not.toMatch(/[\r\n]/);
      expect(unescapeText(comp.getFirstPropertyValue(prop)), prop).toBe(want);
    }
    const v = comp.getFirstSubcomponent('vevent')!;
    expect(String(v.getFirstPropertyValue('summary'))).toContain(`讲座${flat}`);
    expect(String(v.getFirstPropertyValue('location'))).toContain(`馆;,\\${flat}`);
    expect(String(v.getFirstPropertyValue('uid'))).toBe('talk@kepu.example.cn');
  });

  it('drops control characters that are not line breaks', () => {
    const t = buildCalendar([hostileRecord('\u0007\u000b\u001b[31m\u2028')], {
      name: '标\u0000题\u0085',
      baseUrl: BASE,
      product: '科普',
    });
    expect(t).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/);
  });
});

describe('CSV: no formula injection (OWASP)', () => {
  it.each([
    '=HYPERLINK("https://evil.example","点我")',
    "+1+cmd|' /C calc'!A0",
    '-2+3',
    '@SUM(A1:A2)',
    '\t=1',
    '\r=1',
    // Full-width signs (WPS and Excel read them as formula signs) and spaces before a sign.
    '＝HYPERLINK("https://evil.example","点我")',
    '＋1+1',
    '－2+3',
    '＠SUM(A1:A2)',
    '  =1+1',
    '\u3000=1+1',
    ' \t@SUM(A1)',
  ])('neutralises %j with a leading quote', (cell) => {
    const field = csvField(cell);
    const [parsed] = Papa.parse<string[]>(toCsv([[cell]]).slice(1), { skipEmptyLines: true }).data;
    expect(parsed?.[0]).toBe(`'${cell}`);
    expect(field.startsWith('"\'')).toBe(true);
  });

  it('leaves ordinary cells alone', () => {
    expect(csvField('市科协')).toBe('市科协');
    expect(csvField('2025年底前')).toBe('2025年底前');
    expect(csvField('1-2月')).toBe('1-2月');
    expect(csvField('市科协＝牵头')).toBe('市科协＝牵头');
  });
});

describe('JSON-LD and link fields', () => {
  it('a title cannot close the JSON-LD script or open a comment, and reads back unchanged', () => {
    const data = { headline: '</script><script>alert(1)</script><!--' };
    for (const text of [serializeJsonLd(data), jsonLdText(data)]) {
      expect(text).not.toMatch(/<\/script|<!--|</i);
      expect(JSON.parse(text)).toEqual(data);
    }
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '//evil.example/',
  ])('an event registration link %j is refused', (url) => {
    const result = eventSchema.safeParse({
      title: '讲座',
      organizer: '科协',
      audience: ['公众'],
      updated: '2026-11-23',
      kind: '科普讲座',
      datePrecision: 'day',
      start: '2026-12-05',
      registrationUrl: url,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('registrationUrl');
  });
});

describe('RSS: a summary is text, not HTML', () => {
  it('a feed reader shows the summary as written and builds no element from it', async () => {
    const summary = '<img src=x onerror=alert(1)><b>粗体</b> & “引号” &lt;已转义&gt;';
    const xml = await getRssString({
      title: '科普',
      description: '科普文章',
      site: BASE,
      items: buildRssItems(
        [
          {
            slug: 'a',
            title: '标题',
            summary,
            publishedAt: new Date('2024-01-01T00:00:00Z'),
            author: '编辑部',
            topicNames: [],
            tags: [],
            example: false,
          },
        ],
        BASE,
      ),
    });
    // What a reader does: read <description> from the XML, then render it as HTML.
    const { document: feed } = parseHTML(`<html><body>${xml.replace(/^<\?xml[^>]*>/u, '')}</body></html>`);
    const html = feed.querySelector('item description')?.textContent ?? '';
    const { document } = parseHTML(`<html><body><div id="d">${html}</div></body></html>`);
    const rendered = document.getElementById('d')!;
    expect(rendered.querySelector('img, b')).toBeNull();
    expect(rendered.textContent).toBe(summary);
  });
});
