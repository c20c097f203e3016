/** Articles per page on a 专题 page (/topics/<slug>/, /topics/<slug>/2/ …). */
export const TOPIC_PAGE_SIZE = 12;

/** The URL of page `n` of a topic (page 1 has no number). */
export function topicPagePath(slug: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`页码应为正整数：${n}`);
  return n === 1 ? `/topics/${slug}/` : `/topics/${slug}/${n}/`;
}
