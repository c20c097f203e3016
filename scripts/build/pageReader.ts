// Reads built pages into search records in worker threads. Parsing thousands of pages leaves
// gigabytes of short-lived DOM garbage that V8 is slow to give back: in a worker it dies with the
// worker, so the indexer's own process holds only the records while Pagefind runs beside it. The
// workers also share the reading between the machine's cores.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { parseHTML } from 'linkedom';
import { pageFacts, urlForFile, type QueryableDocument } from '../../src/lib/search/build/pageFacts.ts';
import { pageRecords } from '../../src/lib/search/build/records.ts';
import type { DocNumberEntry } from '../../src/lib/search/query/similarDocNumbers.ts';
import { WordCounter, type WordCounts } from '../../src/lib/search/query/commonWords.ts';

/** Part of every cache key: bump it when what a page's cached entry holds changes shape. */
const RECORD_CACHE_FORMAT = '2';

export type SearchRecord = ReturnType<typeof pageRecords>[number];

export interface CachedPage {
  /** The page's filter values and, for a document, its own 文号 (for similar-文号 suggestions). */
  facts: { filters: Record<string, string[]>; docNumber?: DocNumberEntry } | null;
  records: SearchRecord[];
}

/** One page as read: its URL, its records and facts, and its record cache entry. */
export interface ReadPage extends CachedPage {
  url: string;
  /** File name of its record cache entry ('' without a cache). */
  cacheKey: string;
  /** Whether the records came from the cache (the page's HTML was unchanged). */
  cached: boolean;
}

export interface ReadResult {
  /** The pages in the order of the files given. */
  pages: ReadPage[];
  /** How many records hold each word, over every page read (commonWords.ts). */
  words: WordCounter;
}

interface Job {
  distDir: string;
  files: string[];
  cacheDir?: string;
}

type Message =
  | { kind: 'pages'; from: number; pages: ReadPage[] }
  | { kind: 'done'; words: WordCounts }
  | { kind: 'failed'; file: string; message: string };

/** Pages sent back per message: the worker never holds many results, the main thread few messages. */
const BATCH = 100;
/** A worker's heap limit: it holds one page's DOM at a time, so a low limit only makes V8 collect sooner. */
const WORKER_HEAP_MB = 768;

/** Records of one page, from the cache when its HTML is unchanged. */
async function readPage(distDir: string, file: string, cacheDir: string | undefined): Promise<ReadPage> {
  const html = await readFile(file, 'utf8');
  const url = urlForFile(relative(distDir, file));
  const cacheKey = cacheDir
    ? `${createHash('sha256').update(RECORD_CACHE_FORMAT).update('\0').update(url).update('\0').update(html).digest('hex')}.json`
    : '';
  if (cacheDir) {
    try {
      const entry = JSON.parse(await readFile(join(cacheDir, cacheKey), 'utf8')) as CachedPage;
      return { url, cacheKey, cached: true, ...entry };
    } catch {
      // Not cached yet (or unreadable): parsed below and written anew.
    }
  }
  const { document } = parseHTML(html);
  const facts = pageFacts(document as unknown as QueryableDocument, url);
  const docNumber = facts?.meta.文号;
  const entry: CachedPage = {
    facts: facts
      ? {
          filters: facts.filters,
          ...(docNumber ? { docNumber: { n: docNumber, url: facts.url, title: facts.title } } : {}),
        }
      : null,
    records: facts ? pageRecords(facts) : [],
  };
  if (cacheDir) await writeFile(join(cacheDir, cacheKey), JSON.stringify(entry));
  return { url, cacheKey, cached: false, ...entry };
}

/** The worker's side: reads its files in order, sending pages back in batches, then its word counts. */
async function work({ distDir, files, cacheDir }: Job): Promise<void> {
  const words = new WordCounter();
  let batch: ReadPage[] = [];
  let from = 0;
  for (const [i, file] of files.entries()) {
    let page: ReadPage;
    try {
      page = await readPage(distDir, file, cacheDir);
    } catch (error) {
      parentPort!.postMessage({
        kind: 'failed',
        file,
        message: error instanceof Error ? error.message : String(error),
      });
      return;
    }
    for (const record of page.records) words.add(record.content);
    batch.push(page);
    if (batch.length === BATCH || i === files.length - 1) {
      parentPort!.postMessage({ kind: 'pages', from, pages: batch } satisfies Message);
      from = i + 1;
      batch = [];
    }
  }
  parentPort!.postMessage({ kind: 'done', words: words.counts() } satisfies Message);
}

if (!isMainThread && (workerData as { pageReader?: Job } | null)?.pageReader) {
  await work((workerData as { pageReader: Job }).pageReader);
}

/** Runs one worker over `files`, filling `pages` from `offset` on; resolves with its word counts. */
function runWorker(job: Job, pages: ReadPage[], offset: number): Promise<WordCounts> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { pageReader: job },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let words: WordCounts | undefined;
    worker.on('message', (message: Message) => {
      if (message.kind === 'pages') pages.splice(offset + message.from, message.pages.length, ...message.pages);
      else if (message.kind === 'done') words = message.words;
      else reject(new Error(`无法读取 ${relative(job.distDir, message.file)}：${message.message}`));
    });
    worker.on('error', (error: Error) =>
      reject(new Error(`读取页面的线程出错（${relative(job.distDir, job.files[0] ?? '')} 起）：${error.message}`)),
    );
    worker.on('exit', (code) => {
      if (words) resolve(words);
      else reject(new Error(`读取页面的线程异常退出（代码 ${code}，${relative(job.distDir, job.files[0] ?? '')} 起）`));
    });
  });
}

/**
 * Reads `files` (built HTML under `distDir`) into search records with up to one worker per core,
 * each over a contiguous share of the list; the pages come back in the order given.
 */
export async function readPages(distDir: string, files: readonly string[], cacheDir?: string): Promise<ReadResult> {
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / BATCH)));
  const share = Math.ceil(files.length / workers);
  const pages: ReadPage[] = new Array(files.length);
  const jobs = Array.from({ length: workers }, (_, w) => files.slice(w * share, (w + 1) * share));
  const counts = await Promise.all(
    jobs.map((slice, w) => runWorker({ distDir, files: slice, cacheDir }, pages, w * share)),
  );
  const words = new WordCounter();
  for (const c of counts) words.merge(c);
  return { pages, words };
}
