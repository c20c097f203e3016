/**
 * The site's JSON Feed of articles, all pages, built once per build and shared by the endpoints
 * /api/articles.json (page 1) and /api/articles/<n>.json (older pages).
 */
import { getFeedArticles } from './articleFeedData';
import { buildJsonFeedPages, type JsonFeed } from './feeds';
import { site } from '../../config/site';

let cached: Promise<JsonFeed[]> | undefined;

export function getJsonFeedPages(): Promise<JsonFeed[]> {
  cached ??= getFeedArticles().then((articles) =>
    buildJsonFeedPages(
      {
        title: `${site.name} - 科普文章`,
        description: site.description,
        homePath: '/',
        feedPath: '/api/articles.json',
        language: 'zh-CN',
        authorName: site.organization,
        iconPath: '/favicon.svg',
      },
      [...articles.values()],
    ),
  );
  return cached;
}
