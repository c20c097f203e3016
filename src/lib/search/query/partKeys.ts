// Which parts of an index in parts (indexParts.ts) can hold a query, so a rare word or a 文号 merges
// only those parts instead of every one (each merged part costs its metadata, tens of KB, and an
// index chunk per looked-up word). A result must contain every typed term (match.ts), so every
// character pair of each term is in one of its page's records: a part that lacks one of a term's
// pairs holds no result. The build lists, for each character and each pair of adjacent characters
// of the normalized record texts, the parts that have it (search/build/partKeys.ts), in shards by a
// hash of the key; a query downloads the shards of a few of its keys. A 文号 query is looked up by the
// word every record citing that number carries (docNumberToken.ts), the document bearing it included:
// one key, exact, however common the number's characters are.
import type { PreparedQuery } from './query.ts';
import { docNumberToken } from './docNumberToken.ts';
import { fnv1a } from './fnv1a.ts';

/** Folder of the key shards inside the main bundle's folder (served as /pagefind/part-keys/<n>.json). */
export const PART_KEYS_DIR = 'part-keys';

/**
 * Keys per shard, on average: a shard of 1,000 keys is about 7 KB (a pair of Chinese characters is 6
 * bytes), so a query's few shards cost less than one index chunk.
 */
export const KEYS_PER_SHARD = 1000;

/** Keys a query looks up at most: each can cost a shard, and a few already leave only the parts that matter. */
export const MAX_LOOKUP_KEYS = 3;

/** Written in parts.json beside the list of parts. */
export interface PartKeysInfo {
  /** Number of shard files, named 0.json … (shards − 1).json. */
  shards: number;
}

/** A shard file: set of parts (encodeParts) → the keys held by exactly those parts, joined by spaces. */
export type PartKeysShard = Record<string, string>;

/** The shard a key is written to (FNV-1a of its UTF-16 units), the same at build and in the browser. */
export function shardOf(key: string, shards: number): number {
  return fnv1a(key) % shards;
}

/** A set of part numbers (0 = the main bundle) as hex digits, part 4i+j in bit j of digit i. */
export function encodeParts(parts: readonly number[]): string {
  const digits: number[] = [];
  for (const p of parts) {
    const i = p >> 2;
    while (digits.length <= i) digits.push(0);
    digits[i]! |= 1 << (p & 3);
  }
  return digits.map((d) => d.toString(16)).join('');
}

export function decodeParts(mask: string): number[] {
  const parts: number[] = [];
  for (let i = 0; i < mask.length; i++) {
    const d = Number.parseInt(mask[i]!, 16);
    for (let j = 0; j < 4; j++) if (d & (1 << j)) parts.push(4 * i + j);
  }
  return parts;
}

/** A term's keys: its character when it has one, else every pair of adjacent characters, in order. */
export function termKeys(term: string): string[] {
  const chars = [...term];
  if (chars.length === 1) return chars;
  return chars.slice(1).map((c, i) => chars[i]! + c);
}

/** Keys of one term in the order they are looked up: the middle pair first (often across two words, so rare), then the ends. */
function spread(keys: readonly string[]): string[] {
  const mid = Math.floor((keys.length - 1) / 2);
  const order = [mid, 0, keys.length - 1, ...keys.keys()];
  return [...new Set(order.filter((i) => i >= 0 && i < keys.length).map((i) => keys[i]!))];
}

/**
 * The keys a part must all hold to hold a result of `query`: a 文号 query's word (records carry it
 * for each 文号 they cite, and the document bearing the number on its first record), else up to
 * `max` keys, taken in turn from each term (spread).
 */
export function lookupKeys(query: PreparedQuery, max = MAX_LOOKUP_KEYS): string[] {
  if (query.docKey) return [docNumberToken(query.docKey)];
  const perTerm = query.terms.map((t) => spread(termKeys(t)));
  const keys: string[] = [];
  for (let round = 0; keys.length < max && perTerm.some((k) => k.length > round); round++) {
    for (const ofTerm of perTerm) {
      const key = ofTerm[round];
      if (key !== undefined && keys.length < max && !keys.includes(key)) keys.push(key);
    }
  }
  return keys;
}

type Load = (url: string) => Promise<Response>;

/** The key shards of one index, each downloaded once per visit. */
export class PartKeys {
  private readonly shards = new Map<number, Promise<Map<string, number[]>>>();
  private readonly bundle: string;
  private readonly info: PartKeysInfo;
  private readonly load: Load;

  // Plain fields, not parameter properties: the build's scripts run this file with Node's type stripping.
  constructor(bundle: string, info: PartKeysInfo, load: Load = (url) => fetch(url)) {
    this.bundle = bundle;
    this.info = info;
    this.load = load;
  }

  private shard(n: number): Promise<Map<string, number[]>> {
    let entry = this.shards.get(n);
    if (!entry) {
      const url = `${this.bundle}${PART_KEYS_DIR}/${n}.json`;
      entry = this.load(url).then(async (response) => {
        if (!response.ok) throw new Error(`搜索索引分片词表无法读取：${url}（HTTP ${response.status}）`);
        const map = new Map<string, number[]>();
        for (const [mask, keys] of Object.entries((await response.json()) as PartKeysShard)) {
          const parts = decodeParts(mask);
          for (const key of keys.split(' ')) map.set(key, parts);
        }
        return map;
      });
      // A failed download is tried again by the next query.
      entry.catch(() => this.shards.delete(n));
      this.shards.set(n, entry);
    }
    return entry;
  }

  /** The parts holding `key` (none when no part does). */
  async partsWith(key: string): Promise<number[]> {
    return (await this.shard(shardOf(key, this.info.shards))).get(key) ?? [];
  }

  /** The parts that can hold a result of `query`: those holding every key it looks up; null when it gives no key. */
  async partsFor(query: PreparedQuery): Promise<Set<number> | null> {
    const keys = lookupKeys(query);
    if (keys.length === 0) return null;
    const each = await Promise.all(keys.map((key) => this.partsWith(key)));
    let common = new Set(each[0]);
    for (const parts of each.slice(1)) common = new Set(parts.filter((p) => common.has(p)));
    return common;
  }
}
