// Content collections: the single source of truth for every content type.
// Each collection's schema lives in its own documented module in src/schemas/, so the CMS
// config (cms/) and unit tests can import the same schema the build validates against.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { policySchema } from './schemas/policy';
import { eventSchema } from './schemas/event';
import { topicSchema } from './schemas/topic';
import { articleSchema } from './schemas/article';
import { interpretationSchema } from './schemas/interpretation';
import { sitePageSchema } from './schemas/sitePage';

export const collections = {
  policies: defineCollection({ loader: glob({ pattern: '*.md', base: './src/content/policies' }), schema: policySchema }),
  events: defineCollection({ loader: glob({ pattern: '**/*.md', base: './src/content/events' }), schema: eventSchema }),
  topics: defineCollection({ loader: glob({ pattern: '**/*.md', base: './src/content/topics' }), schema: ({ image }) => topicSchema({ image }) }),
  articles: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/articles' }), schema: ({ image }) => articleSchema({ image, reference }) }),
  interpretations: defineCollection({ loader: glob({ pattern: '**/*.md', base: './src/content/interpretations' }), schema: interpretationSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.md', base: './src/content/pages' }), schema: sitePageSchema }),
};
