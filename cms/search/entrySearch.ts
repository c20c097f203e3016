// Finding entries by any piece of their text, for the CMS's search box: a term of two Chinese
// characters (中暑, 厨余) or a 文号 prefix (穗科协) is a plain substring of the title, 文号, summary or
// body. Decap's own search scores fuzzy matches and drops those scoring 5 or less, which every
// two-character term does, and it only reads the title and summary fields.
//
// Matching ignores case, width (ＡＢ = ab), white space and the bracket style of a 文号
// (〔2024〕 = [2024] = （2024）), so an editor need not type the text exactly as printed.

/** An entry as Decap lists it: its collection, file name and parsed data (the body under `body`). */
export interface SearchableEntry {
  collection: string;
  slug: string;
  data: Record<string, unknown> | null | undefined;
}

/** Field weights: a hit in the title outranks one in the 文号, summary, then anywhere else. */
const WEIGHTS: Record<string, number> = {
  title: 8,
  name: 8,
  docNumber: 6,
  docNumberAsPrinted: 6,
  summary: 4,
  description: 4,
};

const BRACKETS = /[〔［【(（[]/gu;
const CLOSING = /[〕］】)）\]]/gu;

/** The form both the text and the term are compared in. */
export function searchForm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '').replace(BRACKETS, '[').replace(CLOSING, ']');
}

/** Every string in a value (nested lists and groups included), so list items and 编者补充 are found too. */
function strings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** How well an entry matches the term in search form: 0 when it does not contain it. */
export function entryScore(data: SearchableEntry['data'], needle: string): number {
  if (!data || needle === '') return 0;
  let score = 0;
  for (const [key, value] of Object.entries(data)) {
    const hit = strings(value, []).some((s) => searchForm(s).includes(needle));
    if (hit) score += WEIGHTS[key] ?? 1;
  }
  return score;
}

/**
 * The entries containing the term, best first (title hits, then 文号, summary, other fields);
 * entries of equal score keep their order. An empty term finds nothing.
 */
export function searchEntries<T extends SearchableEntry>(entries: readonly T[], term: string): T[] {
  const needle = searchForm(term);
  if (needle === '') return [];
  return entries
    .map((entry, index) => ({ entry, index, score: entryScore(entry.data, needle) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((hit) => hit.entry);
}
