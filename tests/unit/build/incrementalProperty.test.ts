/**
 * `npm run build:incremental` after any edits gives the site a clean build gives: every file outside
 * pagefind/ byte for byte, and the same search results. On a scratch copy of the project with the
 * fixture content, seeded random edits (any collection, a site page, site.json, a topic, deletions,
 * a renamed slug, a new image; tests/support/randomEdits.ts) are made in two rounds, each followed by
 * an incremental build into the same folder, then compared with one clean build:
 *
 *   1. 关于我们 renamed (a page every footer names) and RANDOM_EDITS random edits of any kind;
 *   2. RANDOM_EDITS random edits that touch no site-wide part, so a page the first round left stale
 *      stays stale unless its own key catches it, and most pages are copied from the cache.
 *
 * Then a page copy in the cache is damaged: the next incremental build must say so and build from scratch.
 *
 * INCREMENTAL_SEED=<n> repeats a run; without it every run draws new edits. The seed is printed
 * first and named in every failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../../scripts/bench/project.ts';
import { createStaticServer } from '../../../scripts/serve/staticServer.mjs';
import { mergeIndexParts } from '../../../src/lib/search/query/indexParts';
import { FIXTURE_BUILD_TIME } from '../../fixtures/site';
import { prng as seededRandom } from '../../../scripts/bench/corpus';
import { randomEdits, renameSitePage } from '../../support/randomEdits';
import { copyFixtureImageCache, useFixtureContent } from '../../support/tempProject';

const RANDOM_EDITS = Number(process.env.INCREMENTAL_EDITS ?? 10);
const seed = Number(process.env.INCREMENTAL_SEED ?? Math.floor(Math.random() * 2 ** 31));
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'kepu-incremental-property-'));
const site = join(work, 'site');

function run(args: string[]): string {
  const r = spawnSync('npm', ['run', '--silent', ...args], {
    cwd: site,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', SITE_BUILD_TIME: FIXTURE_BUILD_TIME },
  });
  // Astro may colour its log even when asked not to: the checks below read plain text.
  const out = `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/gu, '');
  if (r.status !== 0) {
    throw new Error(`seed ${seed}: npm run ${args.join(' ')} failed:\n${out.split('\n').slice(-30).join('\n')}`);
  }
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((f) => f.split(sep)[0] !== 'pagefind')
    .sort();
}

/** Each query's results (page URL with the section's anchor) as the site's Pagefind bundle gives them. */
async function searchResults(dist: string, queries: readonly string[]): Promise<Record<string, string[]>> {
  const server = createStaticServer({ root: dist });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  try {
    const bundle = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pagefind/`;
    // A module instance of its own per site: the query string keeps the two bundles apart.
    const pf = await import(`${pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href}?${relative(work, dist)}`);
    await pf.options({ basePath: bundle, noWorker: true });
    await pf.init();
    await mergeIndexParts(pf, bundle);
    const out: Record<string, string[]> = {};
    for (const q of queries) {
      const found = (await pf.search(q)) as { results: { data(): Promise<{ url: string }> }[] };
      // The path and anchor only: each site is served on a port of its own.
      const urls = await Promise.all(found.results.map(async (r) => new URL((await r.data()).url, bundle)));
      out[q] = urls.map((u) => decodeURI(u.pathname + u.hash)).sort();
    }
    await pf.destroy?.();
    return out;
  } finally {
    server.close();
  }
}

/** The HTML pages a build's log says it copied from the incremental cache instead of rendering. */
const copied = (log: string) =>
  log.split('\n').filter((l) => /[├└]─ \/\S+\.html/u.test(l) && /\((restored|cached)\)/u.test(l));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('incremental build equals a clean build', () => {
  it(
    `after 关于我们 is renamed and ${2 * RANDOM_EDITS} random edits (seed printed below)`,
    async () => {
      console.log(`[incremental property] seed ${seed} (INCREMENTAL_SEED=${seed} repeats this run)`);
      copyProject(root, site);
      useFixtureContent(site);
      copyFixtureImageCache(site);
      const random = seededRandom(seed);
      const out = ['build:incremental', '--', '--out-dir', 'dist-incremental'];
      run(out);

      const about = `关于我们（第${seed % 1000}版）`;
      renameSitePage(site, 'about', about);
      const first = await randomEdits(site, random, RANDOM_EDITS, { first: 1 });
      const firstLog = run(out);

      // The second round leaves the site-wide parts alone: most pages must come from the cache.
      const second = await randomEdits(site, random, RANDOM_EDITS, { first: 100, siteWide: false });
      const secondLog = run(out);
      const edits = [`pages/about.md: title → ${about}`, ...first, ...second];
      const context = `seed ${seed}; edits:\n  ${edits.join('\n  ')}`;

      // A clean build: no content store; a plain `npm run build` never reads the incremental caches
      // (kept for the damaged-cache step below).
      rmSync(join(site, 'node_modules/.astro/data-store.json'), { force: true });
      run(['build']);

      const clean = join(site, 'dist');
      const incremental = join(site, 'dist-incremental');
      expect(files(incremental), context).toEqual(files(clean));
      const differing = files(clean).filter(
        (f) => !readFileSync(join(clean, f)).equals(readFileSync(join(incremental, f))),
      );
      expect(differing, context).toEqual([]);
      // Renaming 关于我们 rendered every page again (each footer names it), cached ones included.
      expect(copied(firstLog), context).toEqual([]);
      const pages = files(incremental).filter((f) => f.endsWith('index.html'));
      expect(pages.length).toBeGreaterThan(50);
      const stale = pages.filter((f) => !readFileSync(join(incremental, f), 'utf8').includes(`>${about}</a>`));
      expect(
        stale.filter((f) => !f.startsWith('admin')),
        context,
      ).toEqual([]);
      // The second round rendered what changed and copied the rest.
      expect(copied(secondLog).length, context).toBeGreaterThan(0);

      const queries = ['修订', '调整', '新增文章', '科学素质', '科普讲座', '益科协〔2023〕12号', about];
      expect(await searchResults(incremental, queries), context).toEqual(await searchResults(clean, queries));

      // A damaged page copy in the cache is found, said, and never served: the site is built from scratch.
      const page = pages.find((f) => /^events\/[^/]+\/index\.html$/u.test(f))!;
      writeFileSync(join(site, 'node_modules/.astro/dist', page), '<p>损坏</p>');
      const damagedLog = run(out);
      expect(damagedLog).toContain(`增量构建缓存不可信：缓存文件 dist/${page} 与上次构建写入的内容不一致`);
      expect(copied(damagedLog)).toEqual([]);
      expect(readFileSync(join(incremental, page)).equals(readFileSync(join(clean, page))), context).toBe(true);
    },
    30 * 60_000,
  );
});
