// The search index comes in parts (search/build/indexParts.ts): the main bundle in /pagefind/ and the
// others in /pagefind/parts/<name>/, listed in /pagefind/parts.json. A search page loads the engine
// from the main bundle and merges the other parts into it (Pagefind's mergeIndex), all at once or,
// for a word found in most of a large index, one part at a time until the result page is full.
import { wordFrequency, type CommonWords } from './commonWords.ts';
import type { FilterSelection } from './engine.ts';
import type { PreparedQuery } from './query.ts';

/** File name inside the main bundle's folder (served as /pagefind/parts.json). */
export const PARTS_FILE = 'parts.json';

/** Folder of the other parts inside the main bundle's folder. */
export const PARTS_DIR = 'parts';

export interface IndexPartsList {
  /** The parts to merge, in search order, as folders relative to the main bundle's folder (parts/articles/). */
  merge: string[];
}

interface Mergeable {
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

type Load = (url: string) => Promise<Response>;

/** The parts listed beside the main bundle at `bundle` (e.g. /pagefind/); none without a list. */
async function listParts(bundle: string, load: Load): Promise<string[]> {
  const response = await load(`${bundle}${PARTS_FILE}`);
  if (response.status === 404) return [];
  if (!response.ok) throw new Error(`搜索索引分片列表无法读取：${bundle}${PARTS_FILE}（HTTP ${response.status}）`);
  return ((await response.json()) as IndexPartsList).merge;
}

/** The parts of one index not yet merged into an engine, merged on demand and each only once. */
export class IndexParts {
  private merged = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly pf: Mergeable;
  private readonly paths: readonly string[];
  private readonly options: Record<string, unknown>;

  // Plain fields, not parameter properties: the build's scripts run this file with Node's type stripping.
  private constructor(pf: Mergeable, paths: readonly string[], options: Record<string, unknown>) {
    this.pf = pf;
    this.paths = paths;
    this.options = options;
  }

  /** Reads the list beside the main bundle at `bundle`; `options` (baseUrl, mergeFilter …) go with every part. */
  static async open(
    pf: Mergeable,
    bundle: string,
    options: Record<string, unknown> = {},
    load: Load = (url) => fetch(url),
  ): Promise<IndexParts> {
    const paths = (await listParts(bundle, load)).map((part) => `${bundle}${part}`);
    return new IndexParts(pf, paths, options);
  }

  /** Parts listed in all; parts merged so far. */
  get total(): number {
    return this.paths.length;
  }
  get done(): number {
    return this.merged;
  }

  /** Merges the next part in list order; false when every part is already merged. */
  mergeNext(): Promise<boolean> {
    return this.enqueue(async () => {
      const path = this.paths[this.merged];
      if (path === undefined) return false;
      await this.pf.mergeIndex(path, this.options);
      this.merged++;
      return true;
    });
  }

  /** Merges every part not merged yet, in parallel (one round trip for all their entries). */
  mergeAll(): Promise<void> {
    return this.enqueue(async () => {
      const rest = this.paths.slice(this.merged);
      this.merged = this.paths.length;
      await Promise.all(rest.map((path) => this.pf.mergeIndex(path, this.options)));
    });
  }

  private enqueue<T>(step: () => Promise<T>): Promise<T> {
    const result = this.queue.then(step);
    this.queue = result.catch(() => {});
    return result;
  }
}

/** Merges every part listed beside the main bundle at `bundle` into `pf`; returns how many. */
export async function mergeIndexParts(
  pf: Mergeable,
  bundle: string,
  options: Record<string, unknown> = {},
  load?: Load,
): Promise<number> {
  const parts = await IndexParts.open(pf, bundle, options, load);
  await parts.mergeAll();
  return parts.total;
}

/**
 * Words held by at least this many records are looked up one part at a time: all postings of a
 * word sit in one index chunk per part, ≈ 6 bytes per record holding it, so from here on every
 * part adds a chunk of 30 KB or more, and the first parts already hold a screenful of results.
 */
export const PART_BY_PART_FROM = 5000;

/**
 * Whether a query searches the index part by part (see SearchOptions.more in engine.ts) rather than
 * every part at once: only when every word it looks up is held by PART_BY_PART_FROM records or
 * more, and no filter, date order or 文号 asks for the complete list first. The first screen then
 * shows the best pages of the first parts, and the count says 以上 until every part is searched.
 */
export function searchesPartByPart(
  query: PreparedQuery,
  common: Readonly<CommonWords> | undefined,
  state: { filters: FilterSelection; sort?: 'relevance' | 'date' },
): boolean {
  if (query.docKey || Object.keys(state.filters).length > 0 || state.sort === 'date') return false;
  const words = query.engineTerm.split(' ').filter(Boolean);
  return words.length > 0 && words.every((w) => wordFrequency(common, w) >= PART_BY_PART_FROM);
}
