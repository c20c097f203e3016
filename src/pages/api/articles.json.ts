import type { APIRoute } from 'astro';
import { getJsonFeedPages } from '../../lib/articles/articleJsonFeed';

/** JSON Feed 1.1 of the newest 科普 articles, for the 智慧社区 platform and other aggregators; older ones via next_url. */
export const GET: APIRoute = async () => {
  const [first] = await getJsonFeedPages();
  return new Response(JSON.stringify(first, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
