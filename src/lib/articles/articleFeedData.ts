/**
 * Turns catalog articles into plain FeedArticle records for the feed builders, with a raster
 * cover URL (WebP, 1200 px) from astro:assets. Done once per build and shared by every feed.
 */
import { getImage } from 'astro:assets';
import { getCatalog, type CatalogArticle } from './articleCatalog';
import type { FeedArticle } from './feeds';

/** A 1200 px WebP of the cover, for og:image, JSON-LD and feeds. */
export async function coverImageUrl(a: CatalogArticle): Promise<string> {
  const img = await getImage({ src: a.data.cover, format: 'webp', width: 1200 });
  return img.src;
}

async function toFeedArticle(a: CatalogArticle): Promise<FeedArticle> {
  return {
    slug: a.slug,
    title: a.data.title,
    summary: a.data.summary,
    publishedAt: a.data.publishedAt,
    updatedAt: a.data.updatedAt,
    author: a.data.author,
    topicNames: a.topics.map((t) => t.data.name),
    tags: a.data.tags,
    imageUrl: await coverImageUrl(a),
    contentHtml: a.entry.rendered?.html,
    example: a.data.example,
  };
}

let cached: Promise<Map<string, FeedArticle>> | undefined;

/** slug → FeedArticle for every article. */
export function getFeedArticles(): Promise<Map<string, FeedArticle>> {
  cached ??= getCatalog().then(
    async (c) => new Map(await Promise.all(c.articles.map(async (a) => [a.slug, await toFeedArticle(a)] as const))),
  );
  return cached;
}
