// `npm run bench:search:substrings`: a stress test of recall beyond whole words. Picks random
// 2–6 character Chinese substrings of the indexed text (often cutting through words, as a pasted
// fragment would) and runs the same search engine as /search/ — in Node, on Pagefind's own JS and
// WebAssembly served from dist/ — reporting how many pages that contain the substring are listed
// (recall) and how many of those are confirmed as exact matches. Needs a built dist/.
//   node scripts/bench/benchSearchSubstrings.ts [--count 300] [--seed 11] [--port 4426]
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createStaticServer } from '../serve/staticServer.mjs';
import { runSearch, type PagefindLike } from '../../src/lib/search/query/engine.ts';
import { prepareQuery } from '../../src/lib/search/query/query.ts';
import { mergeIndexParts } from '../../src/lib/search/query/indexParts.ts';
import { normalizeText } from '../../src/lib/search/query/normalize.ts';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    count: { type: 'string', default: '300' },
    seed: { type: 'string', default: '11' },
    port: { type: 'string', default: '4426' },
  },
});
const dist = resolve(args.dist!);
if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error(`找不到 ${dist}/pagefind/：请先运行 npm run build。`);
  process.exit(1);
}
const server = createStaticServer({ root: dist });
await new Promise<void>((done) => server.listen(Number(args.port), '127.0.0.1', () => done()));
const pf = (await import(pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href)) as PagefindLike & {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
};
const bundle = `http://127.0.0.1:${args.port}/pagefind/`;
await pf.options({ basePath: bundle, noWorker: true });
await pf.init();
await mergeIndexParts(pf, bundle);

// The indexed text per page, one normalized line per block (the records carry the page URL).
const pages = new Map<string, string[]>();
const everything = await pf.search(null);
for (const r of everything?.results ?? []) {
  const d = await r.data();
  const url = d.meta.page ?? d.url;
  if (!pages.has(url)) pages.set(url, []);
  pages.get(url)!.push(...d.content.split('\n').map(normalizeText));
}
const lines = [...pages.values()].flat().filter((l) => l.length > 8);

let seed = Number(args.seed);
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
let truthTotal = 0;
let listed = 0;
let confirmed = 0;
const misses: string[] = [];
for (let i = 0; i < Number(args.count); ) {
  const line = lines[Math.floor(random() * lines.length)]!;
  const length = 2 + Math.floor(random() * 5);
  const start = Math.floor(random() * (line.length - length));
  const q = line.slice(start, start + length);
  if (!/^\p{Script=Han}+$/u.test(q)) continue;
  i++;
  const truth = [...pages].filter(([, ls]) => ls.some((l) => l.includes(q))).map(([url]) => url);
  const out = await runSearch(pf, prepareQuery(q)!);
  const exact = new Set(out.exact.map((h) => h.url));
  const any = exact;
  truthTotal += truth.length;
  for (const url of truth) {
    if (any.has(url)) listed++;
    else if (misses.length < 12) misses.push(`${q} @ ${url}`);
    if (exact.has(url)) confirmed++;
  }
}
server.close();
const pct = (n: number) => `${((100 * n) / Math.max(1, truthTotal)).toFixed(1)}%`;
console.log(`${pages.size} 个页面，${args.count} 个随机子串，应找到 ${truthTotal} 个（查询, 页面）对`);
console.log(`列出（召回）            ${listed}（${pct(listed)}）`);
console.log(`确认为逐字匹配           ${confirmed}（${pct(confirmed)}）`);
if (misses.length) console.log(`未找到的例子：${misses.join('；')}`);
process.exit(0);
