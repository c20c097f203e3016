/**
 * Keys for Astro's incremental build (experimental.incrementalBuild, used by `npm run
 * build:incremental`): a page whose key and code are unchanged since the previous build is copied
 * from that build instead of being rendered again. A key must therefore change whenever anything
 * the page shows changes: its own entry, and every cross-document fact it reads (related articles,
 * citation edges, interpretations …). Pages list those inputs explicitly next to getStaticPaths();
 * tests/unit/build/incrementalBuild.test.ts proves the result equals a clean build.
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

/** JSON that also spells out Maps and Sets (JSON.stringify would write {} for both). */
function json(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v instanceof Map ? { map: [...v] } : v instanceof Set ? { set: [...v] } : v,
    ) ?? 'undefined'
  );
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(json(value)).digest('base64url');
}

/** One key from everything a page is rendered from. */
export function cacheKey(...inputs: unknown[]): string {
  return hashOf(inputs);
}
