// When a typed 文号 is on no page, the documents whose own 文号 is closest to it: same 机关代字
// and year (a mistyped serial), same 机关代字 (a wrong year), or same year and serial (a
// mistyped 代字). The list of documents with a 文号 is written beside the index while indexing
// (a few dozen bytes per document) and is fetched only for such a query.
import { parseDocNumber } from './docNumberQuery.ts';

/** File name inside the Pagefind output folder (served as /pagefind/doc-numbers.json). */
export const DOC_NUMBERS_FILE = 'doc-numbers.json';

export interface DocNumberEntry {
  /** 文号 as the document shows it. */
  n: string;
  url: string;
  title: string;
}

/** How alike two 文号 are (0 = unrelated); null when `typed` is not a 文号. */
export function docNumberSimilarity(typed: string, other: string): number | null {
  const a = parseDocNumber(typed);
  if (!a) return null;
  const b = parseDocNumber(other);
  if (!b || a.normalized === b.normalized) return 0;
  const sameCode = a.code === b.code;
  const sameYear = a.year === b.year;
  const sameSerial = a.serial !== null && a.serial === b.serial;
  if (sameCode && sameYear) return 3;
  if (sameCode) return 2;
  if (sameYear && sameSerial) return 1;
  return 0;
}

/** Up to `max` documents whose 文号 is like the typed one, closest first, then newest year. */
export function similarDocNumbers(typed: string, entries: readonly DocNumberEntry[], max = 5): DocNumberEntry[] {
  return entries
    .map((e) => ({ e, s: docNumberSimilarity(typed, e.n) ?? 0, y: parseDocNumber(e.n)?.year ?? 0 }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || b.y - a.y || a.e.n.localeCompare(b.e.n))
    .slice(0, max)
    .map((x) => x.e);
}
