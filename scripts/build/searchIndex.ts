// Indexes a built dist/ with Pagefind's Node API into dist/pagefind/ (scripts/build/indexSearch.ts runs it
// as the second step of `npm run build`, in its own process: Astro's memory is freed by then, so the
// build's peak is the larger of the two, not their sum). Chinese needs Pagefind's *extended* binary
// (it segments CJK text into words); we resolve it ourselves and refuse to fall back to the
// plain binary, which would silently index Chinese as one giant token per sentence.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { pageFacts, urlForFile, type QueryableDocument } from '../../src/lib/search/build/pageFacts.ts';
import { pageRecords } from '../../src/lib/search/build/records.ts';
import {
  addFilterValues,
  FILTER_VALUES_FILE,
  sortedFilterValues,
  type FilterValues,
} from '../../src/lib/search/query/filterValues.ts';
import { DOC_NUMBERS_FILE, type DocNumberEntry } from '../../src/lib/search/query/similarDocNumbers.ts';
import { COMMON_WORDS_FILE, WordCounter } from '../../src/lib/search/query/commonWords.ts';

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
  /** Milliseconds spent reading and splitting the HTML, waiting for Pagefind to take the records (beyond the reading it overlaps), writing the index. */
  timings: { readMs: number; addMs: number; writeMs: number };
  /** With a record cache: pages whose records came from it (unchanged HTML) and pages parsed anew. */
  cache?: { hits: number; misses: number };
}

export interface IndexOptions {
  /**
   * Folder for a cache of each page's records, keyed by a hash of its path and HTML: an unchanged
   * page is not parsed again. Pagefind itself has no way to load a written index and add to it, so
   * every record is still handed to it and the whole index is written anew; the result is the same
   * as without the cache. Entries no page used in this run are deleted.
   */
  recordCacheDir?: string;
}

/** Part of every cache key: bump it when what a page's cached entry holds changes shape. */
const RECORD_CACHE_FORMAT = '2';

interface CachedPage {
  /** The page's filter values and, for a document, its own 文号 (for similar-文号 suggestions). */
  facts: { filters: Record<string, string[]>; docNumber?: DocNumberEntry } | null;
  records: ReturnType<typeof pageRecords>;
}

/** Records of one page, from the cache when its HTML is unchanged. */
async function recordsOf(
  distDir: string,
  file: string,
  cacheDir: string | undefined,
  used: Set<string>,
  stats: { hits: number; misses: number },
): Promise<CachedPage> {
  const html = await readFile(file, 'utf8');
  const url = urlForFile(relative(distDir, file));
  const key = cacheDir
    ? `${createHash('sha256').update(RECORD_CACHE_FORMAT).update('\0').update(url).update('\0').update(html).digest('hex')}.json`
    : '';
  if (cacheDir) {
    used.add(key);
    try {
      const cached = JSON.parse(await readFile(join(cacheDir, key), 'utf8')) as CachedPage;
      stats.hits++;
      return cached;
    } catch {
      stats.misses++;
    }
  }
  const { document } = parseHTML(html);
  const facts = pageFacts(document as unknown as QueryableDocument, url);
  const docNumber = facts?.meta.文号;
  const page: CachedPage = {
    facts: facts
      ? {
          filters: facts.filters,
          ...(docNumber ? { docNumber: { n: docNumber, url: facts.url, title: facts.title } } : {}),
        }
      : null,
    records: facts ? pageRecords(facts) : [],
  };
  if (cacheDir) await writeFile(join(cacheDir, key), JSON.stringify(page));
  return page;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(dir, f).split(/[\\/]/).includes('pagefind'))
    .sort();
}

/**
 * Index the content pages under `distDir` into `distDir/pagefind/`. Only pages with a
 * `data-pagefind-body` element count, and only that element's text: navigation, footers and
 * the CMS never reach the index. Each heading section becomes its own record (records.ts). The
 * filter values found are written beside the index for the search form (filterValues.ts).
 */
export async function buildSearchIndex(distDir: string, options: IndexOptions = {}): Promise<IndexSummary> {
  const cacheDir = options.recordCacheDir;
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const used = new Set<string>();
  const cacheStats = { hits: 0, misses: 0 };
  // The Node API spawns `pagefind_extended` when it can resolve it; pinning the env var makes
  // that choice explicit and stops a fallback to the non-extended binary.
  process.env.PAGEFIND_EXTENDED_BINARY_PATH = resolveExtendedBinary();
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
    let pages = 0;
    let records = 0;
    const timings = { readMs: 0, addMs: 0, writeMs: 0 };
    const filterValues: FilterValues = {};
    const docNumbers: DocNumberEntry[] = [];
    const words = new WordCounter();
    // Pagefind is a separate process: while it indexes one page's records, Node reads and splits
    // the next pages (two cores busy instead of one). A bounded queue keeps memory flat.
    const pending: { file: string; added: ReturnType<typeof index.addCustomRecord> }[] = [];
    const settle = async (keep: number) => {
      const t = performance.now();
      while (pending.length > keep) {
        const { file, added } = pending.shift()!;
        const result = await added;
        if (result.errors.length)
          throw new Error(`Pagefind 无法索引 ${relative(distDir, file)}：${result.errors.join('; ')}`);
      }
      timings.addMs += performance.now() - t;
    };
    for (const file of await htmlFiles(distDir)) {
      const t = performance.now();
      const { facts, records: pageRecordList } = await recordsOf(distDir, file, cacheDir, used, cacheStats);
      timings.readMs += performance.now() - t;
      if (!facts) continue;
      pages++;
      addFilterValues(filterValues, facts.filters);
      if (facts.docNumber) docNumbers.push(facts.docNumber);
      for (const record of pageRecordList) {
        words.add(record.content);
        const added = index.addCustomRecord(record);
        // Handled when settled below; this only keeps a failure from counting as unhandled meanwhile.
        added.catch(() => {});
        pending.push({ file, added });
        records++;
      }
      await settle(64);
    }
    await settle(0);
    const outputPath = join(distDir, 'pagefind');
    await rm(outputPath, { recursive: true, force: true });
    const writeStarted = performance.now();
    const written = await index.writeFiles({ outputPath });
    timings.writeMs = performance.now() - writeStarted;
    if (written.errors.length) throw new Error(`Pagefind 写入索引出错：${written.errors.join('; ')}`);
    await writeFile(join(outputPath, FILTER_VALUES_FILE), `${JSON.stringify(sortedFilterValues(filterValues))}\n`);
    // Documents' own 文号, for “similar 文号” when a typed one is on no page (similarDocNumbers.ts).
    docNumbers.sort((a, b) => a.url.localeCompare(b.url));
    await writeFile(join(outputPath, DOC_NUMBERS_FILE), `${JSON.stringify(docNumbers)}\n`);
    // How many records hold each common word, so a query looks up its least common word only.
    await writeFile(join(outputPath, COMMON_WORDS_FILE), `${JSON.stringify(words.common())}\n`);
    // The site has its own Chinese search page; Pagefind's default UI bundles are never loaded.
    for (const name of await readdir(outputPath)) {
      if (UNUSED_BUNDLE.test(name)) await rm(join(outputPath, name));
    }
    if (cacheDir) {
      for (const name of await readdir(cacheDir)) if (!used.has(name)) await rm(join(cacheDir, name), { force: true });
    }
    return { pages, records, outputPath, timings: roundTimings(timings), ...(cacheDir ? { cache: cacheStats } : {}) };
  } finally {
    await pagefind.close();
  }
}

function roundTimings<T extends Record<string, number>>(t: T): T {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)])) as T;
}
