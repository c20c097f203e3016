// Where the build reads content and source documents. The site's own content is src/content/ and
// seeds/; the test suite builds a content set it owns (tests/fixtures/) by setting
// KEPU_CONTENT_DIR (and KEPU_SEEDS_DIR), so editors can change src/content/ freely without
// breaking tests. Paths are relative to the project root.
export const CONTENT_DIR = (process.env.KEPU_CONTENT_DIR || 'src/content').replace(/\/+$/, '');
export const SEEDS_DIR = (process.env.KEPU_SEEDS_DIR || 'seeds').replace(/\/+$/, '');

/** Project-relative path of a content file, e.g. contentFile('events', 'x.md') → src/content/events/x.md. */
export function contentFile(collection: string, file: string): string {
  return `${CONTENT_DIR}/${collection}/${file}`;
}

/**
 * The files of each collection folder, as glob patterns inside it: content.config.ts loads these,
 * and the source checks (and the CMS's save check) use the same list, so they judge the same files.
 */
export const COLLECTION_GLOBS = {
  policies: '*.md',
  events: '**/*.md',
  topics: '**/*.md',
  articles: '**/*.{md,mdx}',
  interpretations: '**/*.md',
  pages: '*.md',
} as const;

export type CollectionName = keyof typeof COLLECTION_GLOBS;
