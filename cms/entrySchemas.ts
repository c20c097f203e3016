// The build's collection schemas (src/schemas/collections.ts, the objects content.config.ts uses),
// for the CMS's save check. Astro's `image()` and `reference()` only exist inside a build: an image
// stands in as its path (the CMS's image widget picks an existing file) and a reference as an id
// (the relation widget offers existing entries only).
import { z } from 'astro/zod';
import { collectionSchemas } from '../src/schemas/collections';
import type { CollectionName } from '../src/lib/build/contentPaths';
import { imageStub } from './schemaCheck';

const schemas = collectionSchemas({ image: imageStub, reference: () => z.string() });

/** The schema the build validates a collection's front matter with, or undefined for no such collection. */
export function entrySchema(collection: string): z.ZodType | undefined {
  return Object.hasOwn(schemas, collection) ? schemas[collection as CollectionName] : undefined;
}
