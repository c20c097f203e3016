/**
 * `npm run bench:build`: how the build scales with the archive. For each N it copies the project
 * into a scratch folder, adds N policy notices (plain text, imported with `npm run import`), N
 * articles and N events, builds with `npm run build`, and measures wall and CPU time, peak memory,
 * the largest page, dist/ and Pagefind sizes, the bytes typical queries transfer in Chromium, and
 * `npm run build:incremental` after changing one article (the previous build's caches kept). Then
 * it builds the same N of each kind of content on its own (notices, articles, events), so a mix
 * cannot hide an expensive kind; the notices-only site also gets the one-article rebuild. A minimal Astro site over the same Markdown (one collection, one
 * template, no search) is built as the floor of every build. Prints the tables, writes JSON, and
 * refreshes the tables in docs/performance.md.
 *
 *   node scripts/bench/benchBuild.ts [--sizes 0,500,2400] [--out bench/results/build.json] [--port 4418]
 *                              [--warm] [--no-floor] [--no-query] [--no-kinds] [--no-incremental]
 *                              [--no-readme] [--keep] [--work DIR [--reuse]]
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleMarkdown, eventMarkdown, policyNotice, seedSentences } from './corpus.ts';
import { copyProject, writeFloorSite } from './project.ts';
import { benchMachine, countPages, dirBytes, largestPages, measureBuild, type BuildRun } from './measure.ts';
import { formatProfile, profileBuild } from './profile.ts';
import { measureQueries, medianQueryKb, type QueryBytes } from './queryTransfer.ts';
import {
  formatTable,
  replaceReadmeTable,
  type BuildSummary,
  type ContentKind,
  type KindResult,
  type SizeResult,
} from './report.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '0,500,2400' },
    out: { type: 'string', default: 'bench/results/build.json' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4418' },
    work: { type: 'string' },
    warm: { type: 'boolean', default: false },
    'no-floor': { type: 'boolean', default: false },
    'no-query': { type: 'boolean', default: false },
    'no-readme': { type: 'boolean', default: false },
    'no-kinds': { type: 'boolean', default: false },
    'no-incremental': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
  },
});

const sizes = args.sizes!.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 0)) {
  console.error(`--sizes 应为逗号分隔的非负整数，如 0,500,2000（收到：${args.sizes}）`);
  process.exit(2);
}
const root = process.cwd();
const work = args.work ? resolve(args.work) : mkdtempSync(join(tmpdir(), 'kepu-bench-'));
mkdirSync(work, { recursive: true });
console.log(`基准工作目录：${work}`);

const sentences = seedSentences(join(root, 'seeds'));
const topics = readdirSync(join(root, 'src/content/topics'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''))
  .sort();
const coverFile = readdirSync(join(root, 'src/assets/articles'))
  .filter((f) => /\.(png|jpe?g|webp)$/.test(f))
  .sort()[0];
if (!topics.length || !coverFile)
  throw new Error('需要至少一个专题（src/content/topics/）和一张文章封面（src/assets/articles/）');
const cover = `../../assets/articles/${coverFile}`;

/** Import the notices in batches (one importer process per batch keeps argv short). */
function importNotices(site: string, files: string[]): number {
  const started = performance.now();
  const BATCH = 400;
  for (let i = 0; i < files.length; i += BATCH) {
    const r = spawnSync(
      'npm',
      ['run', '--silent', 'import', '--', ...files.slice(i, i + BATCH), '--out', 'src/content/policies'],
      {
        cwd: site,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (r.status !== 0)
      throw new Error(
        `导入器失败（第 ${i + 1} 个起的一批）：\n${(r.stderr || r.stdout).split('\n').slice(-15).join('\n')}`,
      );
  }
  return performance.now() - started;
}

const ALL_KINDS: readonly ContentKind[] = ['notices', 'articles', 'events'];

function makeCorpus(site: string, n: number, kinds: readonly ContentKind[] = ALL_KINDS): number {
  let importMs = 0;
  if (kinds.includes('notices')) {
    // Into seeds/, as real notices go: /policies/<slug>/source.txt serves the original from there.
    const notices = join(site, 'seeds');
    const files: string[] = [];
    for (let i = 0; i < n; i++) {
      const { fileName, text } = policyNotice(i, sentences);
      writeFileSync(join(notices, fileName), text);
      files.push(join(notices, fileName));
    }
    importMs = n ? importNotices(site, files) : 0;
  }
  for (let i = 0; i < n; i++) {
    if (kinds.includes('articles')) {
      const a = articleMarkdown(i, sentences, { topics, cover });
      writeFileSync(join(site, 'src/content/articles', a.fileName), a.text);
    }
    if (kinds.includes('events')) {
      const e = eventMarkdown(i, sentences);
      writeFileSync(join(site, 'src/content/events', e.fileName), e.text);
    }
  }
  return importMs;
}

function summarize(run: BuildRun, pages: number): BuildSummary {
  return {
    ok: run.ok,
    seconds: run.wallMs / 1000,
    pages,
    msPerPage: pages ? run.wallMs / pages : null,
    peakTreeRssMb: run.peakTreeRssMb,
    maxProcessRssMb: run.maxProcessRssMb,
    cpuSeconds: run.cpuSeconds,
  };
}

/** Remove the previous size's generated content, so each N starts from the project's own content. */
function clearCorpus(site: string): void {
  for (const dir of ['seeds', 'src/content/policies', 'src/content/articles', 'src/content/events']) {
    for (const f of readdirSync(join(site, dir))) if (f.startsWith('bench-')) rmSync(join(site, dir, f));
  }
}

/** Build the floor site over the scratch site's content folders `dirs`. */
async function measureFloor(name: string, dirs: readonly string[]): Promise<BuildSummary> {
  const floor = join(work, name);
  rmSync(floor, { recursive: true, force: true });
  writeFloorSite(floor, join(site, 'src/content'), dirs, root);
  const floorRun = await measureBuild(floor);
  const summary = summarize(floorRun, await countPages(join(floor, 'dist')));
  if (!floorRun.ok) console.error(`底线站点构建失败（${name}）：\n${floorRun.tail}`);
  else
    console.log(
      `底线站点（${dirs.join('、')}）：${summary.seconds.toFixed(1)} s，CPU ${summary.cpuSeconds?.toFixed(1) ?? '–'} s，${summary.pages} 页`,
    );
  if (!args.keep) rmSync(floor, { recursive: true, force: true });
  return summary;
}

const largestHtml = async (dir: string) => (await largestPages(dir, 1, /\.html$/))[0] ?? null;

/**
 * The editor's loop: build:incremental once to fill its caches (a full build), change one article
 * (append a paragraph to the first one), build:incremental again: that second build is the result.
 * The article is restored afterwards.
 */
async function measureIncremental(): Promise<BuildSummary | null> {
  const dir = join(site, 'src/content/articles');
  const file = readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()[0];
  if (!file) return null;
  rmSync(join(site, 'node_modules/.astro/incremental-build.json'), { force: true });
  rmSync(join(site, 'node_modules/.astro/search-records'), { recursive: true, force: true });
  rmSync(join(site, 'node_modules/.astro/search-parts'), { recursive: true, force: true });
  const prime = await measureBuild(site, process.env, ['build:incremental']);
  if (!prime.ok) {
    console.error(`增量构建（首次）失败：\n${prime.tail}`);
    return summarize(prime, 0);
  }
  const original = readFileSync(join(dir, file), 'utf8');
  writeFileSync(
    join(dir, file),
    `${original.replace(/\n*$/u, '')}\n\n基准测试修改的一段：检验只改一篇文章时的重新构建。\n`,
  );
  try {
    const run = await measureBuild(site, process.env, ['build:incremental']);
    const restored = (run.output.match(/\(restored\)/gu) ?? []).length;
    const summary = summarize(run, await countPages(dist));
    console.log(
      `改一篇文章后的增量构建：${summary.seconds.toFixed(1)} s（首次 ${(prime.wallMs / 1000).toFixed(1)} s），从缓存复制 ${restored} 页${run.ok ? '' : '（失败）'}`,
    );
    if (!run.ok) console.error(run.tail);
    return summary;
  } finally {
    writeFileSync(join(dir, file), original);
  }
}

/** Build N of one kind of content on its own. */
async function measureKind(n: number, kind: ContentKind): Promise<KindResult> {
  clearCorpus(site);
  makeCorpus(site, n, [kind]);
  resetBuildState();
  console.log(`仅 ${n} 个 ${kind}：构建中…`);
  const run = await measureBuild(site);
  const build = summarize(run, await countPages(dist));
  if (!run.ok) console.error(`构建失败（N = ${n}，${kind}）：\n${run.tail}`);
  const result: KindResult = {
    kind,
    build,
    floor: null,
    largestPage: run.ok ? await largestHtml(dist) : null,
    queryKb: null,
    incremental: null,
    profile: profileBuild(run.output),
  };
  console.log(
    `  ${build.seconds.toFixed(1)} s，CPU ${build.cpuSeconds?.toFixed(1) ?? '–'} s，${build.pages} 页，峰值内存 ${build.peakTreeRssMb?.toFixed(0)} MB，最大页面 ${result.largestPage?.path ?? '–'} ${result.largestPage?.kb.toFixed(0) ?? ''} KB`,
  );
  console.log(formatProfile(result.profile!, 5));
  if (run.ok && kind === 'notices' && !args['no-query']) {
    try {
      const rows = await measureQueries(dist, Number(args.port), ['科学素质'], ['page']);
      result.queryKb = rows[0] && !rows[0].error ? rows[0].queryKb : null;
    } catch (err) {
      console.error(`查询传输量测量失败：${err instanceof Error ? err.message : err}`);
    }
  }
  if (run.ok && kind === 'notices' && !args['no-incremental']) result.incremental = await measureIncremental();
  if (!args['no-floor']) result.floor = await measureFloor(`floor-${n}-${kind}`, ['policies', 'articles', 'events']);
  return result;
}

/**
 * One scratch site for every N, so Astro's image cache (node_modules/.astro/assets) carries over as
 * it does between real builds; the content cache (data-store.json) and dist/ are removed before
 * each measured build, so content is always loaded and rendered from scratch. The very first build
 * fills the image cache and is reported separately as the cold build.
 */
const site = join(work, 'site');
// --reuse (with --work): keep the image cache of an earlier run in the same folder and skip the cold build.
const cacheDir = join(site, 'node_modules/.astro');
const savedCache = join(work, 'astro-cache');
const reuse = args.reuse && existsSync(join(cacheDir, 'assets'));
if (reuse) renameSync(cacheDir, savedCache);
rmSync(site, { recursive: true, force: true });
copyProject(root, site);
if (reuse) renameSync(savedCache, cacheDir);
const dist = join(site, 'dist');
function resetBuildState(keepContentCache = false): void {
  rmSync(dist, { recursive: true, force: true });
  if (!keepContentCache) rmSync(join(site, 'node_modules/.astro/data-store.json'), { force: true });
}

const sorted = [...sizes].sort((a, b) => a - b);
let cold: { n: number; seconds: number; peakTreeRssMb: number | null } | null = null;
let warmedUp = reuse;
const results: SizeResult[] = [];
const loadAtStart = loadavg()
  .map((x) => x.toFixed(1))
  .join(' ');
for (const n of sorted) {
  console.log(`\n── N = ${n}：生成 ${n} 篇政策文件、${n} 篇文章、${n} 个活动 ──`);
  clearCorpus(site);
  const importMs = makeCorpus(site, n);
  console.log(`导入 ${n} 篇通知：${(importMs / 1000).toFixed(1)} s`);
  if (!warmedUp) {
    warmedUp = true;
    console.log('首次构建（图片缓存为空）…');
    resetBuildState();
    const first = await measureBuild(site);
    cold = { n, seconds: first.wallMs / 1000, peakTreeRssMb: first.peakTreeRssMb };
    console.log(`首次构建 ${cold.seconds.toFixed(1)} s${first.ok ? '' : '（失败）'}`);
  }
  resetBuildState();
  console.log('构建中…');
  const run = await measureBuild(site);
  const pages = await countPages(dist);
  const result: SizeResult = {
    n,
    profile: profileBuild(run.output),
    importSeconds: importMs / 1000,
    build: summarize(run, pages),
    distMb: (await dirBytes(dist)) / 1024 / 1024,
    pagefindMb: (await dirBytes(join(dist, 'pagefind'))) / 1024 / 1024,
    pagefindFiles: 0,
    largestPages: [],
    queries: [],
    queryKbApi: null,
    queryKbPage: null,
    largestHtml: null,
    warm: null,
    incremental: null,
    floor: null,
    kinds: [],
  };
  if (!run.ok) {
    console.error(`构建失败（N = ${n}）：\n${run.tail}`);
    results.push(result);
    continue;
  }
  result.pagefindFiles = await countFiles(join(dist, 'pagefind'));
  result.largestPages = await largestPages(dist);
  result.largestHtml = await largestHtml(dist);
  console.log(`最大的页面/订阅：${result.largestPages.map((p) => `${p.path} ${p.kb.toFixed(0)} KB`).join('，')}`);
  console.log(formatProfile(result.profile!));
  console.log(
    `构建 ${result.build.seconds.toFixed(1)} s（CPU ${result.build.cpuSeconds?.toFixed(1) ?? '–'} s），${pages} 页，峰值内存 ${result.build.peakTreeRssMb?.toFixed(0)} MB`,
  );
  if (!args['no-query']) {
    try {
      const rows: QueryBytes[] = await measureQueries(dist, Number(args.port));
      result.queries = rows;
      result.queryKbApi = medianQueryKb(rows, 'api');
      result.queryKbPage = medianQueryKb(rows, 'page');
      for (const r of rows)
        console.log(
          `  ${r.mode.padEnd(4)} ${r.q}\t${r.results ?? '-'} 条  查询 ${r.queryKb.toFixed(1)} KB（${r.queryRequests} 次请求）  引擎 ${r.engineKb.toFixed(1)} KB  ${(r.ms / 1000).toFixed(1)} s${r.error ? `  错误：${r.error}` : ''}`,
        );
    } catch (err) {
      console.error(`查询传输量测量失败：${err instanceof Error ? err.message : err}`);
    }
  }
  if (args.warm) {
    resetBuildState(true);
    const again = await measureBuild(site);
    result.warm = summarize(again, await countPages(dist));
    console.log(`再次构建（内容与图片缓存均已热）：${result.warm.seconds.toFixed(1)} s`);
  }
  if (!args['no-floor']) result.floor = await measureFloor(`floor-${n}`, ['policies', 'articles', 'events']);
  if (!args['no-incremental']) result.incremental = await measureIncremental();
  if (!args['no-kinds'] && n > sorted[0]!) {
    for (const kind of ALL_KINDS) result.kinds.push(await measureKind(n, kind));
  }
  results.push(result);
}
const loadAtEnd = loadavg()
  .map((x) => x.toFixed(1))
  .join(' ');

async function countFiles(dir: string): Promise<number> {
  try {
    return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
  } catch {
    return 0;
  }
}

const table = formatTable(results);
console.log(`\n${table}`);
const report = {
  date: new Date().toISOString(),
  machine: benchMachine(`${loadAtStart} → ${loadAtEnd}`),
  sizes: sorted,
  coldBuild: cold,
  results,
  table,
};
mkdirSync(dirname(args.out!), { recursive: true });
writeFileSync(args.out!, `${JSON.stringify(report, null, 2)}\n`);
console.log(`结果已写入 ${args.out}`);
if (!args['no-readme']) {
  const readme = join(root, 'docs', 'performance.md');
  const updated = replaceReadmeTable(readFileSync(readme, 'utf8'), table, report.date, report.machine, cold);
  if (updated === null)
    console.log(
      'docs/performance.md 中没有基准表格标记（<!-- bench:build:start --> … <!-- bench:build:end -->），未更新。',
    );
  else writeFileSync(readme, updated);
}
if (!args.keep && !args.work) rmSync(work, { recursive: true, force: true });
if (results.some((r) => !r.build.ok || (r.floor && !r.floor.ok))) process.exit(1);
