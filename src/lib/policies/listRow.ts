/**
 * One document as the library list shows it, already worded: the build renders the list pages from
 * these rows and emits them all as /policies/index.json, from which the browser draws filtered views
 * (across every page) with the same words.
 */
import { formatChineseDate } from '../site/dates';
import { listPageSize } from '../site/pagination';
import { UNKNOWN, filterValues, issuedDateOf, issuerOf, type FilterKey, type PolicyFacts } from './library';

/** Documents per page of /policies/ (and of its filtered views). */
export const POLICY_PAGE_SIZE = listPageSize(20);

export interface PolicyRow {
  slug: string;
  title: string;
  /** 发文机关 as shown: the text's, （编者补充） when added by hand, or 发文机关未注明. */
  issuer: string;
  /** 文号 as shown, null when there is none. */
  docNumber: string | null;
  /** 成文日期 (YYYY-MM-DD) or null, and its Chinese text (日期未注明 when null). */
  date: string | null;
  dateText: string;
  docType: string;
  draft: boolean;
  /** The value for each filter (see filterValues). */
  filters: Record<FilterKey, string>;
}

export function policyRow(p: PolicyFacts): PolicyRow {
  const issuer = issuerOf(p);
  const issued = issuedDateOf(p).value;
  return {
    slug: p.slug,
    title: p.title,
    issuer: issuer.value ? `${issuer.value}${issuer.manual ? '（编者补充）' : ''}` : `发文机关${UNKNOWN}`,
    docNumber: p.docNumber ? `${p.docNumber}${p.docNumberIncomplete ? '（文号未填写完整）' : ''}` : null,
    date: issued,
    dateText: issued ? formatChineseDate(issued) : '日期未注明',
    docType: p.docType,
    draft: p.status === 'draft',
    filters: filterValues(p),
  };
}
