/**
 * Loads topics and articles once per build, checks the cross-document facts Zod cannot
 * (topic references exist, slugs are ASCII, cited policy clauses exist) and precomputes what
 * pages share: topic lists, related articles, reading times. Every page awaits the same promise.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { computeRelated } from './related';
import { readingMinutes } from './readingTime';
import { sortNewestFirst } from './feeds';
import { findBrokenClauseRefs, type PolicyClauseIndex } from '../policies/clauseRefs';
import { loadPolicyClauseIndex } from '../policies/policyClauseIndex';
import { findArticleRefProblems } from '../site/topicRefs';
import { contentFile } from '../build/contentPaths';

export type TopicEntry = CollectionEntry<'topics'>;
export type ArticleEntry = CollectionEntry<'articles'>;

export interface CatalogArticle {
  slug: string;
  entry: ArticleEntry;
  data: ArticleEntry['data'];
  /** Resolved topics, in the order the article lists them (main topic first). */
  topics: TopicEntry[];
  publishedAt: Date;
  readingMinutes: number;
  /** Slugs of related articles, best first. */
  related: string[];
}

export interface Catalog {
  /** Topics by `order`. */
  topics: TopicEntry[];
  topicBySlug: Map<string, TopicEntry>;
  /** All articles, newest first. */
  articles: CatalogArticle[];
  articleBySlug: Map<string, CatalogArticle>;
  /** Topic slug → its articles, newest first. */
  articlesByTopic: Map<string, CatalogArticle[]>;
  /** The policy library's documents and clause labels, for 相关政策条款. */
  policies: PolicyClauseIndex;
}

function fileOf(entry: ArticleEntry): string {
  return entry.filePath ?? contentFile('articles', `${entry.id}.md`);
}

async function load(): Promise<Catalog> {
  const topics = (await getCollection('topics')).sort(
    (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
  const topicBySlug = new Map(topics.map((t) => [t.id, t]));
  const entries = await getCollection('articles');
  const errors = findArticleRefProblems(
    entries.map((e) => ({ file: fileOf(e), slug: e.id, topics: e.data.topics.map((t) => t.id) })),
    new Set(topicBySlug.keys()),
  );
  const raw = entries.map((entry) => ({
    entry,
    resolved: entry.data.topics.map((t) => topicBySlug.get(t.id)).filter((t): t is TopicEntry => t !== undefined),
  }));

  const policies = await loadPolicyClauseIndex();
  errors.push(
    ...findBrokenClauseRefs(
      entries.map((e) => ({ file: fileOf(e), field: 'relatedClauses', refs: e.data.relatedClauses })),
      policies,
    ),
  );
  if (errors.length) throw new Error(`科普文章数据有误，构建已停止：\n${errors.map((e) => `  - ${e}`).join('\n')}`);

  const related = computeRelated(
    raw.map(({ entry }) => ({
      slug: entry.id,
      topics: entry.data.topics.map((t) => t.id),
      tags: entry.data.tags,
      publishedAt: entry.data.publishedAt,
    })),
  );
  const articles = sortNewestFirst(
    raw.map(({ entry, resolved }) => ({
      slug: entry.id,
      entry,
      data: entry.data,
      topics: resolved,
      publishedAt: entry.data.publishedAt,
      readingMinutes: readingMinutes(entry.body ?? ''),
      related: related.get(entry.id) ?? [],
    })),
  );
  const articlesByTopic = new Map(
    topics.map((t) => [t.id, articles.filter((a) => a.topics.some((x) => x.id === t.id))]),
  );
  return {
    topics,
    topicBySlug,
    articles,
    articleBySlug: new Map(articles.map((a) => [a.slug, a])),
    articlesByTopic,
    policies,
  };
}

let cached: Promise<Catalog> | undefined;

/** The one catalog of this build. */
export function getCatalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
}
