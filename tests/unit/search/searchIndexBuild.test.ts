// The indexer on a small built site of its own, with real Pagefind: the index comes in parts, one
// search over the merged parts finds every kind, and a rebuild with caches after one page changed
// indexes that page's part only and writes exactly what a clean index writes.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../scripts/build/searchIndex';
import { createStaticServer } from '../../../scripts/serve/staticServer.mjs';
import { IndexParts, mergeIndexParts, PARTS_FILE } from '../../../src/lib/search/query/indexParts';
import { PART_KEYS_DIR } from '../../../src/lib/search/query/partKeys';
import { prepareQuery } from '../../../src/lib/search/query/query';
import { runSearch } from '../../../src/lib/search/query/engine';

/** A content page as SearchMeta and the page templates write it: a body with a title and clauses. */
function page(title: string, type: string, clauses: string[]): string {
  const body = clauses.map((text, i) => `<h2 id="s${i + 1}">第${i + 1}条</h2><p>${text}</p>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><span data-pagefind-filter="类型" hidden>${type}</span>${body}</main></body></html>`;
}

const SITE: Record<string, string> = {
  'policies/kexue-suzhi/index.html': page('全民科学素质行动实施方案', '政策文件', [
    '提升全民科学素质，湿地观鸟',
    '加强科普基础设施建设',
  ]),
  'policies/kepu-yaodian/index.html': page('科普工作要点', '政策文件', ['组织全国科普日活动', '开展科技活动周']),
  'articles/zhongshu/index.html': page('夏季防中暑', '科普文章', ['高温天气注意防暑，湿地观鸟要带水']),
  'articles/shuangtan/index.html': page('双碳知识问答', '科普文章', ['节能减排从身边做起']),
  'articles/shipin/index.html': page('食品安全小常识', '科普文章', ['生熟分开，湿地观鸟后要洗手']),
  'articles/kongjian/index.html': page('空间站里的一天', '科普文章', ['航天员在轨工作']),
  'events/guanniao/index.html': page('湿地观鸟活动', '活动', ['周末到湿地观鸟']),
  'topics/shuangtan/index.html': page('双碳专题', '专题', ['湿地观鸟与碳汇']),
  'about/index.html':
    '<!doctype html><html lang="zh-CN"><body><h1>关于本站</h1><p>不进索引，湿地观鸟</p></body></html>',
};

async function writeSite(dir: string): Promise<void> {
  for (const [file, html] of Object.entries(SITE)) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), html);
  }
}

/** Every file under `dir` with its bytes, by relative path. */
async function tree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    files.set(relative(dir, file), (await readFile(file)).toString('base64'));
  }
  return files;
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kepu-index-parts-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the search index in parts', () => {
  it('writes the main bundle and the other parts, and one search over the merged parts finds every kind', async () => {
    const dist = join(work, 'search');
    await writeSite(dist);
    const summary = await buildSearchIndex(dist, { maxPartRecords: 5 });
    expect(summary.pages).toBe(8);
    // At most five records per part: the eight pages' records spread over several parts.
    const names = summary.parts.map((p) => p.name);
    expect(names.length).toBeGreaterThan(2);
    expect(names.every((n) => /^part-\d+$/.test(n))).toBe(true);
    expect(summary.parts.reduce((n, p) => n + p.records, 0)).toBe(summary.records);

    const pagefindDir = join(dist, 'pagefind');
    const list = JSON.parse(await readFile(join(pagefindDir, PARTS_FILE), 'utf8')) as { merge: string[] };
    expect(list.merge).toEqual(names.slice(1).map((n) => `parts/${n}/`));
    expect((await readdir(pagefindDir)).filter((f) => f === 'pagefind.js')).toHaveLength(1);
    for (const part of list.merge) {
      const files = await readdir(join(pagefindDir, part));
      expect(files.some((f) => f.startsWith('pagefind-entry'))).toBe(true);
      // A merged part uses the main bundle's engine.
      expect(files.filter((f) => f.endsWith('.js') || f.startsWith('wasm.'))).toEqual([]);
    }

    const server = createStaticServer({ root: dist });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
    try {
      const bundle = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pagefind/`;
      const pf = await import(`${pathToFileURL(join(pagefindDir, 'pagefind.js')).href}?parts`);
      await pf.options({ basePath: bundle, noWorker: true });
      await pf.init();
      expect(await mergeIndexParts(pf, bundle)).toBe(list.merge.length);
      const found = await pf.search('观鸟');
      const urls = new Set<string>();
      for (const r of found.results) urls.add((await r.data()).meta.page);
      expect([...urls].sort()).toEqual([
        '/articles/shipin/',
        '/articles/zhongshu/',
        '/events/guanniao/',
        '/policies/kexue-suzhi/',
        '/topics/shuangtan/',
      ]);
      await pf.destroy?.();
    } finally {
      server.close();
    }
  }, 120_000);

  it('lets a query merge only the parts that can hold it, and find what a search over every part finds', async () => {
    const dist = join(work, 'keys');
    await writeSite(dist);
    const summary = await buildSearchIndex(dist, { maxPartRecords: 5 });
    const pagefindDir = join(dist, 'pagefind');
    const list = JSON.parse(await readFile(join(pagefindDir, PARTS_FILE), 'utf8')) as { keys?: { shards: number } };
    expect(list.keys?.shards).toBe(summary.keys?.shards);
    expect(await readdir(join(pagefindDir, PART_KEYS_DIR))).toHaveLength(list.keys!.shards);

    const server = createStaticServer({ root: dist });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
    let instance = 0;
    /** A fresh engine (its own module instance) with the parts a query merges: those that can hold it, or all. */
    const search = async (q: string, how: 'for' | 'all') => {
      const bundle = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pagefind/`;
      const pf = await import(`${pathToFileURL(join(pagefindDir, 'pagefind.js')).href}?keys${instance++}`);
      await pf.options({ basePath: bundle, noWorker: true });
      await pf.init();
      const merged: string[] = [];
      const counting = {
        mergeIndex: (path: string, o?: Record<string, unknown>) => {
          merged.push(path);
          return pf.mergeIndex(path, o);
        },
      };
      const parts = await IndexParts.open(counting, bundle);
      const query = prepareQuery(q)!;
      if (how === 'for') await parts.mergeFor(query);
      else await parts.mergeAll();
      const pages = (await runSearch(pf, query)).exact.map((h) => h.url).sort();
      await pf.destroy?.();
      return { pages, merged: merged.length, total: parts.total };
    };
    try {
      for (const q of ['观鸟', '中暑', '节能减排', '科普日', '观鸟 碳汇', '航天员在轨']) {
        const some = await search(q, 'for');
        const every = await search(q, 'all');
        expect(some.pages, q).toEqual(every.pages);
        expect(some.pages.length, q).toBeGreaterThan(0);
        expect(some.merged, q).toBeLessThanOrEqual(every.merged);
      }
      // One page holds 中暑: at most its part is merged, not every part.
      const rare = await search('中暑', 'for');
      expect(rare.pages).toEqual(['/articles/zhongshu/']);
      expect(rare.merged).toBeLessThanOrEqual(1);
      expect(rare.total).toBeGreaterThan(1);
      // A phrase on no page merges no part.
      expect((await search('观鸟中暑', 'for')).merged).toBe(0);
    } finally {
      server.close();
    }
  }, 120_000);

  it('re-indexes only the part of a changed page, and writes what a clean index writes', async () => {
    const dist = join(work, 'incremental');
    const caches = { recordCacheDir: join(work, 'records'), partCacheDir: join(work, 'parts'), maxPartRecords: 5 };
    await writeSite(dist);
    const first = await buildSearchIndex(dist, caches);
    expect(first.parts.every((p) => !p.cached)).toBe(true);

    const changed = 'events/guanniao/index.html';
    await writeFile(join(dist, changed), page('湿地观鸟活动（改期）', '活动', ['改到下周末到湿地观鸟']));
    const second = await buildSearchIndex(dist, caches);
    // Only the part holding the changed page is indexed again.
    expect(second.parts.length).toBe(first.parts.length);
    expect(second.parts.filter((p) => !p.cached)).toHaveLength(1);
    // Nine HTML files (the about page has no body to index, but its reading is cached too).
    expect(second.cache).toEqual({ hits: 8, misses: 1 });

    const clean = join(work, 'clean');
    await cp(dist, clean, { recursive: true });
    await rm(join(clean, 'pagefind'), { recursive: true });
    await buildSearchIndex(clean, { maxPartRecords: 5 });
    const incremental = await tree(join(dist, 'pagefind'));
    const fresh = await tree(join(clean, 'pagefind'));
    expect([...incremental.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [file, bytes] of fresh) expect(incremental.get(file), file).toBe(bytes);
  }, 120_000);
});
