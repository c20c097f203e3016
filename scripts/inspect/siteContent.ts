/**
 * The content the inspection reads, as the build reads it: every entry of every collection under
 * the content folder (KEPU_CONTENT_DIR, else src/content), with its front matter parsed by Astro's
 * own parser. Entries marked `example: true` are left out when SITE_EXAMPLES=hide, as the build
 * leaves them out.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { COLLECTION_GLOBS, type CollectionName } from '../../src/lib/build/contentPaths.ts';

export interface ContentEntry {
  collection: CollectionName;
  /** Project-relative path, e.g. src/content/articles/x.md. */
  file: string;
  /** File name without the extension (the CMS's slug of a folder entry). */
  slug: string;
  text: string;
  data: Record<string, unknown>;
  /** Front matter that could not be read (the build refuses such a file too). */
  error?: string;
}

function walk(dir: string, recursive: boolean): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const name of names.sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (recursive) files.push(...walk(path, true));
    } else if (/\.(?:md|mdx)$/u.test(name)) files.push(path);
  }
  return files;
}

export function loadContent(root: string, contentDir: string, hideExamples: boolean): ContentEntry[] {
  const entries: ContentEntry[] = [];
  for (const [collection, glob] of Object.entries(COLLECTION_GLOBS) as [CollectionName, string][]) {
    const folder = resolve(root, contentDir, collection);
    for (const path of walk(folder, glob.startsWith('**'))) {
      if (collection !== 'articles' && path.endsWith('.mdx')) continue;
      const text = readFileSync(path, 'utf8');
      // Project-relative, as findings name files; a content folder elsewhere keeps its absolute path.
      const inside = relative(root, path);
      const file = inside.startsWith('..') ? path : inside;
      const slug = relative(folder, path).replace(/\.(?:md|mdx)$/u, '');
      let data: Record<string, unknown> = {};
      let error: string | undefined;
      try {
        data = (parseFrontmatter(text).frontmatter ?? {}) as Record<string, unknown>;
      } catch (e) {
        error = (e as Error).message;
      }
      if (hideExamples && data.example === true) continue;
      entries.push({ collection, file, slug, text, data, ...(error ? { error } : {}) });
    }
  }
  return entries;
}

/** A front matter date (YAML Date or written text) as its YYYY-MM-DD day, or null. */
export function dayOf(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/u.test(value.trim())) return value.trim().slice(0, 10);
  return null;
}

/** The newest of some days, or null. */
export function newestDay(days: readonly (string | null)[]): string | null {
  let newest: string | null = null;
  for (const d of days) if (d && (!newest || d > newest)) newest = d;
  return newest;
}
