/**
 * /admin/entries.json: the id and file of every entry, per collection, from the content layer.
 * The CMS refuses a new entry whose 网址名 (or file name) another entry already has
 * (cms/entryCheck.ts), with the build's own duplicate rule (src/lib/build/sourceChecks.ts).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { COLLECTION_GLOBS, CONTENT_DIR, type CollectionName } from '../../lib/build/contentPaths';

/**
 * Per collection: each entry's id, its path inside the collection folder (x.md, 2024/y.md) and its
 * title (a 专题's name), so the CMS names another entry as the editor knows it.
 */
export type EntryCatalog = Partial<Record<CollectionName, { id: string; entry: string; title?: string }[]>>;

function entryTitle(data: unknown): string | undefined {
  const { title, name } = (data ?? {}) as { title?: unknown; name?: unknown };
  return typeof title === 'string' ? title : typeof name === 'string' ? name : undefined;
}

export const GET: APIRoute = async () => {
  const catalog: EntryCatalog = {};
  for (const name of Object.keys(COLLECTION_GLOBS) as CollectionName[]) {
    const folder = `${CONTENT_DIR}/${name}/`;
    catalog[name] = (await getCollection(name)).map((e) => ({
      id: e.id,
      entry: (e.filePath ?? '').replace(/^\.\//u, '').replace(folder, ''),
      title: entryTitle(e.data),
    }));
  }
  return new Response(JSON.stringify(catalog), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
