// The values each search filter takes, with how many pages have them, gathered while indexing and
// written next to the index as one small JSON file. The search form fills its 专题/发文机关/年份/状态
// options from it: Pagefind's own filter listing would download every filter chunk, and those list
// every record carrying each value, so they grow with the site (≈60 KB at 2,000 pages).

/** File name inside the Pagefind output folder (served as /pagefind/filter-values.json). */
export const FILTER_VALUES_FILE = 'filter-values.json';

/** Filter name → value → number of pages with that value. */
export type FilterValues = Record<string, Record<string, number>>;

/** Count one page's filter values into `acc` (a page counts once per value). */
export function addFilterValues(acc: FilterValues, filters: Readonly<Record<string, readonly string[]>>): FilterValues {
  for (const [name, values] of Object.entries(filters)) {
    const counts = acc[name] ?? {};
    acc[name] = counts;
    for (const value of new Set(values)) counts[value] = (counts[value] ?? 0) + 1;
  }
  return acc;
}

/** The same values with names and values in a stable order, so the file only changes with the content. */
export function sortedFilterValues(acc: FilterValues): FilterValues {
  const out: FilterValues = {};
  for (const name of Object.keys(acc).sort()) {
    out[name] = Object.fromEntries(Object.entries(acc[name]!).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  return out;
}
