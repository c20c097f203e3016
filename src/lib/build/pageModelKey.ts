/**
 * The incremental-build key of a page: the hash of its page model and of the site model its
 * header and footer show (src/lib/site/siteModel.ts). No page lists its inputs by hand: what the
 * page renders is what it is keyed by.
 */
import { loadSiteModel } from '../site/sitePages';
import { cacheKey } from './cacheKey';

/** A page's key from its model: call in getStaticPaths, pass the same model as the page's props. */
export async function pageModelKeyer(): Promise<(model: unknown) => string> {
  const site = await loadSiteModel();
  return (model) => cacheKey(site, model);
}
