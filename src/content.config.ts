// Content collections: the single source of truth for every content type.
// Each collection's schema lives in its own documented module in src/schemas/, so the CMS
// config (cms/) and unit tests can import the same schema the build validates against.
// KEPU_CONTENT_DIR points the build at another content folder (test fixture sites).
import { defineCollection, reference } from 'astro:content';
import { checkedGlob } from './lib/content/checkedGlob';
import { policySchema } from './schemas/policy';
import { eventSchema } from './schemas/event';
import { topicSchema } from './schemas/topic';
import { articleSchema } from './schemas/article';
import { interpretationSchema } from './schemas/interpretation';
import { CONTENT_DIR } from './lib/contentPaths';
import { applyExamplesMode } from './lib/exampleFilter';
import { sitePageSchema } from './schemas/sitePage';

// SITE_EXAMPLES=hide keeps every `example: true` entry out of the collections (see exampleFilter.ts).
export const collections = {
  policies: defineCollection({ loader: applyExamplesMode(checkedGlob({ pattern: '*.md', base: `./${CONTENT_DIR}/policies` })), schema: policySchema }),
  events: defineCollection({ loader: applyExamplesMode(checkedGlob({ pattern: '**/*.md', base: `./${CONTENT_DIR}/events` })), schema: eventSchema }),
  topics: defineCollection({ loader: applyExamplesMode(checkedGlob({ pattern: '**/*.md', base: `./${CONTENT_DIR}/topics` })), schema: ({ image }) => topicSchema({ image }) }),
  articles: defineCollection({ loader: applyExamplesMode(checkedGlob({ pattern: '**/*.{md,mdx}', base: `./${CONTENT_DIR}/articles` })), schema: ({ image }) => articleSchema({ image, reference }) }),
  interpretations: defineCollection({ loader: applyExamplesMode(checkedGlob({ pattern: '**/*.md', base: `./${CONTENT_DIR}/interpretations` })), schema: interpretationSchema }),
  pages: defineCollection({ loader: applyExamplesMode(checkedGlob({ pattern: '*.md', base: `./${CONTENT_DIR}/pages` })), schema: sitePageSchema }),
};
