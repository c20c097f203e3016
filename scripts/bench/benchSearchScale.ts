/**
 * `npm run bench:search-scale`: does a library of 100,000 policy clauses index on this machine, and
 * what does a reader's query download then? Builds no site: it copies a built site (dist-fixture/,
 * for the search page and its assets) into a scratch folder and adds policy pages with C clauses in
 * all (scripts/bench/clausePages.ts: the HTML shape of /policies/<slug>/ — one search record per
 * clause — in the chrome of a real built policy page, clause text from the seeds' sentences, varied
 * issuers, 文号 and years). Then it runs the indexer as `npm run build`'s second step does
 * (`node scripts/build/indexSearch.ts --dist …`, its own process) and measures wall time, CPU time
 * and the peak RSS of its process tree; then, in Chromium, the bytes typical queries, 科普 and one
 * generated 文号 transfer (scripts/bench/queryTransfer.ts: Pagefind's API and the /search/ page).
 * Prints a table and writes JSON. The indexer is stopped if the machine's free memory runs low, so a
 * run that would not fit reports where it stood instead of taking the machine down.
 *
 *   node scripts/bench/benchSearchScale.ts [--clauses 100000] [--per-doc 50] [--port 4419] [--no-query]
 *        [--work DIR [--reuse]] [--keep] [--base dist-fixture] [--out bench/results/search-scale.json]
 *        [--min-free-mb 2048]
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { pageFacts, type QueryableDocument } from '../../src/lib/search/build/pageFacts.ts';
import type { PageForIndex } from '../../src/lib/search/build/records.ts';
import { clauseDocument, clausePageHtml, pageShell, type PageShell } from './clausePages.ts';
import { seedSentences } from './corpus.ts';
import { benchMachine, dirBytes, measureBuild, type BuildRun } from './measure.ts';
import { measureQueries, TYPICAL_QUERIES, type QueryBytes } from './queryTransfer.ts';

const { values: args } = parseArgs({
  options: {
    clauses: { type: 'string', default: '100000' },
    'per-doc': { type: 'string', default: '50' },
    work: { type: 'string' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4419' },
    'no-query': { type: 'boolean', default: false },
    base: { type: 'string', default: 'dist-fixture' },
    out: { type: 'string', default: 'bench/results/search-scale.json' },
    'min-free-mb': { type: 'string', default: '2048' },
  },
});

const clauses = Number(args.clauses);
const perDoc = Number(args['per-doc']);
const minFreeMb = Number(args['min-free-mb']);
if (![clauses, perDoc].every((n) => Number.isInteger(n) && n > 0) || !(minFreeMb >= 0)) {
  console.error('--clauses 和 --per-doc 应为正整数，--min-free-mb 应为非负数');
  process.exit(2);
}
const root = process.cwd();
const base = resolve(args.base!);
if (!existsSync(join(base, 'search', 'index.html')) || !existsSync(join(base, 'policies'))) {
  console.error(`找不到已构建的站点 ${base}（需要 search/ 和 policies/）：请先运行 npm run build:fixture。`);
  process.exit(1);
}
const work = args.work ? resolve(args.work) : mkdtempSync(join(tmpdir(), 'kepu-search-scale-'));
mkdirSync(work, { recursive: true });
const dist = join(work, 'dist');
const stateFile = join(work, 'search-scale-state.json');
console.log(`工作目录：${work}`);

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => bytes / 1024 / 1024;

function loadNow(): string {
  return loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
}

function memAvailableMb(): number | null {
  try {
    const m = /MemAvailable:\s+(\d+) kB/.exec(readFileSync('/proc/meminfo', 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** This process's descendants (children first), from /proc; empty where there is no /proc. */
function descendants(): number[] {
  const children = new Map<number, number[]>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
    } catch {
      // Gone while we looked.
    }
  }
  const out: number[] = [];
  const stack = [...(children.get(process.pid) ?? [])];
  while (stack.length) {
    const pid = stack.shift()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** The filter, meta and sort names of a page: what the indexer reads from SearchMeta.astro's block. */
function shapeKeys(facts: PageForIndex): string[] {
  return [
    ...Object.keys(facts.filters).map((k) => `filter:${k}`),
    ...Object.keys(facts.meta).map((k) => `meta:${k}`),
    ...Object.keys(facts.sort).map((k) => `sort:${k}`),
  ].sort();
}

function factsOf(html: string, url: string): PageForIndex | null {
  return pageFacts(parseHTML(html).document as unknown as QueryableDocument, url);
}

/** The built policy page with the most search facts (文号 and date included): the chrome for generated pages. */
function pickTemplate(): { shell: PageShell; facts: PageForIndex; path: string } {
  let best: { shell: PageShell; facts: PageForIndex; path: string } | null = null;
  for (const slug of readdirSync(join(base, 'policies')).sort()) {
    const path = join(base, 'policies', slug, 'index.html');
    if (!existsSync(path)) continue;
    const html = readFileSync(path, 'utf8');
    const facts = factsOf(html, `/policies/${slug}/`);
    if (!facts?.meta.文号 || !facts.meta.date) continue;
    if (best && shapeKeys(facts).length <= shapeKeys(best.facts).length) continue;
    best = { shell: pageShell(html, facts.title, facts.url), facts, path };
  }
  if (!best) throw new Error(`${base}/policies/ 中没有带文号和日期的政策文件页面可作模板`);
  return best;
}

interface Generated {
  clauses: number;
  perDoc: number;
  documents: number;
  template: string;
  /** Search fields the template page has and the generated pages lack, or the other way round. */
  shapeDrift: string[];
  /** A generated document's 文号, for the query measurement. */
  sampleDocNumber: string;
  htmlMb: number;
  generateSeconds: number;
}

function generate(): Generated {
  const started = performance.now();
  rmSync(dist, { recursive: true, force: true });
  cpSync(base, dist, { recursive: true });
  rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
  const template = pickTemplate();
  const sentences = seedSentences(join(root, 'seeds'));
  const documents = Math.ceil(clauses / perDoc);
  let bytes = 0;
  let shapeDrift: string[] = [];
  for (let i = 0; i < documents; i++) {
    const doc = clauseDocument(i, Math.min(perDoc, clauses - i * perDoc), sentences);
    const html = clausePageHtml(doc, template.shell);
    if (i === 0) {
      // The generated pages must give the indexer what the site's own policy pages give it.
      const own = shapeKeys(factsOf(html, doc.url)!);
      const real = shapeKeys(template.facts);
      shapeDrift = [
        ...real.filter((k) => !own.includes(k)).map((k) => `缺少 ${k}`),
        ...own.filter((k) => !real.includes(k)).map((k) => `多出 ${k}`),
      ];
    }
    mkdirSync(join(dist, 'policies', doc.slug), { recursive: true });
    writeFileSync(join(dist, 'policies', doc.slug, 'index.html'), html);
    bytes += Buffer.byteLength(html);
  }
  const sample = clauseDocument(Math.floor(documents / 2), 1, sentences).docNumber;
  return {
    clauses,
    perDoc,
    documents,
    template: relative(root, template.path),
    shapeDrift,
    sampleDocNumber: sample,
    htmlMb: mb(bytes),
    generateSeconds: (performance.now() - started) / 1000,
  };
}

interface IndexRun {
  ok: boolean;
  wallSeconds: number;
  cpuSeconds: number | null;
  peakTreeRssMb: number | null;
  maxProcessRssMb: number | null;
  pages: number | null;
  records: number | null;
  /** The indexer's summary line. */
  log: string | null;
  /** Lowest MemAvailable seen while indexing, and why the run was stopped if it was. */
  minAvailableMb: number | null;
  stopped: string | null;
  /** Load average (1, 5, 15 min) when indexing started → when it ended. */
  load: string;
  tail: string;
}

/** Run the indexer as a child process (through a scratch package.json, as measureBuild runs npm scripts). */
async function index(): Promise<IndexRun> {
  rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
  const indexer = join(root, 'scripts', 'build', 'indexSearch.ts');
  writeFileSync(
    join(work, 'package.json'),
    `${JSON.stringify(
      {
        name: 'kepu-search-scale',
        private: true,
        type: 'module',
        scripts: { index: `${JSON.stringify(process.execPath)} ${JSON.stringify(indexer)} --dist dist` },
      },
      null,
      2,
    )}\n`,
  );
  let minAvailable: number | null = null;
  let stopped: string | null = null;
  const loadBefore = loadNow();
  const started = performance.now();
  const watch = setInterval(() => {
    const free = memAvailableMb();
    if (free === null) return;
    minAvailable = Math.min(minAvailable ?? free, free);
    if (free < minFreeMb && !stopped) {
      stopped = `可用内存降到 ${free.toFixed(0)} MB（低于 --min-free-mb ${minFreeMb}），索引进行到 ${((performance.now() - started) / 1000).toFixed(0)} s 时停止`;
      console.error(stopped);
      for (const pid of descendants().reverse()) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
  }, 500);
  const run: BuildRun = await measureBuild(work, process.env, ['index']);
  clearInterval(watch);
  const line = run.output.split('\n').find((l) => l.includes('[search] 已索引')) ?? null;
  const counts = line ? /已索引 (\d+) 个页面（(\d+) 条分节记录）/.exec(line) : null;
  return {
    ok: run.ok && !stopped,
    wallSeconds: run.wallMs / 1000,
    cpuSeconds: run.cpuSeconds,
    peakTreeRssMb: run.peakTreeRssMb,
    maxProcessRssMb: run.maxProcessRssMb,
    pages: counts ? Number(counts[1]) : null,
    records: counts ? Number(counts[2]) : await entryRecords(),
    log: line?.trim() ?? null,
    minAvailableMb: minAvailable,
    stopped,
    load: `${loadBefore} → ${loadNow()}`,
    tail: run.tail,
  };
}

/** Records (Pagefind's "pages") summed over every pagefind-entry.json under dist/pagefind/. */
async function entryRecords(): Promise<number | null> {
  const dir = join(dist, 'pagefind');
  if (!existsSync(dir)) return null;
  let total = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || e.name !== 'pagefind-entry.json') continue;
    const entry = JSON.parse(readFileSync(join(e.parentPath, e.name), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    total += Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  }
  return total;
}

async function countFiles(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
}

const loadAtStart = loadNow();
let generated: Generated;
let run: IndexRun;
const state = existsSync(stateFile)
  ? (JSON.parse(readFileSync(stateFile, 'utf8')) as { generated: Generated; run: IndexRun })
  : null;
// --reuse: the pages of an earlier run with the same sizes stay; so does its index when it was written.
const samePages = args.reuse && state?.generated.clauses === clauses && state.generated.perDoc === perDoc;
if (samePages && state.run.ok && existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  ({ generated, run } = state);
  console.log(`沿用 ${work} 中已生成的页面和索引（--reuse）`);
} else {
  if (samePages) {
    generated = state.generated;
    console.log(`沿用 ${work} 中已生成的 ${generated.documents} 篇文件（--reuse），重新建立索引`);
  } else {
    if (args.reuse) console.log(`${work} 中没有同样规模的上次结果：重新生成`);
    console.log(`生成 ${clauses} 条条款（每篇 ${perDoc} 条）…`);
    generated = generate();
    console.log(
      `已生成 ${generated.documents} 篇文件，HTML ${generated.htmlMb.toFixed(1)} MB，用时 ${generated.generateSeconds.toFixed(1)} s；模板 ${generated.template}`,
    );
  }
  if (generated.shapeDrift.length)
    console.warn(
      `注意：生成页面与模板页面的检索字段不一致（${generated.shapeDrift.join('，')}）：请更新 clausePages.ts`,
    );
  console.log(`建立索引（node scripts/build/indexSearch.ts --dist ${dist}）…`);
  run = await index();
  writeFileSync(stateFile, `${JSON.stringify({ generated, run }, null, 2)}\n`);
}
if (run.log) console.log(run.log);
if (!run.ok) console.error(`索引失败${run.stopped ? `：${run.stopped}` : ''}\n${run.tail}`);
console.log(
  `索引 ${run.wallSeconds.toFixed(1)} s，CPU ${run.cpuSeconds?.toFixed(1) ?? '–'} s，进程树峰值内存 ${run.peakTreeRssMb?.toFixed(0) ?? '–'} MB，最低可用内存 ${run.minAvailableMb?.toFixed(0) ?? '–'} MB，负载 ${run.load ?? '–'}`,
);

const pagefindDir = join(dist, 'pagefind');
const pagefindMb = mb(await dirBytes(pagefindDir));
const pagefindFiles = await countFiles(pagefindDir);
const queries = [...TYPICAL_QUERIES, '科普', generated.sampleDocNumber];
let rows: QueryBytes[] = [];
if (run.ok && !args['no-query']) {
  console.log(`测量查询传输量（${queries.join('、')}）…`);
  try {
    rows = await measureQueries(dist, Number(args.port), queries);
  } catch (err) {
    console.error(`查询传输量测量失败：${err instanceof Error ? err.message : err}`);
  }
}
const loadAtEnd = loadNow();

const f = (x: number | null | undefined, digits = 1) => (x === null || x === undefined ? '–' : x.toFixed(digits));
const n = (x: number | null | undefined) => (x === null || x === undefined ? '–' : x.toLocaleString('en-US'));
function markdownTable(head: string[], body: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...body.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}
const summaryTable = markdownTable(
  [
    'clauses',
    'documents',
    'records',
    'index wall s',
    'CPU s',
    'peak RSS MB (tree)',
    'pagefind/ MB',
    'files in pagefind/',
  ],
  [
    [
      n(generated.clauses),
      n(generated.documents),
      n(run.records),
      run.ok ? f(run.wallSeconds) : `${f(run.wallSeconds)} (failed)`,
      f(run.cpuSeconds),
      f(run.peakTreeRssMb, 0),
      f(pagefindMb),
      n(pagefindFiles),
    ],
  ],
);
const cell = (q: string, mode: 'api' | 'page') => rows.find((r) => r.q === q && r.mode === mode);
const queryTable = rows.length
  ? markdownTable(
      [
        'query',
        'API: results',
        'API: query KB',
        '/search/: results shown',
        '/search/: query KB',
        'engine KB once per visit (API / /search/)',
      ],
      queries.map((q) => {
        const api = cell(q, 'api');
        const page = cell(q, 'page');
        const kb = (r: QueryBytes | undefined) =>
          !r ? '–' : r.error ? `error: ${r.error}` : `${f(r.queryKb)} (${r.queryRequests} req)`;
        return [q, n(api?.results), kb(api), n(page?.results), kb(page), `${f(api?.engineKb)} / ${f(page?.engineKb)}`];
      }),
    )
  : '';
const table = [summaryTable, queryTable].filter(Boolean).join('\n\n');
console.log(`\n${table}\n`);

const report = {
  date: new Date().toISOString(),
  machine: benchMachine(`${loadAtStart} → ${loadAtEnd}`),
  generated: { ...generated, htmlMb: round(generated.htmlMb), generateSeconds: round(generated.generateSeconds) },
  index: {
    ...run,
    wallSeconds: round(run.wallSeconds),
    peakTreeRssMb: run.peakTreeRssMb === null ? null : Math.round(run.peakTreeRssMb),
    maxProcessRssMb: run.maxProcessRssMb === null ? null : Math.round(run.maxProcessRssMb),
    minAvailableMb: run.minAvailableMb === null ? null : Math.round(run.minAvailableMb),
    tail: run.ok ? undefined : run.tail,
  },
  pagefind: { mb: round(pagefindMb, 2), files: pagefindFiles },
  queries: rows,
  table,
};
mkdirSync(dirname(resolve(args.out!)), { recursive: true });
writeFileSync(args.out!, `${JSON.stringify(report, null, 2)}\n`);
console.log(`结果已写入 ${args.out}（负载 ${report.machine.load}）`);
if (!args.keep && !args.work) rmSync(work, { recursive: true, force: true });
if (!run.ok) process.exit(1);
