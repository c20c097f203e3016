/** The fixed site pages (关于我们 …) in footer order, and the site model built from them; read once per build. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../../config/site';
import { siteModelOf, type SiteModel } from './siteModel';

let cached: Promise<CollectionEntry<'pages'>[]> | undefined;

export function loadSitePages(): Promise<CollectionEntry<'pages'>[]> {
  cached ??= getCollection('pages').then((pages) =>
    pages.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
  );
  return cached;
}

let model: Promise<SiteModel> | undefined;

/** This build's site model (src/lib/site/siteModel.ts), built once. */
export function loadSiteModel(): Promise<SiteModel> {
  model ??= loadSitePages().then((pages) => siteModelOf(site, pages));
  return model;
}
