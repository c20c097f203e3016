// A large search index comes in parts (search/build/indexParts.ts): the main bundle in /pagefind/ and
// the others in /pagefind/parts/<name>/, listed in /pagefind/parts.json. A search page loads the
// engine from the main bundle and merges the other parts into it (Pagefind's mergeIndex): before the
// first lookup, or, for a query of common words, only when the main bundle did not fill the page.
// Where the build wrote a map of which parts hold which keys (partKeys.ts), a query merges only the
// parts that can hold it.
import { wordFrequency, type CommonWords } from './commonWords.ts';
import type { FilterSelection } from './engine.ts';
import type { PreparedQuery } from './query.ts';
import { PartKeys, type PartKeysInfo } from './partKeys.ts';

/** File name inside the main bundle's folder (served as /pagefind/parts.json). */
export const PARTS_FILE = 'parts.json';

/** Folder of the other parts inside the main bundle's folder. */
export const PARTS_DIR = 'parts';

export interface IndexPartsList {
  /** The parts to merge, in search order, as folders relative to the main bundle's folder (parts/articles/). */
  merge: string[];
  /** The map of which parts hold which keys (partKeys.ts); absent for an index in one part. */
  keys?: PartKeysInfo;
}

interface Mergeable {
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

type Load = (url: string) => Promise<Response>;

/** The list beside the main bundle at `bundle` (e.g. /pagefind/); no parts without one. */
async function listParts(bundle: string, load: Load): Promise<IndexPartsList> {
  const response = await load(`${bundle}${PARTS_FILE}`);
  if (response.status === 404) return { merge: [] };
  if (!response.ok) throw new Error(`搜索索引分片列表无法读取：${bundle}${PARTS_FILE}（HTTP ${response.status}）`);
  return (await response.json()) as IndexPartsList;
}

/** The parts of one index not yet merged into an engine, merged on demand and each only once. */
export class IndexParts {
  /** Part numbers merged so far (1 = the first listed part; 0, the main bundle, is the engine itself). */
  private readonly merged = new Set<number>();
  /** Parts listed in all. */
  readonly total: number;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly pf: Mergeable;
  private readonly paths: readonly string[];
  private readonly options: Record<string, unknown>;
  private readonly keys: PartKeys | null;

  // Plain fields, not parameter properties: the build's scripts run this file with Node's type stripping.
  private constructor(
    pf: Mergeable,
    paths: readonly string[],
    options: Record<string, unknown>,
    keys: PartKeys | null,
  ) {
    this.pf = pf;
    this.paths = paths;
    this.options = options;
    this.total = paths.length;
    this.keys = keys;
  }

  /** Reads the list beside the main bundle at `bundle`; `options` (baseUrl, mergeFilter …) go with every part. */
  static async open(
    pf: Mergeable,
    bundle: string,
    options: Record<string, unknown> = {},
    load: Load = (url) => fetch(url),
  ): Promise<IndexParts> {
    const list = await listParts(bundle, load);
    const paths = list.merge.map((part) => `${bundle}${part}`);
    const keys = list.keys && paths.length ? new PartKeys(bundle, list.keys, load) : null;
    return new IndexParts(pf, paths, options, keys);
  }

  /** Merges every part not merged yet, in parallel (one round trip for all their entries); false when none was left. */
  mergeAll(): Promise<boolean> {
    return this.enqueue(() => this.merge(this.everyPart()));
  }

  /**
   * Merges the parts not merged yet that can hold a result of `query` (every part when the index has
   * no key map); false when none was left, so every part that can hold a result is in.
   */
  mergeFor(query: PreparedQuery): Promise<boolean> {
    return this.enqueue(async () => {
      // Without the map (or its shard unreadable) every part is merged: more bytes, the same results.
      const holding = await this.holding(query);
      return this.merge(holding ? [...holding] : this.everyPart());
    });
  }

  /** The parts (0 = the main bundle) that can hold a result of `query`; null when the index has no key map or it cannot be read. */
  private holding(query: PreparedQuery): Promise<Set<number> | null> {
    return this.keys ? this.keys.partsFor(query).catch(() => null) : Promise.resolve(null);
  }

  /**
   * Whether `query` looks in the main bundle first and merges the other parts that can hold it only
   * if that did not fill the result page (searchesMainPartFirst says why). With the key map this is
   * known for any query, not only one of common words: when the main bundle can hold a result. A
   * query the main bundle cannot answer merges the parts that can at once, saving a round trip.
   */
  async startsInMainPart(
    query: PreparedQuery,
    common: Readonly<CommonWords> | undefined,
    state: { filters: FilterSelection; sort?: 'relevance' | 'date' },
  ): Promise<boolean> {
    if (!listsByRelevanceAlone(query, state)) return false;
    const holding = this.total > 0 ? await this.holding(query) : null;
    return holding ? holding.has(0) : searchesMainPartFirst(query, common, state);
  }

  /** Numbers of the listed parts (1 … total). */
  private everyPart(): number[] {
    return this.paths.map((_, i) => i + 1);
  }

  private async merge(parts: readonly number[]): Promise<boolean> {
    const rest = parts.filter((n) => n >= 1 && n <= this.paths.length && !this.merged.has(n));
    for (const n of rest) this.merged.add(n);
    await Promise.all(rest.map((n) => this.pf.mergeIndex(this.paths[n - 1]!, this.options)));
    return rest.length > 0;
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
 * Whether a query looks in the main bundle first and merges the other parts only if that did not
 * fill the result page (see SearchOptions.more in engine.ts), rather than merging them first: when
 * every word it looks up is a common word of the index (common-words.json: held by 2 % of the records
 * or more) and no filter, date order or 文号 asks for the complete list first. Each part is a sample
 * of the whole site, so for such words the main bundle alone holds a screenful of results, and the
 * other parts' index chunks are never downloaded; the count says 以上 until they are. This is the
 * rule for an index without a key map (IndexParts.startsInMainPart): rarer words need every part
 * anyway, merged at once to save a round trip.
 */
export function searchesMainPartFirst(
  query: PreparedQuery,
  common: Readonly<CommonWords> | undefined,
  state: { filters: FilterSelection; sort?: 'relevance' | 'date' },
): boolean {
  if (!listsByRelevanceAlone(query, state)) return false;
  const words = query.engineTerm.split(' ').filter(Boolean);
  return words.length > 0 && words.every((w) => wordFrequency(common, w) > 0);
}

/** No filter, date order or 文号: nothing that asks for the complete list before the first screen. */
function listsByRelevanceAlone(
  query: PreparedQuery,
  state: { filters: FilterSelection; sort?: 'relevance' | 'date' },
): boolean {
  return !query.docKey && Object.keys(state.filters).length === 0 && state.sort !== 'date';
}
