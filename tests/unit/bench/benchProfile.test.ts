import { describe, expect, it } from 'vitest';
import { profileBuild, routeOf } from '../../../scripts/bench/profile.ts';
import { marginalMs } from '../../../scripts/bench/report.ts';
import { indexLogLine } from '../../../scripts/build/searchIndex.ts';

const LOG = [
  '10:00:01 [content] Syncing content',
  '10:00:04 [content] Synced content',
  '10:00:05 [build] ✓ Completed in 5.20s.',
  '10:00:05 [build] Building static entrypoints...',
  '10:00:20 [build] ✓ Completed in 15.00s.',
  ' generating static routes ',
  '10:00:21   ├─ /policies/a/index.html (+40ms)',
  '10:00:21   ├─ /policies/b/index.html (+60ms)',
  '10:00:21   ├─ /policies/lineage/a/index.html (+10ms)',
  '10:00:22   ├─ /articles/x/index.html (+1.50s)',
  '10:00:22   ├─ /policies/index.html (+2ms)',
  '10:00:23   └─ /events/e/index.html (restored)',
  '10:01:30 ✓ Completed in 1m 10s.',
  ' generating optimized images ',
  '10:01:31 ✓ Completed in 800ms.',
  '10:01:32 [kepu-decap-cms] CMS 已打包：/admin/cms.js（5.1 MB，预览样式 3 项，2500 ms）',
  // The indexer's own line, so the profile follows its wording.
  indexLogLine(
    {
      pages: 3,
      records: 9,
      outputPath: 'dist/pagefind',
      parts: [{ name: 'policies', records: 9, cached: false }],
      timings: { readMs: 1000, addMs: 2500, writeMs: 4000, keysMs: 0 },
    },
    7500,
  ),
].join('\n');

describe('build profile from the log', () => {
  const p = profileBuild(`\u001b[32m${LOG}\u001b[39m`);
  it('reads each phase', () => {
    expect(p.phases).toEqual({
      startupAndContentSync: 5.2,
      contentSync: 3,
      bundle: 15,
      render: 70,
      images: 0.8,
      cmsBundle: 2.5,
      search: 7.5,
      searchRead: 1,
      searchAdd: 2.5,
      searchWrite: 4,
    });
  });
  it('sums rendering time by route, pages copied from the cache left out', () => {
    expect(p.renderByRoute.map((r) => [r.route, r.pages, Number(r.seconds.toFixed(3))])).toEqual([
      ['/articles/*/', 1, 1.5],
      ['/policies/*/', 2, 0.1],
      ['/policies/lineage/*/', 1, 0.01],
      ['/policies/', 1, 0.002],
    ]);
  });
  it('folds dynamic segments but keeps a section’s fixed pages', () => {
    expect(routeOf('/policies/x/tasks/index.html')).toBe('/policies/*/tasks/');
    expect(routeOf('/policies/compare/index.html')).toBe('/policies/compare/');
    expect(routeOf('/index.html')).toBe('/');
  });
});

describe('slopes by CPU time', () => {
  const run = (seconds: number, cpuSeconds: number | null, pages: number) => ({
    ok: true,
    seconds,
    cpuSeconds,
    pages,
    msPerPage: null,
    peakTreeRssMb: null,
    maxProcessRssMb: null,
  });
  it('uses the measure asked for', () => {
    expect(marginalMs(run(10, 4, 100), run(30, 14, 1100), 'cpuSeconds')).toBe(10);
    expect(marginalMs(run(10, 4, 100), run(30, 14, 1100))).toBe(20);
  });
  it('is null without CPU time', () => {
    expect(marginalMs(run(10, null, 100), run(30, 14, 1100), 'cpuSeconds')).toBeNull();
  });
});
