import { isoDateMinute } from './dates';

/** Inputs for the page-level meta tags Chinese government sites carry. */
export interface GovMetaInput {
  siteName: string;
  siteDomain: string;
  siteIdCode: string;
  columnName: string;
  articleTitle?: string;
  pubDate?: Date | string;
  contentSource?: string;
  description?: string;
  keywords?: readonly string[];
  /** The page's own address; none for a page that has none (the 404 page). */
  url?: string;
}

/**
 * The name/content pairs of the 政府网站 page meta tags (SiteName, SiteDomain, ColumnName,
 * ArticleTitle, PubDate "yyyy-MM-dd HH:mm", ContentSource …). Tags with no value are left out
 * rather than written empty, so a missing fact never looks like a blank one. Description is the
 * page's only description meta: HTML meta names are case-insensitive, so a separate `description`
 * would repeat it.
 */
export function govMetaTags(input: GovMetaInput): Array<{ name: string; content: string }> {
  const tags: Array<[string, string | undefined]> = [
    ['SiteName', input.siteName],
    ['SiteDomain', input.siteDomain],
    ['SiteIDCode', input.siteIdCode || undefined],
    ['ColumnName', input.columnName],
    ['ArticleTitle', input.articleTitle],
    ['PubDate', input.pubDate === undefined ? undefined : isoDateMinute(input.pubDate)],
    ['ContentSource', input.contentSource],
    ['Keywords', input.keywords?.length ? input.keywords.join(',') : undefined],
    ['Description', input.description],
    ['Url', input.url],
  ];
  return tags
    .filter((t): t is [string, string] => typeof t[1] === 'string' && t[1].length > 0)
    .map(([name, content]) => ({ name, content }));
}
