/** The fixed site pages (关于我们 …) in footer order; read once per build. */
import { getCollection, type CollectionEntry } from 'astro:content';

let cached: Promise<CollectionEntry<'pages'>[]> | undefined;

export function loadSitePages(): Promise<CollectionEntry<'pages'>[]> {
  cached ??= getCollection('pages').then((pages) =>
    pages.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
  );
  return cached;
}
