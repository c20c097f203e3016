// What the reader typed → what we ask Pagefind and what a result must contain.
import { docNumberKey } from './docNumberQuery.ts';
import { normalizeText } from './normalize.ts';

export interface PreparedQuery {
  /** The query as typed (trimmed, inner whitespace collapsed): shown back to the reader. */
  display: string;
  /** Normalized terms; a page matches when its text contains every one (in any order). */
  terms: string[];
  /** The string handed to Pagefind (canonical 文号 when the query is one). */
  engineTerm: string;
  /** Canonical 文号 when the whole query is a 文号 in any bracket style. */
  docKey: string | null;
}

/** Longest query we accept; longer input is cut (a pasted paragraph is not a query). */
export const MAX_QUERY_LENGTH = 100;

export function prepareQuery(raw: string | null | undefined): PreparedQuery | null {
  const display = (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  // Quotes ask for an exact phrase, which is what every term already means here.
  const unquoted = display.replace(/["“”「」『』]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!unquoted) return null;
  const docKey = docNumberKey(unquoted);
  const source = docKey ?? unquoted;
  const terms = [...new Set(source.split(' ').map(normalizeText).filter(Boolean))];
  if (terms.length === 0) return null;
  return { display, terms, engineTerm: source, docKey };
}
