/**
 * Pure feed building: plain article data in, RSS items and a JSON Feed 1.1 document out.
 * Pages load the collections and call these; no Astro imports here, so it is unit-tested directly.
 */
import { absoluteUrl } from '../site/url';
import { isoDateTime } from '../site/dates';
import { escapeHtml } from '../policies/bodyFormat';

/** What a feed needs to know about one article (already validated and resolved). */
export interface FeedArticle {
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  updatedAt?: Date | undefined;
  author: string;
  /** Topic display names, main topic first. */
  topicNames: readonly string[];
  tags: readonly string[];
  /** Root-relative or absolute URL of a raster cover (webp/png), if any. */
  imageUrl?: string | undefined;
  /** Rendered HTML of the body, for JSON Feed content_html. */
  contentHtml?: string | undefined;
  example: boolean;
}

/** One @astrojs/rss item. */
export interface RssItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  author?: string;
  categories: string[];
}

/** The public URL of an article. */
export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}

/** Newest first; ties broken by slug so the order is stable between builds. */
export function sortNewestFirst<T extends { publishedAt: Date; slug: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || a.slug.localeCompare(b.slug));
}

/** Demonstration content says so in feeds too, so a reader on another platform is not misled. */
function titleWithLabel(a: FeedArticle): string {
  return a.example ? `【示例】${a.title}` : a.title;
}

/**
 * Items in an RSS feed: the newest ones. Feed readers poll for what is new; the archive is on the
 * site. Without a cap the feed grows with every article ever published (339 KB at 500 articles).
 */
export const RSS_ITEM_LIMIT = 50;
/** Items per JSON Feed page; older items are reached through `next_url` (JSON Feed 1.1 pagination). */
export const JSON_FEED_PAGE_SIZE = 20;

/** RSS items, newest first, with absolute links; at most `limit`. */
export function buildRssItems(articles: readonly FeedArticle[], base?: string, limit = RSS_ITEM_LIMIT): RssItem[] {
  return sortNewestFirst(articles)
    .slice(0, limit)
    .map((a) => ({
      title: titleWithLabel(a),
      link: absoluteUrl(articlePath(a.slug), base),
      pubDate: a.publishedAt,
      // RSS readers render <description> as HTML: the summary is text, so it is escaped as HTML here
      // and once more as XML when the feed is written (a < the editor typed stays a <).
      description: escapeHtml(a.summary),
      categories: [...a.topicNames, ...a.tags],
    }));
}

/** Feed metadata shared by the JSON Feed builder. */
export interface JsonFeedMeta {
  title: string;
  description: string;
  /** Root-relative path of the HTML page the feed mirrors, e.g. "/". */
  homePath: string;
  /** Root-relative path of the feed itself, e.g. "/api/articles.json". */
  feedPath: string;
  language: string;
  authorName: string;
  iconPath?: string | undefined;
}

/** A JSON Feed 1.1 item (https://www.jsonfeed.org/version/1.1/), plus a `_kepu` extension. */
export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html?: string;
  content_text?: string;
  image?: string;
  date_published: string;
  date_modified?: string;
  authors: { name: string }[];
  tags: string[];
  language: string;
  /** Extension (JSON Feed allows keys starting with _): fields the 智慧社区 platform can filter on. */
  _kepu: { topics: string[]; example: boolean };
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  icon?: string;
  authors: { name: string }[];
  /** The next (older) page of this feed, absent on the last page. */
  next_url?: string;
  items: JsonFeedItem[];
}

/** A JSON Feed 1.1 document, newest first, every URL absolute, dates in RFC 3339 (Beijing time). */
export function buildJsonFeed(meta: JsonFeedMeta, articles: readonly FeedArticle[], base?: string): JsonFeed {
  const feed: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: absoluteUrl(meta.homePath, base),
    feed_url: absoluteUrl(meta.feedPath, base),
    description: meta.description,
    language: meta.language,
    authors: [{ name: meta.authorName }],
    items: sortNewestFirst(articles).map((a) => {
      const url = absoluteUrl(articlePath(a.slug), base);
      const item: JsonFeedItem = {
        id: url,
        url,
        title: titleWithLabel(a),
        summary: a.summary,
        date_published: isoDateTime(a.publishedAt),
        authors: [{ name: a.author }],
        tags: [...a.topicNames, ...a.tags],
        language: meta.language,
        _kepu: { topics: [...a.topicNames], example: a.example },
      };
      if (a.contentHtml) item.content_html = a.contentHtml;
      else item.content_text = a.summary;
      if (a.imageUrl) item.image = absoluteUrl(a.imageUrl, base);
      if (a.updatedAt) item.date_modified = isoDateTime(a.updatedAt);
      return item;
    }),
  };
  if (meta.iconPath) feed.icon = absoluteUrl(meta.iconPath, base);
  return feed;
}

/** Path of page `page` (1-based) of a paginated feed: /api/articles.json, /api/articles/2.json, … */
export function jsonFeedPagePath(feedPath: string, page: number): string {
  if (page <= 1) return feedPath;
  return `${feedPath.replace(/\.json$/, '')}/${page}.json`;
}

/**
 * The JSON Feed split into pages of `pageSize` items, newest first: page 1 lives at `meta.feedPath`
 * and every page but the last names the next in `next_url`, so a consumer reads as far back as it
 * needs and no single file grows with the archive. Always at least one page (possibly empty).
 */
export function buildJsonFeedPages(
  meta: JsonFeedMeta,
  articles: readonly FeedArticle[],
  base?: string,
  pageSize = JSON_FEED_PAGE_SIZE,
): JsonFeed[] {
  const sorted = sortNewestFirst(articles);
  const count = Math.max(1, Math.ceil(sorted.length / pageSize));
  return Array.from({ length: count }, (_, i) => {
    const feed = buildJsonFeed(
      { ...meta, feedPath: jsonFeedPagePath(meta.feedPath, i + 1) },
      sorted.slice(i * pageSize, (i + 1) * pageSize),
      base,
    );
    if (i + 1 < count) feed.next_url = absoluteUrl(jsonFeedPagePath(meta.feedPath, i + 2), base);
    return feed;
  });
}
