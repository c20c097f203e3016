import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type TopicEntry } from '../../../lib/articles/articleCatalog';
import { getFeedArticles } from '../../../lib/articles/articleFeedData';
import { buildRssItems } from '../../../lib/articles/feeds';
import { site } from '../../../config/site';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.topics.map((topic) => ({ params: { slug: topic.id }, props: { topic } }));
}) satisfies GetStaticPaths;

/** One 专题's articles as RSS 2.0. */
export const GET: APIRoute = async ({ props }) => {
  const { topic } = props as { topic: TopicEntry };
  const [catalog, feedArticles] = await Promise.all([getCatalog(), getFeedArticles()]);
  const items = (catalog.articlesByTopic.get(topic.id) ?? []).map((a) => feedArticles.get(a.slug)!);
  return rss({
    title: `${topic.data.name} - ${site.name}`,
    description: topic.data.description,
    site: site.baseUrl,
    items: buildRssItems(items),
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
  });
};
