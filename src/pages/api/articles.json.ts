import type { APIRoute } from 'astro';
import { getFeedArticles } from '../../lib/articleFeedData';
import { buildJsonFeed } from '../../lib/feeds';
import { site } from '../../config/site';

/** JSON Feed 1.1 of every 科普 article, for the 智慧社区 platform and other aggregators. */
export const GET: APIRoute = async () => {
  const articles = [...(await getFeedArticles()).values()];
  const feed = buildJsonFeed(
    {
      title: `${site.name} - 科普文章`,
      description: site.description,
      homePath: '/',
      feedPath: '/api/articles.json',
      language: 'zh-CN',
      authorName: site.organization,
      iconPath: '/favicon.svg',
    },
    articles,
  );
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
