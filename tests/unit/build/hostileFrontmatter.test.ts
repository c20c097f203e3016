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
import { topicSchema } from '../../../src/schemas/topic';
import { NGINX_TEMPLATE, renderNginxSite } from '../../../scripts/deploy/nginxSite';
import { readFileSync } from 'node:fs';

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

describe('images only from inside the project', () => {
  const schema = articleSchema({ image: imageStub, reference: () => z.string() });
  const article = {
    title: '生熟分开',
    summary: '家庭厨房的食品安全五要点。',
    topics: ['shipin-anquan'],
    publishedAt: '2023-05-05',
    author: '编辑部',
    source: '科协',
    coverAlt: '砧板',
  };

  it.each([
    '/etc/passwd.png',
    '/home/editor/.ssh/id.png',
    'file:///etc/x.png',
    '~/x.png',
    'C:\\Windows\\x.png',
    '../../../../../etc/x.png',
    '../../assets/../../../x.png',
    'https://evil.example/x.png',
  ])('an article cover %j is refused, naming the field', (cover) => {
    expect(issues(schema, { ...article, cover })).toContainEqual({
      path: 'cover',
      message: expect.stringMatching(/图片路径.*(不在项目里|超出了项目的内容目录)/u),
    });
  });

  it('a topic cover too; the relative paths the content uses pass', () => {
    const topic = topicSchema({ image: imageStub });
    const data = {
      name: '双碳',
      slug: 'shuangtan',
      description: '碳达峰碳中和的科普专题。',
      coverAlt: '叶子',
      order: 1,
    };
    expect(issues(topic, { ...data, cover: '/etc/x.png' }).map((i) => i.path)).toContain('cover');
    expect(issues(schema, { ...article, cover: '../../assets/articles/x.png' })).toEqual([]);
    expect(issues(schema, { ...article, cover: './x.png' })).toEqual([]);
    expect(issues(schema, { ...article, cover: 'x.png' })).toEqual([]);
  });
});

describe('the site address reaches nginx configuration only as a plain host name', () => {
  const template = readFileSync(NGINX_TEMPLATE, 'utf8');
  it.each([
    'https://kepu.example;internal',
    'https://kepu.example;include%20/etc/passwd',
    'https://kepu.example%3Binclude',
    'https://user:pw@kepu.example',
    'https://kepu.example/?x=1',
    'https://-kepu.example',
    'https://kepu.example/a b',
  ])('site.json refuses baseUrl %j, naming the field', (baseUrl) => {
    expect(issues(siteSchema, { ...site, baseUrl }).map((i) => i.path)).toContain('baseUrl');
  });

  it('nginxSite.ts checks the host again before writing it', () => {
    for (const baseUrl of ['https://kepu.example;internal', 'https://kepu.example%3Binclude'])
      expect(() => renderNginxSite(template, { baseUrl }), baseUrl).toThrow(/字段 baseUrl/u);
    expect(renderNginxSite(template, { baseUrl: 'https://kepu.city-b.example.cn' })).toContain(
      'server_name kepu.city-b.example.cn;',
    );
  });

  it('ordinary addresses pass: a host, a port, a sub-path', () => {
    for (const baseUrl of ['https://kepu.yiyang.example.cn', 'http://127.0.0.1:8080', 'https://www.example.cn/kepu'])
      expect(issues(siteSchema, { ...site, baseUrl }), baseUrl).toEqual([]);
  });
});
