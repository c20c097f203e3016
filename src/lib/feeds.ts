/**
 * Pure feed building: plain article data in, RSS items and a JSON Feed 1.1 document out.
 * Pages load the collections and call these; no Astro imports here, so it is unit-tested directly.
 */
import { absoluteUrl } from './url';
import { isoDateTime } from './dates';

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

/** RSS items, newest first, with absolute links. */
export function buildRssItems(articles: readonly FeedArticle[], base?: string): RssItem[] {
  return sortNewestFirst(articles).map((a) => ({
    title: titleWithLabel(a),
    link: absoluteUrl(articlePath(a.slug), base),
    pubDate: a.publishedAt,
    description: a.summary,
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
