import { describe, expect, it } from 'vitest';
import { buildJsonFeed, buildRssItems, sortNewestFirst, type FeedArticle } from '../../src/lib/feeds';

const BASE = 'https://kepu.example.cn';

function article(over: Partial<FeedArticle> & { slug: string }): FeedArticle {
  return {
    title: `标题 ${over.slug}`,
    summary: `摘要 ${over.slug}`,
    publishedAt: new Date('2023-05-01T00:00:00Z'),
    author: '编辑部',
    topicNames: ['双碳'],
    tags: ['节能'],
    example: false,
    ...over,
  };
}

const older = article({ slug: 'older', publishedAt: new Date('2023-04-01T00:00:00Z') });
const newer = article({ slug: 'newer', publishedAt: new Date('2023-09-01T00:00:00Z'), example: true, imageUrl: '/_astro/x.webp', updatedAt: new Date('2023-10-01T00:00:00Z') });

describe('RSS items', () => {
  const items = buildRssItems([older, newer], BASE);

  it('lists newest first with absolute article links', () => {
    expect(items.map((i) => i.link)).toEqual([`${BASE}/articles/newer/`, `${BASE}/articles/older/`]);
  });

  it('carries pubDate, description and topic + tag categories', () => {
    expect(items[1]!.pubDate.toISOString()).toBe('2023-04-01T00:00:00.000Z');
    expect(items[1]!.description).toBe('摘要 older');
    expect(items[1]!.categories).toEqual(['双碳', '节能']);
  });

  it('labels demonstration content as 示例 in the title', () => {
    expect(items[0]!.title).toBe('【示例】标题 newer');
    expect(items[1]!.title).toBe('标题 older');
  });

  it('orders same-day articles by slug so builds are stable', () => {
    const a = article({ slug: 'b' });
    const b = article({ slug: 'a' });
    expect(sortNewestFirst([a, b]).map((x) => x.slug)).toEqual(['a', 'b']);
  });
});

describe('JSON Feed 1.1', () => {
  const feed = buildJsonFeed(
    { title: '科普益阳', description: '说明', homePath: '/', feedPath: '/api/articles.json', language: 'zh-CN', authorName: '科协', iconPath: '/favicon.svg' },
    [older, newer],
    BASE,
  );

  it('declares version 1.1 and absolute home, feed and icon URLs', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.home_page_url).toBe(`${BASE}/`);
    expect(feed.feed_url).toBe(`${BASE}/api/articles.json`);
    expect(feed.icon).toBe(`${BASE}/favicon.svg`);
  });

  it('gives every item a unique id, absolute url, RFC 3339 dates and content', () => {
    const [first, second] = feed.items;
    expect(first!.id).toBe(`${BASE}/articles/newer/`);
    expect(first!.url).toBe(first!.id);
    expect(first!.date_published).toBe('2023-09-01T08:00:00+08:00');
    expect(first!.date_modified).toBe('2023-10-01T08:00:00+08:00');
    expect(first!.image).toBe(`${BASE}/_astro/x.webp`);
    expect(second!.date_modified).toBeUndefined();
    expect(second!.content_text).toBe('摘要 older'); // JSON Feed requires content_html or content_text
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(2);
  });

  it('exposes topics and the example flag in the _kepu extension', () => {
    expect(feed.items[0]!._kepu).toEqual({ topics: ['双碳'], example: true });
  });

  it('round-trips through JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(feed))).toEqual(feed);
  });
});
