/**
 * The incremental build's caches are checked before they are used: after every complete build the
 * SHA-256 of each cached file (Astro's manifest and page copies, the search records and index
 * parts) is written to a seal file; the next build compares the caches with it. A file changed,
 * missing or added since, or no seal at all (the last build was interrupted, or the cache came from
 * elsewhere), means the cache cannot be trusted: the build clears it and renders everything, saying
 * why, instead of copying a damaged page into the site.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** The seal file, inside the cache folder it describes. */
export const SEAL_FILE = 'incremental-seal.json';
const SEAL_FORMAT = 1;

interface Seal {
  format: number;
  files: Record<string, string>;
}

/** The files under `path`: the path itself when it is a file. */
async function listFiles(path: string): Promise<string[]> {
  if (!existsSync(path)) return [];
  if (!(await stat(path)).isDirectory()) return [path];
  const found = await readdir(path, { recursive: true, withFileTypes: true });
  return found.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Every cached file under `root` (paths relative to it) with its SHA-256. */
async function digests(root: string, parts: readonly string[]): Promise<Map<string, string>> {
  const files = (await Promise.all(parts.map((p) => listFiles(join(root, p))))).flat();
  const out = new Map<string, string>();
  for (const file of files) {
    out.set(
      relative(root, file).split(sep).join('/'),
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
    );
  }
  return out;
}

/** True when there is any cache to check (a first build has none). */
export function hasCache(root: string, parts: readonly string[]): boolean {
  return parts.some((p) => existsSync(join(root, p)));
}

/**
 * Why the caches under `root` (the folders and files `parts` names) cannot be trusted, in Chinese,
 * or null when they are exactly as the last complete build left them.
 */
export async function cacheProblem(root: string, parts: readonly string[]): Promise<string | null> {
  let seal: Seal;
  try {
    seal = JSON.parse(await readFile(join(root, SEAL_FILE), 'utf8')) as Seal;
  } catch {
    return '缓存没有完整构建留下的校验记录（上次构建可能中断）';
  }
  if (seal.format !== SEAL_FORMAT || typeof seal.files !== 'object' || seal.files === null) {
    return '缓存的校验记录格式不对';
  }
  const now = await digests(root, parts);
  for (const [file, hash] of Object.entries(seal.files)) {
    const found = now.get(file);
    if (found === undefined) return `缓存文件 ${file} 不见了`;
    if (found !== hash) return `缓存文件 ${file} 与上次构建写入的内容不一致`;
  }
  for (const file of now.keys()) {
    if (!(file in seal.files)) return `缓存中多出上次构建没有写入的文件 ${file}`;
  }
  return null;
}

/** Removes the seal: called before a build changes the caches, so an interrupted build leaves none. */
export async function breakSeal(root: string): Promise<void> {
  await rm(join(root, SEAL_FILE), { force: true });
}

/** Records the caches as a complete build left them. */
export async function sealCache(root: string, parts: readonly string[]): Promise<void> {
  const seal: Seal = { format: SEAL_FORMAT, files: Object.fromEntries(await digests(root, parts)) };
  await writeFile(join(root, SEAL_FILE), JSON.stringify(seal));
}

/** Clears the caches `parts` names, for a build from scratch. */
export async function clearCache(root: string, parts: readonly string[]): Promise<void> {
  for (const p of parts) await rm(join(root, p), { recursive: true, force: true });
  await breakSeal(root);
}
