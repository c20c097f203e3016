/**
 * `npm run build:incremental`: the build with the previous build's caches kept, for the editor's
 * watch loop and for CI that restores its cache folder. Astro's incremental build
 * (experimental.incrementalBuild, switched on by KEPU_INCREMENTAL_BUILD=1 in astro.config.mjs)
 * renders only pages whose cacheKey or code changed and copies the rest from its cache; the search
 * index is then rebuilt with each unchanged page's records taken from the record cache. The output
 * equals a clean `npm run build` (tests/unit/build/incrementalProperty.test.ts).
 *
 *   node scripts/build/buildIncremental.ts [--out-dir dist] [--force]
 * Use the same --out-dir on every run (e.g. dist-next/, then swap it into place).
 *
 * Caches, in Astro's cache folder (node_modules/.astro/, or its variant: src/lib/build/astroCacheDir.ts):
 * the content store, processed images, incremental-build.json and Astro's copies of the pages in
 * dist/, search-records/ (each page's search records) and search-parts/ (each index part as written:
 * only parts whose records changed are indexed again). --force (Astro's own flag) also clears the
 * content store and renders every page, recording a fresh cache. The first run with an empty cache
 * is a full build.
 *
 * The page copies and search caches are sealed after every complete build and checked before the
 * next (cacheIntegrity.ts): a damaged or half-written cache is cleared, with a message, and the site
 * is built from scratch; it is never copied into the site.
 */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { astroCacheDir } from '../../src/lib/build/astroCacheDir.ts';
import { breakSeal, cacheProblem, clearCache, hasCache, sealCache } from './cacheIntegrity.ts';
import { buildSearchIndex, describeParts } from './searchIndex.ts';

const { values: args } = parseArgs({
  options: { 'out-dir': { type: 'string', default: 'dist' }, force: { type: 'boolean', default: false } },
});
const outDir = resolve(args['out-dir']!);
// astro's package exports do not expose its bin; the project's own install does.
const astroBin = join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const cacheRoot = resolve(astroCacheDir());
/** What the seal covers: the incremental build's manifest and page copies, the search caches. */
const SEALED = ['incremental-build.json', 'dist', 'search-records', 'search-parts'];

let force = args.force;
if (!force && hasCache(cacheRoot, SEALED)) {
  const problem = await cacheProblem(cacheRoot, SEALED);
  if (problem) {
    console.warn(`[build:incremental] 增量构建缓存不可信：${problem}。已清除缓存，这次从头完整构建。`);
    force = true;
  }
}
if (force) {
  await clearCache(cacheRoot, SEALED);
  // Nothing of the previous output is kept either: a from-scratch build starts from an empty folder.
  await rm(outDir, { recursive: true, force: true });
} else {
  await breakSeal(cacheRoot);
}

const started = performance.now();
const astro = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir, ...(force ? ['--force'] : [])], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', KEPU_INCREMENTAL_BUILD: '1' },
});
if (astro.status !== 0) process.exit(astro.status ?? 1);
const astroMs = performance.now() - started;

// The local server's build status reads this line: the pages are done, the index is next.
console.log('[build:incremental] 页面已构建，正在建立搜索索引…');
const indexStarted = performance.now();
try {
  const summary = await buildSearchIndex(outDir, {
    recordCacheDir: join(cacheRoot, 'search-records'),
    partCacheDir: join(cacheRoot, 'search-parts'),
  });
  await sealCache(cacheRoot, SEALED);
  const c = summary.cache!;
  console.log(
    `[build:incremental] Astro ${s(astroMs)}，搜索索引 ${s(performance.now() - indexStarted)}` +
      `（${summary.pages} 页，记录缓存命中 ${c.hits} 页，重新解析 ${c.misses} 页；${describeParts(summary.parts)}），` +
      `共 ${s(performance.now() - started)} → ${outDir}`,
  );
} catch (error) {
  console.error(`[search] 搜索索引构建失败：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
