import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getFeedArticles } from '../lib/articles/articleFeedData';
import { buildRssItems } from '../lib/articles/feeds';
import { site } from '../config/site';

/** Every 科普 article as RSS 2.0. */
export const GET: APIRoute = async () => {
  const articles = [...(await getFeedArticles()).values()];
  return rss({
    title: `${site.name} - 科普文章`,
    description: site.description,
    site: site.baseUrl,
    items: buildRssItems(articles),
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
  });
};
