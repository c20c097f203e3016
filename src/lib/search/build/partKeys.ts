// Collects, while the index is cut into parts, which parts hold each key a query can look up (every
// character and pair of adjacent characters of a record's normalized text, and the word of each 文号
// it carries), and writes them as the shards the search page reads (query/partKeys.ts).
import { normalizeText } from '../query/normalize.ts';
import { encodeParts, KEYS_PER_SHARD, shardOf, type PartKeysShard } from '../query/partKeys.ts';

// Keys are numbers while collecting (a Map of millions of short strings would be slow and large): a
// character is its code point, a pair (first + 1) × 0x110000 + second, so both fit a double exactly.
const PLANE = 0x110000;

function keyText(key: number): string {
  if (key < PLANE) return String.fromCodePoint(key);
  const first = Math.floor(key / PLANE) - 1;
  return String.fromCodePoint(first, key % PLANE);
}

export class PartKeyCollector {
  /** Key → the parts holding it, ascending (records are added part by part). */
  private readonly chars = new Map<number, number[]>();
  private readonly words = new Map<string, number[]>();

  private static note<K>(map: Map<K, number[]>, key: K, part: number): void {
    const parts = map.get(key);
    if (!parts) map.set(key, [part]);
    else if (parts[parts.length - 1] !== part) parts.push(part);
  }

  /** Adds a record of part `part` (0 = the main bundle): its text, and its 文号 words (space-separated, docNumberToken.ts). */
  add(part: number, content: string, docNumberWords?: string): void {
    const text = normalizeText(content);
    let previous = -1;
    for (const char of text) {
      const code = char.codePointAt(0)!;
      PartKeyCollector.note(this.chars, code, part);
      if (previous >= 0) PartKeyCollector.note(this.chars, (previous + 1) * PLANE + code, part);
      previous = code;
    }
    for (const word of docNumberWords?.split(' ') ?? []) if (word) PartKeyCollector.note(this.words, word, part);
  }

  /** Number of keys collected. */
  get size(): number {
    return this.chars.size + this.words.size;
  }

  /** The shard files' contents, shard n at index n: about KEYS_PER_SHARD keys each, grouped by the set of parts holding them. */
  shards(): PartKeysShard[] {
    const count = Math.max(1, Math.ceil(this.size / KEYS_PER_SHARD));
    const grouped = Array.from({ length: count }, () => new Map<string, string[]>());
    const put = (key: string, parts: number[]) => {
      const shard = grouped[shardOf(key, count)]!;
      const mask = encodeParts(parts);
      const keys = shard.get(mask);
      if (keys) keys.push(key);
      else shard.set(mask, [key]);
    };
    for (const [key, parts] of this.chars) put(keyText(key), parts);
    for (const [key, parts] of this.words) put(key, parts);
    // Sorted, so the same records always give the same bytes (the incremental build's output equals a clean build's).
    return grouped.map((shard) =>
      Object.fromEntries(
        [...shard.entries()]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([mask, keys]) => [mask, keys.sort().join(' ')]),
      ),
    );
  }
}
