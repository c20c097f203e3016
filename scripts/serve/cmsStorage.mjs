// What the local CMS API may touch: exactly the folders and files the CMS configuration (cms/)
// names, each with the file types Decap writes there. tests/unit/cms/cmsStorage.test.ts checks this
// list against the configuration, so a new collection or upload folder cannot be forgotten here.
// Everything else in the checkout (.git/, scripts/, package.json, astro.config.mjs …) is refused:
// those files run code on the next build.
import { realpath } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, posix, resolve, sep } from 'node:path';

const IMAGES = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'];

/**
 * Repository-relative folders (entries sit directly in them or below) and single files.
 * @type {{ folders: { path: string, extensions: string[] }[], files: string[] }}
 */
export const CMS_STORAGE = {
  folders: [
    // Folder collections (cms/folderCollection.ts): Markdown only. Never .mdx, which runs code.
    ...['articles', 'topics', 'events', 'policies', 'interpretations'].map((name) => ({
      path: `src/content/${name}`,
      extensions: ['.md'],
    })),
    // media_folder of the whole CMS and of the collections (cms/media.ts).
    { path: 'src/assets/uploads', extensions: IMAGES },
    { path: 'src/assets/articles', extensions: IMAGES },
    { path: 'src/assets/topics', extensions: IMAGES },
    // The article media fields' media_folder (cms/collections/articles.ts).
    { path: 'public/media', extensions: [...IMAGES, '.mp4', '.webm', '.mp3', '.ogg', '.m4a', '.vtt'] },
  ],
  // File collections (cms/collections/siteSettings.ts, cms/collections/pages.ts).
  files: [
    'src/config/site.json',
    'src/content/pages/about.md',
    'src/content/pages/contact.md',
    'src/content/pages/copyright.md',
  ],
};

/**
 * Lexical check of one path as Decap sends it (repository-relative, `/` separators).
 * @param {unknown} path
 * @param {'file' | 'folder'} kind
 * @returns {string | undefined} the normalised path, or undefined when it is not allowed
 */
export function allowedCmsPath(path, kind) {
  if (typeof path !== 'string' || path === '' || /[\0\\]/.test(path) || isAbsolute(path) || posix.isAbsolute(path))
    return undefined;
  const normal = posix.normalize(path).replace(/\/+$/, '');
  if (normal === '..' || normal.startsWith('../')) return undefined;
  if (kind === 'file' && CMS_STORAGE.files.includes(normal)) return normal;
  for (const folder of CMS_STORAGE.folders) {
    if (kind === 'folder' && normal === folder.path) return normal;
    if (!normal.startsWith(`${folder.path}/`)) continue;
    if (kind === 'folder') return normal;
    const name = basename(normal);
    if (name.startsWith('.')) return undefined;
    return folder.extensions.includes(extname(name).toLowerCase()) ? normal : undefined;
  }
  return undefined;
}

/**
 * The same check against the file system: the path, or the longest part of it that exists, must
 * not leave its allowed folder through a symlink.
 * @param {string} repo absolute repository folder
 * @param {string} path a path allowedCmsPath accepted
 */
export async function staysInsideCmsStorage(repo, path) {
  const root = await realpath(repo);
  const allowed = CMS_STORAGE.files.includes(path)
    ? dirname(path)
    : CMS_STORAGE.folders.find((f) => path === f.path || path.startsWith(`${f.path}/`))?.path;
  if (allowed === undefined) return false;
  let existing = resolve(repo, path);
  for (;;) {
    try {
      existing = await realpath(existing);
      break;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') return false;
      const parent = dirname(existing);
      if (parent === existing) return false;
      existing = parent;
    }
  }
  // The allowed folder is taken as written, inside the real repository folder: a folder that is
  // itself a symlink elsewhere is refused too. A folder not created yet leaves an ancestor.
  const allowedPath = join(root, allowed);
  return (
    existing === allowedPath ||
    existing.startsWith(allowedPath + sep) ||
    (allowedPath.startsWith(existing + sep) && existing.startsWith(root))
  );
}
