import { describe, expect, it } from 'vitest';
import {
  buildJsonFeed,
  buildJsonFeedPages,
  buildRssItems,
  jsonFeedPagePath,
  sortNewestFirst,
  type FeedArticle,
} from '../../../src/lib/articles/feeds';

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
const newer = article({
  slug: 'newer',
  publishedAt: new Date('2023-09-01T00:00:00Z'),
  example: true,
  imageUrl: '/_astro/x.webp',
  updatedAt: new Date('2023-10-01T00:00:00Z'),
});

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
    {
      title: '科普益阳',
      description: '说明',
      homePath: '/',
      feedPath: '/api/articles.json',
      language: 'zh-CN',
      authorName: '科协',
      iconPath: '/favicon.svg',
    },
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

describe('feeds that do not grow with the archive', () => {
  const many = Array.from({ length: 47 }, (_, i) =>
    article({ slug: `a${String(i).padStart(2, '0')}`, publishedAt: new Date(Date.UTC(2020, 0, 1 + i)) }),
  );
  const meta = {
    title: '科普益阳',
    description: '说明',
    homePath: '/',
    feedPath: '/api/articles.json',
    language: 'zh-CN',
    authorName: '科协',
  };

  it('caps RSS at the newest items', () => {
    const items = buildRssItems(many, BASE, 10);
    expect(items).toHaveLength(10);
    expect(items[0]!.link).toBe(`${BASE}/articles/a46/`);
    expect(items[9]!.link).toBe(`${BASE}/articles/a37/`);
  });

  it('splits the JSON Feed into pages chained by next_url, every item exactly once, newest first', () => {
    const pages = buildJsonFeedPages(meta, many, BASE, 20);
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 7]);
    expect(pages.map((p) => p.feed_url)).toEqual([
      `${BASE}/api/articles.json`,
      `${BASE}/api/articles/2.json`,
      `${BASE}/api/articles/3.json`,
    ]);
    expect(pages.map((p) => p.next_url)).toEqual([
      `${BASE}/api/articles/2.json`,
      `${BASE}/api/articles/3.json`,
      undefined,
    ]);
    const ids = pages.flatMap((p) => p.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(47);
    expect(ids[0]).toBe(`${BASE}/articles/a46/`);
    expect(ids[46]).toBe(`${BASE}/articles/a00/`);
  });

  it('gives one page, without next_url, when everything fits (or nothing is published yet)', () => {
    expect(buildJsonFeedPages(meta, many.slice(0, 3), BASE, 20).map((p) => [p.items.length, p.next_url])).toEqual([
      [3, undefined],
    ]);
    expect(buildJsonFeedPages(meta, [], BASE, 20)).toHaveLength(1);
    expect(jsonFeedPagePath('/api/articles.json', 1)).toBe('/api/articles.json');
  });
});
