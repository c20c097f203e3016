// `npm run bench:search`: search quality and size on the built site, measured in Chromium.
// Builds dist/ if it is missing, serves it, runs every query of bench/search-queries.json through
// the real /search/ page (a fresh browser context per query, so nothing is cached), and compares
// the result list with the ground truth: the pages whose indexed text (the data-pagefind-body
// element, hidden search metadata excluded) contains the query after the normalization the search
// promises (full/half width, case, whitespace, dashes, 文号 bracket styles).
// Prints recall, R-precision (in the UI's order, over every result page), known-item top-1,
// zero-match cleanliness and kilobytes transferred per query. Then two more sets: half-remembered
// wording derived from the documents' clauses (bench/nearPhrases.ts: is an intended clause among
// the first 1 / 3 nearest passages?) and a phone check (at 360 × 740, are the query box and the
// first result on the first screen?). Writes JSON.
//   node scripts/bench/benchSearch.ts [--dist dist] [--port 4424] [--out bench/results/search.json] [--only 双碳,科普] [--baseline] [--near 36]
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { createStaticServer } from '../serve/staticServer.mjs';
import { findBrowser, CHROMIUM_ARGS, INSTALL_HELP } from '../qa/findBrowser.mjs';
import { searchSettled } from './searchSettled.ts';
import { meterTransfers, type ByteClass } from './transferMeter.ts';
import { normalizeText } from '../../src/lib/search/query/normalize.ts';
import { prepareQuery } from '../../src/lib/search/query/query.ts';
import { pageFacts, urlForFile, type QueryableDocument } from '../../src/lib/search/build/pageFacts.ts';
import { nearPhraseCases, type ClauseText } from './nearPhrases.ts';

interface BenchQuery {
  q: string;
  /** word | term | phrase | issuer | number | docno | known-item | none */
  kind: string;
  /** Known-item queries: the page that must come first. */
  expect?: string;
  note?: string;
}

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4424' },
    out: { type: 'string' },
    queries: { type: 'string', default: 'bench/search-queries.json' },
    only: { type: 'string' },
    // Pagefind alone, for comparison: its own ranking of the same records, no exact-phrase check.
    baseline: { type: 'boolean', default: false },
    // Size of the half-remembered-wording set.
    near: { type: 'string', default: '36' },
  },
});

const BLOCK =
  /<\/?(?:p|div|li|ul|ol|h[1-6]|td|th|tr|table|thead|tbody|tfoot|caption|section|article|aside|header|footer|nav|blockquote|pre|dd|dt|dl|figure|figcaption|details|summary|br|hr)\b[^>]*>/gi;
const EXCLUDED =
  'script, style, noscript, template, svg, button, form, [hidden], [data-pagefind-ignore], [aria-hidden="true"]';

/** The indexed text of one page, one normalized line per block (a query never spans blocks). */
function indexedText(html: string): string | null {
  const { document } = parseHTML(html);
  const bodies = [...document.querySelectorAll('[data-pagefind-body]')];
  if (bodies.length === 0) return null;
  const lines: string[] = [];
  for (const body of bodies) {
    for (const el of [...body.querySelectorAll(EXCLUDED)]) el.remove();
    const marked = body.innerHTML.replace(BLOCK, '\n');
    const text =
      parseHTML(`<html><body><pre>${marked}</pre></body></html>`).document.querySelector('pre')!.textContent ?? '';
    for (const line of text.split('\n')) {
      const n = normalizeText(line);
      if (n) lines.push(n);
    }
  }
  return lines.join('\n');
}

/** Clauses (sections with an anchor) of the imported documents, as the indexer splits them. */
const clauses: ClauseText[] = [];

async function corpus(dist: string): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  for (const e of entries) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const file = join(e.parentPath, e.name);
    const rel = relative(dist, file);
    if (rel.split(/[\\/]/).includes('pagefind')) continue;
    const html = await readFile(file, 'utf8');
    const url = urlForFile(rel);
    if (url.startsWith('/policies/')) {
      const facts = pageFacts(parseHTML(html).document as unknown as QueryableDocument, url);
      for (const section of facts?.sections ?? [])
        if (section.anchor) clauses.push({ link: `${url}#${section.anchor}`, text: section.text });
    }
    const text = indexedText(html);
    if (text !== null) pages.set(url, text);
  }
  return pages;
}

function groundTruth(pages: Map<string, string>, q: string): string[] {
  const query = prepareQuery(q);
  if (!query) return [];
  return [...pages].filter(([, text]) => query.terms.every((t) => text.includes(t))).map(([url]) => url);
}

/** One query's figures against its ground truth. */
function score(
  item: BenchQuery,
  truth: string[],
  results: string[],
  exactCount: number,
  bytes: Record<ByteClass, number>,
  queryFiles: string[],
  ms: number,
  firstView = bytes.query,
  firstResults = results,
  anyListed = results,
) {
  const truthSet = new Set(truth);
  const found = results.filter((u) => truthSet.has(u)).length;
  const r = truth.length;
  const inTopR = results.slice(0, r).filter((u) => truthSet.has(u)).length;
  return {
    q: item.q,
    kind: item.kind,
    truth: r,
    results: results.length,
    exact: exactCount,
    recall: r ? found / r : null,
    rPrecision: r ? inTopR / r : null,
    // Result page 1: of the first min(r, 10) true pages a reader should see, how many it shows.
    firstViewRecall: r ? firstResults.filter((u) => truthSet.has(u)).length / Math.min(r, 10) : null,
    // With no true match, nothing may be listed at all (no exact result, no “partial” page).
    noMatchClean: r === 0 ? exactCount === 0 && anyListed.length === 0 : null,
    // Pages listed as results (any group) that do not contain the query.
    listedWithoutQuery: new Set([...results, ...anyListed].filter((u) => !truthSet.has(u))).size,
    expect: item.expect ?? null,
    top1: item.expect ? results[0] === item.expect : null,
    first: results[0] ?? null,
    missed: truth.filter((u) => !results.includes(u)),
    kbQuery: bytes.query / 1024,
    // What the first result page cost (the whole list is checked for it; other pages download nothing).
    kbFirstView: firstView / 1024,
    kbEngine: bytes.engine / 1024,
    kbPage: bytes.page / 1024,
    queryFiles,
    ms,
  };
}
async function main() {
  const dist = args.dist!;
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
    console.log(`${dist}/ 不完整，先构建：npm run build`);
    execSync('npm run build', { stdio: 'inherit' });
  }
  const queries: BenchQuery[] = JSON.parse(await readFile(args.queries!, 'utf8'));
  const only = args.only?.split(',');
  const selected = only ? queries.filter((x) => only.includes(x.q)) : queries;
  const pages = await corpus(dist);
  console.log(`语料：${pages.size} 个内容页；查询：${selected.length} 条`);

  const browser = await findBrowser();
  if (browser.source === 'none') {
    console.error(INSTALL_HELP);
    process.exit(1);
  }
  const server = createStaticServer({ root: dist });
  const port = Number(args.port);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const chrome = await chromium.launch({ executablePath: browser.path, args: CHROMIUM_ARGS });

  const rows = [];
  for (const item of selected) {
    const truth = groundTruth(pages, item.q);
    const context = await chrome.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const bytes: Record<ByteClass, number> = { engine: 0, query: 0, page: 0 };
    const files: Record<ByteClass, number> = { engine: 0, query: 0, page: 0 };
    const queryFiles: string[] = [];
    await meterTransfers(context, page, ({ url, cls, bytes: n }) => {
      bytes[cls] += n;
      files[cls]++;
      if (cls === 'query') queryFiles.push(`${new URL(url).pathname.replace('/pagefind/', '')} ${n}`);
    });
    const started = performance.now();
    if (args.baseline) {
      await page.goto(`http://127.0.0.1:${port}/search/`);
      const order = await page.evaluate(async (q) => {
        const url = '/pagefind/pagefind.js';
        const pf = await import(/* @vite-ignore */ url);
        await pf.options({ noWorker: true });
        await pf.init();
        const parts: { merge: string[] } = await (await fetch('/pagefind/parts.json')).json();
        await Promise.all(parts.merge.map((part) => pf.mergeIndex(`/pagefind/${part}`)));
        const response = await pf.search(q);
        const pages: string[] = [];
        for (const r of response.results) {
          const data = await r.data();
          const pageUrl = data.meta.page ?? data.url;
          if (!pages.includes(pageUrl)) pages.push(pageUrl);
        }
        return pages;
      }, item.q);
      await context.close();
      rows.push(score(item, truth, order, order.length, bytes, queryFiles, Math.round(performance.now() - started)));
      console.log(
        `${item.kind.padEnd(10)} ${item.q}\t truth ${truth.length} results ${order.length} first ${order[0] ?? '-'}`,
      );
      continue;
    }
    await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(item.q)}`);
    await searchSettled(page, 30_000);
    const firstView = bytes.query;
    const listed = () =>
      page.$$eval('[data-result-group="exact"] [data-result-url]', (as) =>
        as.map((a) => a.getAttribute('data-result-url')!),
      );
    const firstResults = await listed();
    // Everything the first screen lists as a result, in any group (near passages are apart: data-near-result).
    const anyListed = await page.$$eval('[data-result-url]', (as) => as.map((a) => a.getAttribute('data-result-url')!));
    // The complete list, in the UI's order: every result page in turn, pressing 继续查找 whenever a
    // page stopped at its budget of checks. Each step changes the status (a count, a range or how
    // far it has looked), so that is what is waited for; each page's list is kept by where it starts.
    const byStart = new Map<number, string[]>();
    const record = async () => {
      const start = await page.$$eval('[data-result-group="exact"]', (ol) => Number(ol[0]?.getAttribute('start') ?? 0));
      if (start) byStart.set(start, await listed());
    };
    await record();
    for (let i = 0; i < 400; i++) {
      const more = page.locator('[data-search-continue]');
      const next = page.locator('nav.search-pagination a[rel="next"]');
      const step = (await more.count()) ? more : (await next.count()) ? next : null;
      if (!step) break;
      const before = (await page.textContent('[data-search-status]')) ?? '';
      await step.click();
      await page.waitForFunction((prev) => {
        const now = document.querySelector('[data-search-status]')?.textContent ?? '';
        const busy = document.querySelector('[data-search-results]')?.hasAttribute('aria-busy');
        return now !== prev && !now.startsWith('正在') && !busy;
      }, before);
      await record();
    }
    const results = [...byStart.entries()].sort(([a], [b]) => a - b).flatMap(([, urls]) => urls);
    const ms = Math.round(performance.now() - started);
    const exactCount = results.length;
    await context.close();

    rows.push(score(item, truth, results, exactCount, bytes, queryFiles, ms, firstView, firstResults, anyListed));
    const last = rows[rows.length - 1]!;
    console.log(
      `${item.kind.padEnd(10)} ${item.q}\t truth ${String(truth.length).padStart(2)} exact ${String(exactCount).padStart(2)} ` +
        `recall ${last.recall === null ? '  - ' : last.recall.toFixed(2)} Rp ${last.rPrecision === null ? '  - ' : last.rPrecision.toFixed(2)} ` +
        `${last.top1 === null ? '' : last.top1 ? 'top1 ✓' : `top1 ✗ (${last.first})`} ${last.kbQuery.toFixed(1)} KB`,
    );
  }
  // Half-remembered wording: is a clause holding the original text among the nearest passages?
  const nearRows = [];
  if (!args.baseline && !only) {
    const cases = nearPhraseCases(clauses, [...pages.values()], Number(args.near));
    for (const c of cases) {
      const context = await chrome.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      const bytes: Record<ByteClass, number> = { engine: 0, query: 0, page: 0 };
      await meterTransfers(context, page, ({ cls, bytes: n }) => {
        bytes[cls] += n;
      });
      await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(c.q)}`);
      await searchSettled(page, 30_000);
      const shown = await page.$$eval('[data-near-result]', (as) => as.map((a) => a.getAttribute('data-near-result')!));
      await context.close();
      const rank = shown.findIndex((l) => c.expect.includes(l));
      nearRows.push({ ...c, shown: shown.slice(0, 3), rank: rank < 0 ? null : rank + 1, kbQuery: bytes.query / 1024 });
      console.log(
        `near-${c.edit.padEnd(7)} ${c.q}\t（原文 ${c.original}）${rank < 0 ? '✗' : `第 ${rank + 1} 位`} ${(bytes.query / 1024).toFixed(1)} KB`,
      );
    }
  }

  // Phone: at 360 × 740, the query box and the first result (its title) inside the first screen.
  const phoneRows = [];
  if (!args.baseline) {
    const context = await chrome.newContext({
      locale: 'zh-CN',
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    for (const item of selected.filter((x) => groundTruth(pages, x.q).length > 0)) {
      await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(item.q)}`);
      await page.waitForSelector('[data-result-group="exact"] h3', { timeout: 30_000 }).catch(() => null);
      const box = await page.evaluate(() => {
        const bottom = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().bottom ?? Infinity;
        return { input: bottom('#search-q'), first: bottom('[data-result-group="exact"] h3') };
      });
      phoneRows.push({
        q: item.q,
        inputBottom: Math.round(box.input),
        firstResultBottom: Math.round(box.first),
        onFirstScreen: box.input <= 740 && box.first <= 740,
      });
    }
    await context.close();
  }

  await chrome.close();
  server.close();

  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  const withTruth = rows.filter((r) => r.truth > 0);
  const known = rows.filter((r) => r.top1 !== null);
  const noMatch = rows.filter((r) => r.noMatchClean !== null);
  const kb = rows.map((r) => r.kbQuery).sort((a, b) => a - b);
  const summary = {
    pages: pages.size,
    queries: rows.length,
    recall: mean(withTruth.map((r) => r.recall!)),
    recallMicro:
      withTruth.reduce((a, r) => a + r.truth * r.recall!, 0) /
      Math.max(
        1,
        withTruth.reduce((a, r) => a + r.truth, 0),
      ),
    rPrecision: mean(withTruth.map((r) => r.rPrecision!)),
    firstViewRecall: mean(withTruth.map((r) => Math.min(1, r.firstViewRecall!))),
    knownItemTop1: mean(known.map((r) => (r.top1 ? 1 : 0))),
    knownItemQueries: known.length,
    noMatchClean: mean(noMatch.map((r) => (r.noMatchClean ? 1 : 0))),
    noMatchQueries: noMatch.length,
    kbPerQueryMean: mean(kb),
    kbPerQueryMedian: kb.length ? kb[Math.floor(kb.length / 2)] : null,
    kbPerQueryMax: kb.length ? kb[kb.length - 1] : null,
    kbFirstViewMean: mean(rows.map((r) => r.kbFirstView)),
    kbFirstViewMax: Math.max(...rows.map((r) => r.kbFirstView)),
    kbEngineOnce: mean(rows.map((r) => r.kbEngine)),
    listedWithoutQuery: rows.reduce((a, r) => a + r.listedWithoutQuery, 0),
    nearQueries: nearRows.length,
    nearAt1: mean(nearRows.map((r) => (r.rank === 1 ? 1 : 0))),
    nearAt3: mean(nearRows.map((r) => (r.rank !== null && r.rank <= 3 ? 1 : 0))),
    nearKbMean: mean(nearRows.map((r) => r.kbQuery)),
    nearKbMax: nearRows.length ? Math.max(...nearRows.map((r) => r.kbQuery)) : null,
    phoneQueries: phoneRows.length,
    phoneFirstScreen: mean(phoneRows.map((r) => (r.onFirstScreen ? 1 : 0))),
    phoneFirstResultBottomMax: phoneRows.length ? Math.max(...phoneRows.map((r) => r.firstResultBottom)) : null,
    msPerQueryMean: mean(rows.map((r) => r.ms)),
    byteClasses: {
      query: 'index, filter and fragment chunks the query needs (pagefind/index|filter|fragment/)',
      engine: 'pagefind.js, its WebAssembly and index metadata: once per visit, the same for every query',
    },
  };
  const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);
  console.log(args.baseline ? '\n── 对照：仅用 Pagefind 排序（无逐字核验）──' : '\n── 搜索基准 ──');
  console.log(`召回率 recall            ${pct(summary.recall)}（按查询平均；按页面 ${pct(summary.recallMicro)}）`);
  console.log(`R-精确率 R-precision     ${pct(summary.rPrecision)}`);
  console.log(`首屏召回 first view      ${pct(summary.firstViewRecall)}（第 1 页，前 min(真值, 10) 个）`);
  console.log(`已知条目首位 top-1       ${pct(summary.knownItemTop1)}（${summary.knownItemQueries} 条）`);
  console.log(`无匹配查询无误报         ${pct(summary.noMatchClean)}（${summary.noMatchQueries} 条）`);
  console.log(`列出但不含检索词的结果     ${summary.listedWithoutQuery}`);
  if (nearRows.length) {
    console.log(
      `近似词句 第 1 位 / 前 3 位  ${pct(summary.nearAt1)} / ${pct(summary.nearAt3)}（${summary.nearQueries} 条；平均 ${summary.nearKbMean?.toFixed(1)} KB，最大 ${summary.nearKbMax?.toFixed(1)} KB）`,
    );
  }
  if (phoneRows.length) {
    console.log(
      `手机首屏（360×740）        ${pct(summary.phoneFirstScreen)}（${summary.phoneQueries} 条；首个结果标题底边最低 ${summary.phoneFirstResultBottomMax} px）`,
    );
  }
  console.log(
    `每次查询传输 KB          平均 ${summary.kbPerQueryMean?.toFixed(1)}，中位 ${summary.kbPerQueryMedian?.toFixed(1)}，最大 ${summary.kbPerQueryMax?.toFixed(1)}`,
  );
  console.log(
    `首屏结果 KB                平均 ${summary.kbFirstViewMean?.toFixed(1)}，最大 ${summary.kbFirstViewMax.toFixed(1)}（含全部结果的核对；翻页不再下载）`,
  );
  console.log(
    `搜索引擎一次性加载 KB    ${summary.kbEngineOnce?.toFixed(1)}（pagefind.js + wasm + 元数据，每次访问一次）`,
  );
  const out = args.out ?? (args.baseline ? 'bench/results/search-baseline.json' : 'bench/results/search.json');
  await mkdir(dirname(out), { recursive: true });
  await writeFile(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), summary, queries: rows, near: nearRows, phone: phoneRows }, null, 2)}\n`,
  );
  console.log(`\n结果已写入 ${out}`);
}

await main();
