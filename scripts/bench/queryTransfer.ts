/**
 * Bytes a search query transfers, measured in Chromium over the DevTools protocol with the cache
 * off and a fresh browser context per query (a first-time visitor). Two ways:
 *  - api:  Pagefind's own JS API on a blank page: pagefind.search(q) and the first 10 results'
 *          data(), the least any Pagefind front end must fetch;
 *  - page: the site's real /search/?q=… page until its status settles (first result page only),
 *          which is what a reader actually downloads.
 * Bytes are split into "engine" (pagefind.js, wasm, entry/meta: once per visit) and "query"
 * (index, filter and fragment chunks this query needed).
 */
import { chromium, type Browser } from 'playwright-core';
import { createStaticServer } from '../serve/staticServer.mjs';
import { findBrowser, CHROMIUM_ARGS, INSTALL_HELP } from '../qa/findBrowser.mjs';
import { searchSettled } from './searchSettled.ts';
import { meterTransfers } from './transferMeter.ts';

export interface QueryBytes {
  q: string;
  mode: 'api' | 'page';
  /** Results Pagefind returned (api) or result links shown (page); null when the page did not settle. */
  results: number | null;
  queryKb: number;
  engineKb: number;
  /** Requests for index/filter/fragment chunks. */
  queryRequests: number;
  ms: number;
  error?: string;
}

/** Typical reader queries: a policy phrase, a school topic, a health topic, an event kind, a 文号. */
export const TYPICAL_QUERIES = ['科学素质', '青少年科技创新', '中暑', '科普讲座', '益科协〔2023〕12号'];

const BLANK = '/__bench_blank__/';

async function measureOne(chrome: Browser, origin: string, q: string, mode: 'api' | 'page'): Promise<QueryBytes> {
  const context = await chrome.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const bytes = { engine: 0, query: 0 };
  let queryRequests = 0;
  await meterTransfers(context, page, ({ cls, bytes: n }) => {
    if (cls === 'page') return;
    bytes[cls] += n;
    if (cls === 'query') queryRequests++;
  });
  const started = performance.now();
  let results: number | null = null;
  let error: string | undefined;
  try {
    if (mode === 'api') {
      await page.goto(`${origin}${BLANK}`);
      results = await page.evaluate(async (query) => {
        const bundle = '/pagefind/pagefind.js';
        const pf = await import(bundle);
        // In the page thread, so the DevTools session sees every chunk (a worker's fetches it would not).
        await pf.options({ noWorker: true });
        await pf.init();
        // Every part of the index, as the search page merges them (src/lib/search/query/indexParts.ts).
        const parts: { merge: string[] } = await (await fetch('/pagefind/parts.json')).json();
        await Promise.all(parts.merge.map((part) => pf.mergeIndex(`/pagefind/${part}`)));
        const search = await pf.search(query);
        await Promise.all(search.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
        return search.results.length as number;
      }, q);
    } else {
      await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
      await searchSettled(page, 60_000);
      results = await page.locator('[data-result-url]').count();
    }
    await page.waitForTimeout(100);
  } catch (err) {
    error = err instanceof Error ? err.message.split('\n')[0] : String(err);
  }
  const ms = performance.now() - started;
  await context.close();
  return { q, mode, results, queryKb: bytes.query / 1024, engineKb: bytes.engine / 1024, queryRequests, ms, error };
}

/** Serve `dist` on 127.0.0.1:`port` and measure each query in each mode. */
export async function measureQueries(
  dist: string,
  port: number,
  queries = TYPICAL_QUERIES,
  modes: ('api' | 'page')[] = ['api', 'page'],
): Promise<QueryBytes[]> {
  const browser = await findBrowser();
  if (browser.source === 'none') throw new Error(INSTALL_HELP);
  const server = createStaticServer({
    root: dist,
    fallback: (req, res) => {
      if (!req.url?.startsWith(BLANK)) return false;
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end('<!doctype html><html lang="zh-CN"><title>bench</title></html>');
      return true;
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const chrome = await chromium.launch({ executablePath: browser.path, args: CHROMIUM_ARGS });
  const rows: QueryBytes[] = [];
  try {
    for (const mode of modes)
      for (const q of queries) rows.push(await measureOne(chrome, `http://127.0.0.1:${port}`, q, mode));
  } finally {
    await chrome.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return rows;
}

/** Median of the query bytes of one mode (null when nothing was measured). */
export function medianQueryKb(rows: readonly QueryBytes[], mode: 'api' | 'page'): number | null {
  const kb = rows
    .filter((r) => r.mode === mode && !r.error)
    .map((r) => r.queryKb)
    .sort((a, b) => a - b);
  return kb.length ? kb[Math.floor(kb.length / 2)]! : null;
}
