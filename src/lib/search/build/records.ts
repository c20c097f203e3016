// Turns one content page into Pagefind custom records: one per section (see sections.ts),
// long sections cut into parts. Page-level facts (title, 文号, filters) travel with every record;
// the `页面` filter lets the search page group section hits by page without downloading them.
import type { Section } from './sections.ts';
import { chunkLines } from './sections.ts';
import { docNumberKey } from '../query/docNumberQuery.ts';
import { DOC_NUMBER_META, docNumberToken, docNumberTokens, ownDocNumberToken } from '../query/docNumberToken.ts';

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

/** Longest text (characters) one record carries. */
export const MAX_RECORD_CHARS = 1000;

export function pageRecords(page: PageForIndex): SearchRecord[] {
  const filters = page.filters;
  const ownNumber = page.meta.文号;
  const key = ownNumber ? docNumberKey(ownNumber) : null;
  const records: SearchRecord[] = [];
  for (const section of page.sections) {
    const parts = chunkLines(section.text, MAX_RECORD_CHARS);
    parts.forEach((content, i) => {
      const tokens = docNumberTokens(content);
      // The page's own 文号 may be shown outside the text (a metadata table): count it on the first
      // record, with the word that marks the document bearing it.
      if (key && records.length === 0) tokens.unshift(ownDocNumberToken(key), docNumberToken(key));
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
          ...(tokens.length ? { [DOC_NUMBER_META]: [...new Set(tokens)].join(' ') } : {}),
        },
        filters,
        sort: page.sort,
      });
    });
  }
  return records;
}
