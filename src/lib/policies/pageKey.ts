/**
 * Incremental-build keys of the per-document policy pages (/policies/<slug>/ and
 * /policies/lineage/<slug>/): the document itself plus the cross-document facts those pages show —
 * its citation edges both ways with the nodes at their ends, its 政策解读, its revision history.
 * See src/lib/build/cacheKey.ts.
 */
import type { CollectionEntry } from 'astro:content';
import { cacheKey, entryKey } from '../build/cacheKey';
import type { Intel } from './intel/intel';

export function policyPageKey(
  slug: string,
  intel: Intel,
  interpretations: ReadonlyMap<string, readonly CollectionEntry<'interpretations'>[]>,
): string {
  const { lineage } = intel;
  const entry = intel.byId.get(slug);
  const up = lineage.up(slug);
  const down = lineage.down(slug);
  const nodes = [slug, ...up.map((e) => e.to), ...down.map((e) => e.from)].map((k) => lineage.nodes.get(k) ?? null);
  return cacheKey(
    entry ? entryKey(entry) : slug,
    up,
    down,
    nodes,
    (interpretations.get(slug) ?? []).map(entryKey),
    intel.revisions.get(slug) ?? null,
  );
}
