// Indexes a built dist/ with Pagefind's Node API into dist/pagefind/ (scripts/build/indexSearch.ts runs it
// as the second step of `npm run build`, in its own process: Astro's memory is freed by then, so the
// build's peak is the larger of the two, not their sum). The index is written in parts, each by a
// Pagefind process of its own (src/lib/search/build/indexParts.ts). Chinese needs Pagefind's *extended* binary
// (it segments CJK text into words); we resolve it ourselves and refuse to fall back to the
// plain binary, which would silently index Chinese as one giant token per sentence.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
  addFilterValues,
  FILTER_VALUES_FILE,
  sortedFilterValues,
  type FilterValues,
} from '../../src/lib/search/query/filterValues.ts';
import { DOC_NUMBERS_FILE, type DocNumberEntry } from '../../src/lib/search/query/similarDocNumbers.ts';
import {
  COMMON_WORD_PAGES_FILE,
  COMMON_WORDS_FILE,
  countPagesHolding,
} from '../../src/lib/search/query/commonWords.ts';
import { cutIntoParts, pageFamily } from '../../src/lib/search/build/indexParts.ts';
import { PARTS_DIR, PARTS_FILE, type IndexPartsList } from '../../src/lib/search/query/indexParts.ts';
import { PartKeyCollector } from '../../src/lib/search/build/partKeys.ts';
import { PART_KEYS_DIR, type PartKeysShard } from '../../src/lib/search/query/partKeys.ts';
import { DOC_NUMBER_META } from '../../src/lib/search/query/docNumberToken.ts';
import { readPages, type SearchRecord } from './pageReader.ts';

/** The Pagefind version this indexer was written and measured against (package.json pins it). */
export const PAGEFIND_VERSION = '1.6.0';

/** Path of the extended Pagefind binary for this platform; throws a clear error if it is missing. */
export function resolveExtendedBinary(): string {
  const fromEnv = process.env.PAGEFIND_EXTENDED_BINARY_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PAGEFIND_EXTENDED_BINARY_PATH 指向的文件不存在：${fromEnv}`);
    return fromEnv;
  }
  const require = createRequire(import.meta.url);
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const exe = platform === 'windows' ? 'pagefind_extended.exe' : 'pagefind_extended';
  const pkg = `@pagefind/${platform}-${process.arch}`;
  try {
    return require.resolve(`${pkg}/bin/${exe}`);
  } catch {
    throw new Error(
      `找不到 Pagefind 扩展版（中文分词需要）：${pkg}/bin/${exe}。请运行 npm install（pagefind ${PAGEFIND_VERSION} 会安装对应平台的 ${pkg}）。`,
    );
  }
}

/** Pagefind's own UI bundles (English UI): we ship our own search page instead. */
const UNUSED_BUNDLE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export interface IndexSummary {
  pages: number;
  records: number;
  outputPath: string;
  /** The parts written, main bundle first, with their record counts and whether a cached copy was used. */
  parts: { name: string; records: number; cached: boolean }[];
  /**
   * Milliseconds spent reading and splitting the HTML, handing the records to Pagefind, writing the
   * parts, and listing which parts hold which keys (an index in parts only).
   */
  timings: { readMs: number; addMs: number; writeMs: number; keysMs: number };
  /** The map of which parts hold which keys (partKeys.ts): keys and shard files; absent for an index in one part. */
  keys?: { keys: number; shards: number };
  /** With a record cache: pages whose records came from it (unchanged HTML) and pages parsed anew. */
  cache?: { hits: number; misses: number };
}

export interface IndexOptions {
  /**
   * Folder for a cache of each page's records, keyed by a hash of its path and HTML: an unchanged
   * page is not parsed again. Entries no page used in this run are deleted.
   */
  recordCacheDir?: string;
  /**
   * Folder for a copy of each part as Pagefind wrote it, keyed by a hash of the part's records: a
   * part whose records are unchanged is copied instead of indexed again (Pagefind's output depends
   * only on the records and their order, so the copy is what indexing would write). Entries no part
   * used in this run are deleted.
   */
  partCacheDir?: string;
  /** Records per part (indexParts.ts); smaller values are for tests. */
  maxPartRecords?: number;
}

/** Part of every part's cache key: bump it when what the indexer writes into a part changes. */
const PART_CACHE_FORMAT = '1';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(dir, f).split(/[\\/]/).includes('pagefind'))
    .sort();
}

/** Files of Pagefind's bundle a merged part does not need: the engine comes from the main bundle. */
const ENGINE_FILE = /^(pagefind(-worker)?\.js|wasm\..+\.pagefind)$/;

/**
 * Indexes one part's records with a Pagefind process of its own into `outputPath`, and ends that
 * process: its memory (the bulk of the build's peak) is returned before the next part starts.
 */
async function writePart(
  records: readonly SearchRecord[],
  outputPath: string,
  timings: IndexSummary['timings'],
  label: string,
): Promise<void> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
    // A bounded number of records in flight keeps Node's side of the pipe small.
    const pending: { url: string; added: ReturnType<typeof index.addCustomRecord> }[] = [];
    const settle = async (keep: number) => {
      while (pending.length > keep) {
        const { url, added } = pending.shift()!;
        const result = await added;
        if (result.errors.length) throw new Error(`Pagefind 无法索引 ${url}：${result.errors.join('; ')}`);
      }
    };
    const addStarted = performance.now();
    for (const record of records) {
      const added = index.addCustomRecord(record);
      // Handled when settled below; this only keeps a failure from counting as unhandled meanwhile.
      added.catch(() => {});
      pending.push({ url: record.url, added });
      await settle(64);
    }
    await settle(0);
    timings.addMs += performance.now() - addStarted;
    const writeStarted = performance.now();
    const written = await index.writeFiles({ outputPath });
    timings.writeMs += performance.now() - writeStarted;
    if (written.errors.length) throw new Error(`Pagefind 写入索引分片 ${label} 出错：${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

/** Files linked at once by linkTree. */
const LINK_BATCH = 256;

/**
 * Copies a folder by hard-linking its files (a part holds a file per record: linking tens of
 * thousands of files is quick where copying their bytes is not). Nothing writes into a part's
 * files after Pagefind wrote them: a new index replaces whole folders. Falls back to a copy across
 * file systems. Folders are made first, then the files are linked a batch at a time, so the file
 * system works on many at once.
 */
async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const target = (e: { parentPath: string; name: string }) => join(to, relative(from, join(e.parentPath, e.name)));
  await mkdir(to, { recursive: true });
  for (const dir of entries.filter((e) => e.isDirectory())) await mkdir(target(dir), { recursive: true });
  const files = entries.filter((e) => e.isFile());
  for (let i = 0; i < files.length; i += LINK_BATCH) {
    await Promise.all(
      files.slice(i, i + LINK_BATCH).map(async (file) => {
        const source = join(file.parentPath, file.name);
        await link(source, target(file)).catch(() => copyFile(source, target(file)));
      }),
    );
  }
}

/** A key for a part: its name and every record in order (what Pagefind's output depends on). */
function partKey(name: string, records: readonly SearchRecord[]): string {
  const hash = createHash('sha256').update(`${PART_CACHE_FORMAT}\0${PAGEFIND_VERSION}\0${name}\0`);
  for (const record of records) hash.update(JSON.stringify(record)).update('\0');
  return hash.digest('hex');
}

/**
 * Index the content pages under `distDir` into `distDir/pagefind/`. Only pages with a
 * `data-pagefind-body` element count, and only that element's text: navigation, footers and
 * the CMS never reach the index. Each heading section becomes its own record (records.ts). The
 * records are cut into parts (indexParts.ts): the first is written to `pagefind/` itself, the others
 * to `pagefind/parts/<name>/`, listed in `pagefind/parts.json` for the search page to merge. The
 * filter values, documents' 文号 and common words found are written beside the index for the search
 * page (filterValues.ts, similarDocNumbers.ts, commonWords.ts).
 */
export async function buildSearchIndex(distDir: string, options: IndexOptions = {}): Promise<IndexSummary> {
  const cacheDir = options.recordCacheDir;
  const partCacheDir = options.partCacheDir;
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  if (partCacheDir) await mkdir(partCacheDir, { recursive: true });
  // The Node API spawns `pagefind_extended` when it can resolve it; pinning the env var makes
  // that choice explicit and stops a fallback to the non-extended binary.
  process.env.PAGEFIND_EXTENDED_BINARY_PATH = resolveExtendedBinary();
  let pages = 0;
  let records = 0;
  const timings = { readMs: 0, addMs: 0, writeMs: 0, keysMs: 0 };
  const filterValues: FilterValues = {};
  const docNumbers: DocNumberEntry[] = [];
  const pageList: { url: string; records: SearchRecord[]; family?: string }[] = [];
  const cacheStats = { hits: 0, misses: 0 };
  const readStarted = performance.now();
  const read = await readPages(distDir, await htmlFiles(distDir), cacheDir);
  for (const page of read.pages) {
    if (page.cached) cacheStats.hits++;
    else cacheStats.misses++;
    if (!page.facts) continue;
    pages++;
    records += page.records.length;
    addFilterValues(filterValues, page.facts.filters);
    if (page.facts.docNumber) docNumbers.push(page.facts.docNumber);
    pageList.push({ url: page.url, records: page.records, family: pageFamily(page.records) });
  }
  const used = new Set(read.pages.map((p) => p.cacheKey));
  timings.readMs = performance.now() - readStarted;

  // A site without content pages yet (early in a fork) still gets a valid, empty main bundle.
  const parts = cutIntoParts(pageList, options.maxPartRecords);
  if (parts.length === 0) parts.push({ name: 'all', records: [] });
  const outputPath = join(distDir, 'pagefind');
  await rm(outputPath, { recursive: true, force: true });
  const usedParts = new Set<string>();
  const written: IndexSummary['parts'] = [];
  for (const [i, part] of parts.entries()) {
    // The main bundle first: Pagefind writes a bundle's folder as a whole, the others go inside it.
    const target = i === 0 ? outputPath : join(outputPath, PARTS_DIR, part.name);
    const key = partCacheDir ? partKey(part.name, part.records) : '';
    const cached = partCacheDir ? join(partCacheDir, key) : '';
    if (partCacheDir) usedParts.add(key);
    const hit = partCacheDir ? existsSync(cached) : false;
    if (hit) {
      await linkTree(cached, target);
    } else {
      await writePart(part.records, target, timings, part.name);
      // The site has its own Chinese search page: Pagefind's UI bundles are never loaded, and a
      // merged part uses the main bundle's engine.
      for (const name of await readdir(target)) {
        if (UNUSED_BUNDLE.test(name) || (i > 0 && ENGINE_FILE.test(name))) await rm(join(target, name));
      }
      if (partCacheDir) {
        // Copied under a temporary name and renamed: an interrupted build never leaves half a part.
        const temporary = `${cached}.partial`;
        await rm(temporary, { recursive: true, force: true });
        await linkTree(target, temporary);
        await rename(temporary, cached);
      }
    }
    written.push({ name: part.name, records: part.records.length, cached: hit });
  }
  const keys = parts.length > 1 ? await writePartKeys(parts, outputPath, timings) : undefined;
  const list: IndexPartsList = {
    merge: parts.slice(1).map((p) => `${PARTS_DIR}/${p.name}/`),
    ...(keys ? { keys: { shards: keys.shards } } : {}),
  };
  await writeFile(join(outputPath, PARTS_FILE), `${JSON.stringify(list)}\n`);
  await writeFile(join(outputPath, FILTER_VALUES_FILE), `${JSON.stringify(sortedFilterValues(filterValues))}\n`);
  // Documents' own 文号, for “similar 文号” when a typed one is on no page (similarDocNumbers.ts).
  docNumbers.sort((a, b) => a.url.localeCompare(b.url));
  await writeFile(join(outputPath, DOC_NUMBERS_FILE), `${JSON.stringify(docNumbers)}\n`);
  // How many records hold each common word, so a query looks up its least common word only.
  const common = read.words.common();
  await writeFile(join(outputPath, COMMON_WORDS_FILE), `${JSON.stringify(common)}\n`);
  // And on how many pages each is, so the first screen of a common word can give the exact count.
  const wordPages = countPagesHolding(
    Object.keys(common),
    pageList.map((p) => p.records.map((r) => r.content)),
  );
  await writeFile(join(outputPath, COMMON_WORD_PAGES_FILE), `${JSON.stringify(wordPages)}\n`);
  if (cacheDir) {
    for (const name of await readdir(cacheDir)) if (!used.has(name)) await rm(join(cacheDir, name), { force: true });
  }
  if (partCacheDir) {
    for (const name of await readdir(partCacheDir)) {
      if (!usedParts.has(name)) await rm(join(partCacheDir, name), { recursive: true, force: true });
    }
  }
  return {
    pages,
    records,
    outputPath,
    parts: written,
    timings: roundTimings(timings),
    ...(keys ? { keys } : {}),
    ...(cacheDir ? { cache: cacheStats } : {}),
  };
}

/**
 * Writes which parts hold each key of the records' text (search/build/partKeys.ts) into
 * `pagefind/part-keys/<n>.json`, so a query merges only the parts that can hold it.
 */
async function writePartKeys(
  parts: readonly { records: readonly SearchRecord[] }[],
  outputPath: string,
  timings: IndexSummary['timings'],
): Promise<{ keys: number; shards: number }> {
  const started = performance.now();
  const collector = new PartKeyCollector();
  parts.forEach((part, i) => {
    for (const record of part.records) collector.add(i, record.content, record.meta[DOC_NUMBER_META]);
  });
  const shards: PartKeysShard[] = collector.shards();
  const dir = join(outputPath, PART_KEYS_DIR);
  await mkdir(dir, { recursive: true });
  for (const [n, shard] of shards.entries()) await writeFile(join(dir, `${n}.json`), JSON.stringify(shard));
  timings.keysMs += performance.now() - started;
  return { keys: collector.size, shards: shards.length };
}

/** One line on the parts for the build log: 分片 policies 6012 条, articles 3120 条（沿用）… */
export function describeParts(parts: IndexSummary['parts']): string {
  const list = parts.map((p) => `${p.name} ${p.records} 条${p.cached ? '（未变，沿用）' : ''}`);
  return `分 ${parts.length} 片：${list.join('，')}`;
}

/**
 * The indexer's line in the build log, e.g. `[search] 已索引 50 个页面（386 条分节记录）→ dist/pagefind，共 0.8 s
 * （读取分节 0.3 s，Pagefind 收录 0.1 s，写入索引 0.3 s）；分 4 片：…`. The build benchmark reads its
 * phases back (scripts/bench/profile.ts).
 */
export function indexLogLine(summary: IndexSummary, totalMs: number): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const t = summary.timings;
  return (
    `[search] 已索引 ${summary.pages} 个页面（${summary.records} 条分节记录）→ ${summary.outputPath}，` +
    `共 ${s(totalMs)}（读取分节 ${s(t.readMs)}，Pagefind 收录 ${s(t.addMs)}，写入索引 ${s(t.writeMs)}）；` +
    describeParts(summary.parts) +
    (summary.keys ? `；分片词表 ${summary.keys.keys} 个键、${summary.keys.shards} 个文件，${s(t.keysMs)}` : '') +
    (summary.cache ? `；记录缓存命中 ${summary.cache.hits} 页，重新解析 ${summary.cache.misses} 页` : '')
  );
}

function roundTimings<T extends Record<string, number>>(t: T): T {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)])) as T;
}
