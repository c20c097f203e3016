/**
 * The policy collection, loaded, ordered and cross-linked once per build (module-level cache):
 * every page that needs the list, the filters or the citation graph shares this one computation.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { citationGraph, compareNewestFirst, type CitationLinks, type PolicyFacts } from './library';

export type PolicyEntry = CollectionEntry<'policies'>;

export function factsOf(entry: PolicyEntry): PolicyFacts {
  return { ...entry.data, slug: entry.id };
}

interface Library {
  /** Newest first (undated documents last, see compareNewestFirst). */
  entries: PolicyEntry[];
  graph: Map<string, CitationLinks>;
}

let cached: Promise<Library> | null = null;

export function loadLibrary(): Promise<Library> {
  cached ??= (async () => {
    const all = await getCollection('policies');
    const entries = [...all].sort((a, b) => compareNewestFirst(factsOf(a), factsOf(b)));
    return { entries, graph: citationGraph(entries.map(factsOf)) };
  })();
  return cached;
}
