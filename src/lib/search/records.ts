// Turns one content page into Pagefind custom records: one per section (see sections.ts),
// long sections cut into parts. Page-level facts (title, 文号, filters) travel with every record;
// the `页面` filter lets the search page group section hits by page without downloading them.
import type { Section } from './sections.ts';
import { chunkLines } from './sections.ts';
import { docNumberKey } from './docNumberQuery.ts';

/** Mirrors pagefind's CustomRecord (kept here so this module stays free of the pagefind package). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export interface PageForIndex {
  /** Root-relative URL of the page, e.g. /policies/yiyang-2023/ */
  url: string;
  /** Pagefind language code, e.g. zh-cn */
  language: string;
  title: string;
  /** data-pagefind-filter values found on the page. */
  filters: Record<string, string[]>;
  /** data-pagefind-meta values found on the page (文号, date, 类型 …). */
  meta: Record<string, string>;
  /** data-pagefind-sort values. */
  sort: Record<string, string>;
  sections: Section[];
}

/** Filter used to group section records by page; not shown to readers. */
export const PAGE_FILTER = '页面';
/** Filter holding the canonical key of the page's own 文号, for exact 文号 lookups. */
export const DOC_NUMBER_FILTER = '文号键';
/** Longest text (characters) one record carries. */
export const MAX_RECORD_CHARS = 1000;

export function pageRecords(page: PageForIndex): SearchRecord[] {
  const filters: Record<string, string[]> = { ...page.filters, [PAGE_FILTER]: [page.url] };
  const ownNumber = page.meta['文号'];
  const key = ownNumber ? docNumberKey(ownNumber) : null;
  if (key) filters[DOC_NUMBER_FILTER] = [key];
  const records: SearchRecord[] = [];
  for (const section of page.sections) {
    const parts = chunkLines(section.text, MAX_RECORD_CHARS);
    parts.forEach((content, i) => {
      const link = section.anchor ? `${page.url}#${section.anchor}` : page.url;
      records.push({
        // Record URLs must be unique (Pagefind merges duplicates); readers get meta.link.
        url: i === 0 ? link : `${link}~${i + 1}`,
        content,
        language: page.language,
        meta: {
          ...page.meta,
          title: page.title,
          page: page.url,
          link,
          ...(section.heading ? { section: section.heading } : {}),
        },
        filters,
        sort: page.sort,
      });
    });
  }
  return records;
}
