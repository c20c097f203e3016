// Hostile front matter text: characters no editor types on purpose are refused at the schema,
// with the field named, before they reach iCalendar, feeds, JSON-LD or HTML attributes.
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { eventSchema } from '../../../src/schemas/event';
import { interpretationSchema } from '../../../src/schemas/interpretation';
import { articleSchema } from '../../../src/schemas/article';
import { siteSchema } from '../../../src/config/siteSchema';
import { imageStub } from '../../../cms/schemaCheck';
import site from '../../../src/config/site.json' with { type: 'json' };

const event = {
  title: '讲座',
  organizer: '科协',
  audience: ['公众'],
  updated: '2026-11-23',
  kind: '科普讲座',
  datePrecision: 'day',
  start: '2026-12-05',
};
const interpretation = {
  title: '解读',
  policy: 'x',
  pubDate: '2024-01-01',
  source: '科协',
  kind: '文字解读',
  summary: '摘要',
};

function issues(schema: z.ZodType, data: unknown) {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('hidden characters in front matter', () => {
  it.each([
    ['a line break in an event title (iCal injection)', { ...event, title: '讲座\r\nEND:VEVENT' }, 'title'],
    ['a NUL in the organizer', { ...event, organizer: '科协\u0000' }, 'organizer'],
    ['an escape sequence in the location', { ...event, location: { name: '馆\u001b[2J' } }, 'location.name'],
    ['a right-to-left override in a title', { ...event, title: '讲座\u202Egnp.exe' }, 'title'],
    ['a zero-width space in a title', { ...event, title: '讲\u200B座' }, 'title'],
    ['a line separator in the date note', { ...event, dateNote: '注\u2028意' }, 'dateNote'],
  ])('refuses %s, naming the field', (_name, data, path) => {
    expect(issues(eventSchema, data)).toContainEqual({ path, message: expect.stringMatching(/控制字符|一行/) });
  });

  it('allows line breaks in longer text (summaries) but not controls', () => {
    expect(issues(interpretationSchema, { ...interpretation, summary: '第一句。\n第二句。' })).toEqual([]);
    expect(issues(interpretationSchema, { ...interpretation, summary: '摘要\u0007' })).toContainEqual({
      path: 'summary',
      message: expect.stringMatching(/U\+0007/),
    });
  });

  it('covers articles and the site identity too', () => {
    const schema = articleSchema({ image: imageStub, reference: () => z.string() });
    const article = {
      title: '生熟分开',
      summary: '家庭厨房的食品安全五要点。',
      topics: ['shipin-anquan'],
      publishedAt: '2023-05-05',
      author: '编辑部',
      source: '科协',
      cover: 'x.png',
      coverAlt: '砧板',
    };
    expect(issues(schema, article)).toEqual([]);
    expect(issues(schema, { ...article, title: '标题\n第二行' }).map((i) => i.path)).toEqual(['title']);
    expect(issues(schema, { ...article, coverAlt: '砧\u0000板' }).map((i) => i.path)).toEqual(['coverAlt']);
    expect(issues(siteSchema, { ...site, name: '科普\u202E益阳' })).toContainEqual({
      path: 'name',
      message: expect.stringMatching(/U\+202E/),
    });
  });

  it('accepts ordinary Chinese text, full-width punctuation and emoji', () => {
    expect(
      issues(eventSchema, {
        ...event,
        title: '第44届益阳市青少年科技创新大赛（示例）👩‍🔬',
        location: { name: '益阳市科学技术馆', address: '赫山区龙岭大道 1 号' },
      }),
    ).toEqual([]);
  });
});
