// What the local CMS API may touch: exactly the folders and files the CMS configuration (cms/)
// names, each with the file types Decap writes there. tests/unit/cms/cmsStorage.test.ts checks this
// list against the configuration, so a new collection or upload folder cannot be forgotten here.
// Everything else in the checkout (.git/, scripts/, package.json, astro.config.mjs …) is refused:
// those files run code on the next build.
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
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

/** One path segment as the CMS may create it: lowercase ASCII, digits, `.`, `_`, `-`, not starting with `.` or `-`. */
const SEGMENT = /^[a-z0-9_][a-z0-9._-]*$/;

/**
 * The rule for every path a write creates (entries, media, a rename's target): each segment
 * lowercase `[a-z0-9._-]`, none hidden, none `..`, and the file type one its folder takes. Decap
 * names files after the 网址名 (ASCII by construction) and uploads are renamed in the browser; a
 * request that does otherwise does not come from the CMS.
 * @param {unknown} path
 * @returns {string | undefined} why the path may not be written, or undefined
 */
export function writePathProblem(path) {
  if (typeof path !== 'string') return '路径不是文本';
  const bad = path.split('/').find((segment) => !SEGMENT.test(segment) || segment === '..');
  if (bad !== undefined)
    return `“${bad.slice(0, 60)}”不符合文件名规则（只能用小写字母、数字、点、下划线和连字符，且不以点或连字符开头）`;
  if (allowedCmsPath(path, 'file') !== path) return '不在内容目录或上传目录中，或文件类型不对';
  return undefined;
}

/**
 * A rename (persistEntry's newPath) renames one file inside its own folder. decap-server's move
 * renames every file of the source folder into the target's folder, so a target in another folder
 * moves them all; the source must be an existing file, not a folder or a link, and the target must
 * not be another existing entry.
 * @param {string} repo absolute repository folder
 * @param {string} path the entry's current path
 * @param {string} newPath its new path
 * @returns {Promise<string | undefined>} why the rename is refused, or undefined
 */
export async function renameProblem(repo, path, newPath) {
  if (posix.dirname(path) !== posix.dirname(newPath)) return `不能把 ${path} 移到另一个目录（${newPath}）`;
  const stat = await lstat(resolve(repo, path)).catch(() => undefined);
  if (!stat?.isFile()) return `${path} 不是已有的内容文件，不能改名`;
  if (newPath !== path && (await lstat(resolve(repo, newPath)).catch(() => undefined)))
    return `${newPath} 已存在，改名会覆盖它`;
  return undefined;
}

/**
 * Whether a listed file lies inside the CMS storage with no symbolic link on its way: decap-server's
 * listings (entriesByFolder, getMedia) follow links, which would hand out files from anywhere.
 * @param {string} repo absolute repository folder
 * @param {unknown} path repository-relative path of a listed file
 */
export async function listedFileInside(repo, path) {
  const normal = allowedCmsPath(path, 'file');
  if (normal === undefined) return false;
  const root = await realpath(repo);
  const real = await realpath(join(root, normal)).catch(() => undefined);
  return real === join(root, normal) && (await lstat(real))?.isFile() === true;
}

/**
 * getMedia's answer, as decap-server gives it (id, base64 content, path, name), for the regular
 * files directly in `folder`: decap-server's own listing follows links (and a link to a folder
 * makes the whole media library fail), so links and folders are skipped here.
 * @param {string} repo absolute repository folder
 * @param {string} folder repository-relative media folder, already allowed
 */
export async function mediaListing(repo, folder) {
  const root = await realpath(repo);
  const dir = join(root, folder);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files = entries.filter((d) => d.isFile()).map((d) => d.name);
  return Promise.all(
    files.sort().map(async (name) => {
      const content = await readFile(join(dir, name));
      return {
        id: createHash('sha256').update(content).digest('hex'),
        content: content.toString('base64'),
        encoding: 'base64',
        path: `${folder}/${name}`,
        name,
      };
    }),
  );
}
