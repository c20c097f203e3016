// `npm run lighthouse`: Lighthouse (via @lhci/cli) on the built site, served the way
// deploy/nginx serves it (gzip, cache headers, CSP: scripts/deploy/deployServer.mjs), for the home page,
// a policy, an article, the calendar and search, on desktop and mobile. Prints the four scores per
// page and exits 1 if any is under target. Slow (one Chromium run per page and form factor), so it is
// not part of `npm test`. Needs `npm run build` first. Env: CHROME_PATH (default: the found Chromium),
// LH_RUNS (runs per URL, median kept by lhci; default 1), LH_ONLY (comma-separated page labels, e.g.
// 搜索, to measure just those), LH_FORMS (desktop,mobile by default).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDeployServer } from '../deploy/deployServer.mjs';
import { findBrowser, CHROMIUM_ARGS } from './findBrowser.mjs';

/** Scores (0–100) the site must reach on every page and form factor. */
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const DIST = resolve('dist');
const LHCI = resolve('node_modules/.bin/lhci');

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('找不到 dist/：请先运行 npm run build。');
  process.exit(1);
}

/** First detail page of a section in dist/ (e.g. /policies/<slug>/), skipping its index pages. */
function firstDetailPage(section, skip = []) {
  const dir = join(DIST, section);
  if (!existsSync(dir)) return undefined;
  const slug = readdirSync(dir, { withFileTypes: true })
    .filter(
      (d) =>
        d.isDirectory() &&
        !skip.includes(d.name) &&
        !/^\d+$/.test(d.name) &&
        existsSync(join(dir, d.name, 'index.html')),
    )
    .map((d) => d.name)
    .sort()[0];
  return slug ? `/${section}/${slug}/` : undefined;
}

const candidates = [
  ['首页', '/'],
  ['政策文件', process.env.LH_POLICY ?? firstDetailPage('policies', ['lineage', 'compare', 'targets'])],
  ['文章', process.env.LH_ARTICLE ?? firstDetailPage('articles')],
  ['活动日历', '/events/'],
  ['搜索', '/search/?q=%E7%A7%91%E6%99%AE'],
];
const only = process.env.LH_ONLY?.split(',').map((x) => x.trim());
const pages = candidates.filter(([label, path]) => {
  if (only && !only.includes(label)) return false;
  const file = path && join(DIST, path.split('?')[0], 'index.html');
  return file && existsSync(file);
});
for (const [label, path] of candidates)
  if ((!only || only.includes(label)) && !pages.some(([l]) => l === label))
    console.warn(`跳过 ${label}：dist/ 中还没有这类页面 (${path ?? '无'})`);

const browser = await findBrowser();
const chromePath = process.env.CHROME_PATH ?? browser.path ?? '/usr/bin/chromium';
const server = createDeployServer({ root: DIST });
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

function run(cmd, args, cwd) {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, {
      cwd,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CHROME_PATH: chromePath },
    });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${cmd} exited with ${code}`))));
  });
}

const rows = [];
try {
  for (const formFactor of (process.env.LH_FORMS ?? 'desktop,mobile').split(',')) {
    const work = mkdtempSync(join(tmpdir(), `lhci-${formFactor}-`));
    const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
    const args = [
      'collect',
      '--no-lighthouserc',
      `--chromePath=${chromePath}`,
      `--numberOfRuns=${process.env.LH_RUNS ?? 1}`,
      `--settings.chromeFlags=${flags}`,
      ...(formFactor === 'desktop' ? ['--settings.preset=desktop'] : []),
      ...pages.map(([, path]) => `--url=${origin}${path}`),
    ];
    console.log(`Lighthouse ${formFactor}: ${pages.length} 页…`);
    await run(LHCI, args, work);
    const dir = join(work, '.lighthouseci');
    for (const f of readdirSync(dir).filter((n) => n.startsWith('lhr-') && n.endsWith('.json'))) {
      const lhr = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const path = lhr.requestedUrl.slice(origin.length);
      const scores = Object.fromEntries(
        Object.keys(TARGETS).map((k) => [k, Math.round((lhr.categories[k]?.score ?? 0) * 100)]),
      );
      const misses = Object.entries(lhr.audits)
        .filter(
          ([, a]) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual' &&
            a.scoreDisplayMode !== 'notApplicable',
        )
        .filter(([id]) =>
          Object.keys(TARGETS).some(
            (cat) => cat !== 'performance' && lhr.categories[cat]?.auditRefs.some((r) => r.id === id && r.weight > 0),
          ),
        )
        .map(([id]) => id);
      rows.push({
        formFactor,
        label: pages.find(([, p]) => p === path)?.[0] ?? path,
        path,
        scores,
        misses,
        lcp: lhr.audits['largest-contentful-paint']?.displayValue,
        tbt: lhr.audits['total-blocking-time']?.displayValue,
        cls: lhr.audits['cumulative-layout-shift']?.displayValue,
      });
    }
    rmSync(work, { recursive: true, force: true });
  }
} finally {
  server.close();
}

rows.sort(
  (a, b) =>
    a.formFactor.localeCompare(b.formFactor) ||
    pages.findIndex(([l]) => l === a.label) - pages.findIndex(([l]) => l === b.label),
);
const pad = (s, n) => String(s).padEnd(n);
console.log(
  `\n${pad('form', 8)}${pad('page', 34)}${pad('perf', 6)}${pad('a11y', 6)}${pad('bp', 6)}${pad('seo', 6)}LCP / TBT / CLS`,
);
let failed = false;
for (const r of rows) {
  const under = Object.entries(TARGETS)
    .filter(([k, t]) => r.scores[k] < t)
    .map(([k]) => k);
  if (under.length) failed = true;
  console.log(
    `${pad(r.formFactor, 8)}${pad(`${r.label} ${r.path}`.slice(0, 33), 34)}` +
      Object.keys(TARGETS)
        .map((k) => pad(r.scores[k], 6))
        .join('') +
      `${r.lcp} / ${r.tbt} / ${r.cls}${under.length ? `  ✗ ${under.join(', ')}${r.misses.length ? ` (failing audits: ${r.misses.join(', ')})` : ''}` : ''}`,
  );
}
console.log(
  `\ntargets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ${TARGETS['best-practices']}, SEO ${TARGETS.seo}`,
);
process.exit(failed ? 1 : 0);
