// The search index comes in parts (search/build/indexParts.ts): the main bundle in /pagefind/ and the
// others in /pagefind/parts/<name>/, listed in /pagefind/parts.json. A search page loads the engine
// from the main bundle and merges the other parts into it, so one search covers them all.

/** File name inside the main bundle's folder (served as /pagefind/parts.json). */
export const PARTS_FILE = 'parts.json';

/** Folder of the other parts inside the main bundle's folder. */
export const PARTS_DIR = 'parts';

export interface IndexPartsList {
  /** The parts to merge, as folders relative to the main bundle's folder (parts/articles/). */
  merge: string[];
}

interface Mergeable {
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

/**
 * Merges every part listed beside the main bundle at `bundle` (e.g. /pagefind/) into `pf`, with
 * `options` for each (baseUrl, mergeFilter …). A bundle without a parts list is one part. Returns
 * how many parts were merged.
 */
export async function mergeIndexParts(
  pf: Mergeable,
  bundle: string,
  options: Record<string, unknown> = {},
  load: (url: string) => Promise<Response> = (url) => fetch(url),
): Promise<number> {
  const response = await load(`${bundle}${PARTS_FILE}`);
  if (response.status === 404) return 0;
  if (!response.ok) throw new Error(`搜索索引分片列表无法读取：${bundle}${PARTS_FILE}（HTTP ${response.status}）`);
  const list = (await response.json()) as IndexPartsList;
  // In parallel: each part's entry and metadata are one round trip, not one per part in turn.
  await Promise.all(list.merge.map((part) => pf.mergeIndex(`${bundle}${part}`, options)));
  return list.merge.length;
}
