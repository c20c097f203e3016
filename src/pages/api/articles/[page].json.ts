import type { APIRoute, GetStaticPaths } from 'astro';
import { getJsonFeedPages } from '../../../lib/articles/articleJsonFeed';

/** Older pages of /api/articles.json: /api/articles/2.json, /api/articles/3.json, … */
export const getStaticPaths = (async () => {
  const pages = await getJsonFeedPages();
  return pages.slice(1).map((feed, i) => ({ params: { page: String(i + 2) }, props: { feed } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
