// Content collections: the single source of truth for every content type.
// Each collection's schema lives in its own documented module in src/schemas/ (gathered by name in
// src/schemas/collections.ts), so the CMS and unit tests can use the same schema the build
// validates against; the file patterns are COLLECTION_GLOBS, which the source checks share.
// KEPU_CONTENT_DIR points the build at another content folder (test fixture sites).
import { defineCollection, reference } from 'astro:content';
import { checkedGlob } from './lib/build/checkedGlob';
import { COLLECTION_GLOBS, CONTENT_DIR, type CollectionName } from './lib/build/contentPaths';
import { applyExamplesMode } from './lib/site/exampleFilter';
import { collectionSchemas } from './schemas/collections';

// SITE_EXAMPLES=hide keeps every `example: true` entry out of the collections (see exampleFilter.ts).
const loader = (name: CollectionName) =>
  applyExamplesMode(checkedGlob({ pattern: COLLECTION_GLOBS[name], base: `./${CONTENT_DIR}/${name}` }));

export const collections = {
  policies: defineCollection({
    loader: loader('policies'),
    schema: ({ image }) => collectionSchemas({ image, reference }).policies,
  }),
  events: defineCollection({
    loader: loader('events'),
    schema: ({ image }) => collectionSchemas({ image, reference }).events,
  }),
  topics: defineCollection({
    loader: loader('topics'),
    schema: ({ image }) => collectionSchemas({ image, reference }).topics,
  }),
  articles: defineCollection({
    loader: loader('articles'),
    schema: ({ image }) => collectionSchemas({ image, reference }).articles,
  }),
  interpretations: defineCollection({
    loader: loader('interpretations'),
    schema: ({ image }) => collectionSchemas({ image, reference }).interpretations,
  }),
  pages: defineCollection({
    loader: loader('pages'),
    schema: ({ image }) => collectionSchemas({ image, reference }).pages,
  }),
};
