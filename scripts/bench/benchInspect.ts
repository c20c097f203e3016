/**
 * npm run bench:inspect — the time of 网站自查 at scale: generates a site of 10,000 built pages with
 * its content (articles, events, policies with their sources, 专题; synthetic HTML with the meta
 * tags and links a real page has) in a temporary folder, runs the whole check on it, then checks one
 * 1 MB body. Prints wall and CPU seconds (the load average first: the machine may be shared).
 * Goals: the whole check ≤ 30 s on 2 cores; a 1 MB body < 1 s.
 * Usage: node scripts/bench/benchInspect.ts [--pages 10000] [--keep]
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkEntryText } from '../../src/lib/inspect/entryChecks.ts';
import { DEFAULT_INSPECTION } from '../../src/lib/inspect/settings.ts';
import { runInspection } from '../inspect/runInspection.ts';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '10000' }, keep: { type: 'boolean', default: false } },
});
const PAGES = Number(values.pages);
const ROOT = join(import.meta.dirname, '../..');

// Real prose to build bodies from: the fixture articles' bodies.
const articleDir = join(ROOT, 'tests/fixtures/content/articles');
const prose = readdirSync(articleDir)
  .map((f) => readFileSync(join(articleDir, f), 'utf8').split(/\n---\n/u)[1] ?? '')
  .join('\n')
  .replace(/[#*`]/gu, '');

function body(seed: number, chars: number): string {
  const start = (seed * 7919) % Math.max(1, prose.length - chars);
  let text = prose.slice(start, start + chars);
  while (text.length < chars) text += prose.slice(0, chars - text.length);
  return text;
}

function write(root: string, path: string, text: string): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
}

const META =
  '<meta name="SiteName" content="科普益阳"><meta name="SiteDomain" content="kepu.example.cn"><meta name="SiteIDCode" content="4309000001"><meta name="ColumnName" content="专题">';

function page(path: string, links: string[], text: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${path}</title>${META}<link rel="canonical" href="https://kepu.example.cn${path}"><link rel="stylesheet" href="/_astro/site.css"></head><body><nav>${links
    .map((l) => `<a href="${l}">${l}</a>`)
    .join('')}</nav><main><h1>${path}</h1><p>${text}</p></main></body></html>`;
}

function generate(root: string): { contentFiles: number; pages: number; bytes: number } {
  const perKind = Math.floor(PAGES / 4);
  let bytes = 0;
  const put = (path: string, text: string) => {
    write(root, path, text);
    bytes += Buffer.byteLength(text);
  };
  const topics = Array.from({ length: 20 }, (_, i) => `topic-${i}`);
  for (const [i, t] of topics.entries())
    put(
      `content/topics/${t}.md`,
      `---\nname: 专题${i}\nslug: ${t}\ndescription: 专题简介专题简介专题简介。\norder: ${i}\n---\n`,
    );
  put('seeds/source.txt', body(1, 4000));
  for (let i = 0; i < perKind; i++) {
    const day = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    put(
      `content/articles/article-${i}.md`,
      `---\ntitle: 科普文章${i}\nsummary: 一篇用于测量网站自查速度的科普文章摘要。\ntopics: [${topics[i % 20]}]\npublishedAt: ${day}\nauthor: 编辑部\nsource: 科协\n---\n\n${body(i, 3000)}\n`,
    );
    put(
      `content/events/event-${i}.md`,
      `---\ntitle: 科普活动${i}\nkind: 科普讲座\ndatePrecision: day\nstart: '${day}'\norganizer: 科协\naudience: [公众]\nupdated: ${day}\n---\n${body(i + 1, 600)}\n`,
    );
    put(
      `content/policies/policy-${i}.md`,
      `---\ntitle: 政策文件${i}\nslug: policy-${i}\nissuedDate: '${day}'\nsource: source.txt\n---\n\n${body(i + 2, 5000)}\n`,
    );
  }
  // The built pages: one per entry and the rest as list pages, each linking to a few others.
  const paths: string[] = [];
  for (let i = 0; i < perKind; i++)
    paths.push(`/articles/article-${i}/`, `/events/event-${i}/`, `/policies/policy-${i}/`);
  for (let i = 0; paths.length < PAGES; i++) paths.push(`/topics/${topics[i % 20]}/page/${Math.floor(i / 20) + 1}/`);
  for (const [i, p] of paths.entries()) {
    const links = [
      '/',
      paths[(i + 1) % paths.length]!,
      paths[(i * 31) % paths.length]!,
      `/policies/policy-${i % perKind}/source.txt`,
    ];
    put(`dist${p}index.html`, page(p, links, body(i, 8000)));
  }
  for (let i = 0; i < perKind; i++) put(`dist/policies/policy-${i}/source.txt`, 'x');
  put('dist/index.html', page('/', paths.slice(0, 50), body(0, 8000)));
  put('dist/_astro/site.css', 'body{}');
  return { contentFiles: perKind * 3 + 20, pages: paths.length + 1, bytes };
}

function timed<T>(run: () => T): { result: T; wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = run();
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(cpu0);
  return { result, wall, cpu: (c.user + c.system) / 1e6 };
}

console.log(
  `机器：${cpus().length} 核，负载 ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')}`,
);
const root = mkdtempSync(join(tmpdir(), 'kepu-bench-inspect-'));
try {
  const gen = timed(() => generate(root));
  console.log(
    `生成：${gen.result.pages} 个页面、${gen.result.contentFiles} 个内容文件，共 ${(gen.result.bytes / 1e6).toFixed(0)} MB，用时 ${gen.wall.toFixed(1)} s`,
  );
  const whole = timed(() =>
    runInspection({
      root,
      contentDir: 'content',
      seedsDir: 'seeds',
      dist: 'dist',
      hideExamples: false,
      now: new Date('2026-12-08T09:00:00+08:00'),
      settings: DEFAULT_INSPECTION,
      site: { baseUrl: 'https://kepu.example.cn', icp: 'x', govSiteCode: 'x', publicSecurityRecord: 'x' },
    }),
  );
  const r = whole.result;
  console.log(
    `整站自查：${whole.wall.toFixed(2)} s（CPU ${whole.cpu.toFixed(2)} s；目标 ≤ 30 s），发现 单项否决 ${r.counts.veto}、扣分 ${r.counts.deduct}、提示 ${r.counts.hint}`,
  );
  // One 1 MB body (about 340,000 Chinese characters) with a few 错别字 and a 身份证号 in it.
  let big = '';
  for (let i = 0; Buffer.byteLength(big) < 1_000_000; i++)
    big += `${body(i, 2000)}\n再接再励，按装。11010519491231002X\n`;
  const one = timed(() => checkEntryText({ file: 'big.md', text: big }, DEFAULT_INSPECTION));
  console.log(
    `1 MB 正文：${one.wall.toFixed(3)} s（CPU ${one.cpu.toFixed(3)} s；目标 < 1 s），${(Buffer.byteLength(big) / 1e6).toFixed(2)} MB，发现 ${one.result.length} 处`,
  );
} finally {
  if (values.keep) console.log(`保留在 ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
