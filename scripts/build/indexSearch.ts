// Second step of `npm run build`: index the content pages of dist/ into dist/pagefind/.
//   node scripts/build/indexSearch.ts [--dist dist] [--record-cache DIR] [--part-cache DIR] [--part-records N]
// --record-cache keeps each page's records between runs, --part-cache each index part as written
// (see buildSearchIndex's options); --part-records cuts the index into parts of N records, so a
// small test site is searched in parts as a large archive is.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex, indexLogLine } from './searchIndex.ts';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    'record-cache': { type: 'string' },
    'part-cache': { type: 'string' },
    'part-records': { type: 'string' },
  },
});
const dist = resolve(args.dist!);
const partRecords = args['part-records'] === undefined ? undefined : Number(args['part-records']);
if (partRecords !== undefined && !(Number.isInteger(partRecords) && partRecords > 0)) {
  console.error(`[search] --part-records 应为正整数，收到：${args['part-records']}`);
  process.exit(1);
}
const started = performance.now();
try {
  const summary = await buildSearchIndex(dist, {
    recordCacheDir: args['record-cache'] ? resolve(args['record-cache']) : undefined,
    partCacheDir: args['part-cache'] ? resolve(args['part-cache']) : undefined,
    maxPartRecords: partRecords,
  });
  // A site without content pages yet (early in a fork) still gets a valid, empty index.
  if (summary.pages === 0) console.warn('[search] 没有页面带 data-pagefind-body：搜索索引为空。');
  console.log(indexLogLine(summary, performance.now() - started));
} catch (error) {
  console.error(`[search] 搜索索引构建失败：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
