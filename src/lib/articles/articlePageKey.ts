/**
 * Incremental-build key of an article page (/articles/<slug>/): the article and its topics, the
 * related articles' cards (each card shows that article and its topics), the labels of the policy
 * clauses it cites. See src/lib/build/cacheKey.ts.
 */
import type { Catalog, CatalogArticle } from './articleCatalog';
import { cacheKey, entryKey } from '../build/cacheKey';

export function articlePageKey(article: CatalogArticle, catalog: Catalog): string {
  const card = (a: CatalogArticle) => [entryKey(a.entry), a.topics.map(entryKey)];
  const clauses = (article.data.relatedClauses ?? []).map((ref) => {
    const doc = catalog.policies.get(ref.document);
    return [ref.document, ref.clause, doc?.title ?? null, doc?.clauses.get(ref.clause) ?? null];
  });
  const related = article.related.map((s) => catalog.articleBySlug.get(s)).map((a) => (a ? card(a) : null));
  return cacheKey(card(article), related, clauses);
}
