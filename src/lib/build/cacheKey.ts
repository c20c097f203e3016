/**
 * Keys for Astro's incremental build (experimental.incrementalBuild, used by `npm run
 * build:incremental`): a page whose key and code are unchanged since the previous build is copied
 * from that build instead of being rendered again. A key must therefore change whenever anything
 * the page shows changes. Pages get that by construction: each keyed route builds one page model
 * (everything the page and its components render) and its key is the hash of that model together
 * with the site model (src/lib/build/pageModelKey.ts). tests/unit/build/incrementalProperty.test.ts
 * proves the result equals a clean build after random edits.
 */
import { createHash } from 'node:crypto';

interface EntryLike {
  id: string;
  collection?: string;
  digest?: string | number;
  data?: unknown;
  body?: string;
}

/** An entry's identity and content hash (Astro's digest of the file; the data and body when there is none). */
export function entryKey(entry: EntryLike): string {
  return `${entry.collection ?? ''}/${entry.id}@${entry.digest ?? hashOf([entry.data, entry.body ?? ''])}`;
}

/** A content-collection entry as Astro gives it: stood for by its key and data, not its body and rendered HTML. */
function isCollectionEntry(v: unknown): v is EntryLike {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return typeof e.id === 'string' && typeof e.collection === 'string' && 'data' in e && e.digest !== undefined;
}

/** JSON that also spells out Maps and Sets (JSON.stringify would write {} for both). */
function json(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v instanceof Map
        ? { map: [...v] }
        : v instanceof Set
          ? { set: [...v] }
          : isCollectionEntry(v)
            ? // The data too: it holds what the file alone does not, such as a resolved image's URL.
              { entry: entryKey(v), data: v.data }
            : v,
    ) ?? 'undefined'
  );
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(json(value)).digest('base64url');
}

/** One key from everything a page is rendered from (its model). */
export function cacheKey(...inputs: unknown[]): string {
  return hashOf(inputs);
}
