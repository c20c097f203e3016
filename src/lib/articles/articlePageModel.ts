/**
 * The model of an article's page (/articles/<slug>/): the article with its topics, the related
 * articles' cards, and the cited policy documents with their clause labels (相关政策条款). Its
 * hash is the page's incremental-build key (src/lib/build/pageModelKey.ts).
 */
import type { PolicyClauseIndex } from '../policies/clauseRefs';
import type { RevisionHistory } from '../site/revisions';
import type { Catalog, CatalogArticle } from './articleCatalog';

export interface ArticlePageModel {
  article: CatalogArticle;
  /** Related articles, best first. */
  related: CatalogArticle[];
  /** The documents the article cites, each with its title and clause labels. */
  policies: PolicyClauseIndex;
  /** 修订记录: the article file's history (src/lib/site/revisions.ts). */
  history: RevisionHistory;
}

export function articlePageModel(
  article: CatalogArticle,
  catalog: Catalog,
  history: RevisionHistory,
): ArticlePageModel {
  const cited = new Set((article.data.relatedClauses ?? []).map((ref) => ref.document));
  return {
    article,
    related: article.related.map((s) => catalog.articleBySlug.get(s)).filter((a) => a !== undefined),
    policies: new Map([...catalog.policies].filter(([slug]) => cited.has(slug))),
    history,
  };
}
