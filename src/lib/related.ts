/**
 * Related articles, computed once per build for all articles: a shared 专题 weighs more than a
 * shared tag; ties go to the newer article, then to the slug, so the result is stable.
 */
export interface RelatableArticle {
  slug: string;
  topics: readonly string[];
  tags: readonly string[];
  publishedAt: Date;
}

export const TOPIC_WEIGHT = 3;
export const TAG_WEIGHT = 1;

function overlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  return new Set(b.filter((x) => set.has(x))).size;
}

/** slug → up to `limit` related slugs, best first. Articles sharing nothing are never related. */
export function computeRelated(articles: readonly RelatableArticle[], limit = 3): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const a of articles) {
    const scored = articles
      .filter((b) => b.slug !== a.slug)
      .map((b) => ({ b, score: TOPIC_WEIGHT * overlap(a.topics, b.topics) + TAG_WEIGHT * overlap(a.tags, b.tags) }))
      .filter((x) => x.score > 0)
      .sort((x, y) => y.score - x.score || y.b.publishedAt.getTime() - x.b.publishedAt.getTime() || x.b.slug.localeCompare(y.b.slug));
    result.set(a.slug, scored.slice(0, limit).map((x) => x.b.slug));
  }
  return result;
}
