// Content collections: the single source of truth for every content type.
// Each collection's schema lives in its own documented module in src/schemas/, so the CMS
// config (cms/) and unit tests can import the same schema the build validates against.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { eventSchema } from './schemas/event';

export const collections = {
  // policies, topics, articles, events, interpretations: one entry each, added by their issues.
  events: defineCollection({ loader: glob({ pattern: '**/*.md', base: './src/content/events' }), schema: eventSchema }),
};
