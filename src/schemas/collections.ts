import type { z } from 'astro/zod';
import type { CollectionName } from '../lib/build/contentPaths';
import { policySchema } from './policy';
import { eventSchema } from './event';
import { topicSchema } from './topic';
import { articleSchema } from './article';
import { interpretationSchema } from './interpretation';
import { sitePageSchema } from './sitePage';

/**
 * The schema of every content collection, by name. content.config.ts passes Astro's `image()` and
 * `reference()`; the CMS's save check (cms/entrySchemas.ts) passes stand-ins, so the build and the
 * CMS validate an entry with the same schema objects.
 */
export function collectionSchemas<I extends z.ZodType, R extends z.ZodType>(helpers: {
  image: () => I;
  reference: (collection: 'topics') => R;
}) {
  return {
    policies: policySchema,
    events: eventSchema,
    topics: topicSchema({ image: helpers.image }),
    articles: articleSchema(helpers),
    interpretations: interpretationSchema,
    pages: sitePageSchema,
  } satisfies Record<CollectionName, z.ZodType>;
}
