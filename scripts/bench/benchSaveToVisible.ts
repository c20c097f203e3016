/**
 * `npm run bench:save`: how long an editor waits between saving an article in /admin/ and seeing
 * it on the local site, at the size of the project's own content. Copies the project into a
 * scratch folder, starts `scripts/serve/serve.mjs --watch` there (which builds once, like `npm start`),
 * then --runs times saves a new article through the local CMS API (what /admin/ posts) and times
 * until its URL answers 200. Prints each run, the median, and the machine's load.
 *
 *   node scripts/bench/benchSaveToVisible.ts [--runs 3] [--port 0] [--keep]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { copyProject } from './project.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '0' },
    keep: { type: 'boolean', default: false },
  },
});

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'kepu-bench-save-'));
copyProject(root, work);
const counts = ['policies', 'articles', 'events', 'topics', 'interpretations'].map(
  (c) => `${c} ${readdirSync(join(work, 'src/content', c)).length}`,
);
console.log(`内容规模：${counts.join('，')}（工作目录 ${work}）`);

const server = spawn(
  process.execPath,
  ['scripts/serve/serve.mjs', '--watch', '--port', args.port!, '--host', '127.0.0.1', '--cms-port', '0'],
  {
    cwd: work,
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const origin = await new Promise<string>((done, fail) => {
  let out = '';
  server.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const m = /已启动：(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
    if (m) done(m[1]!);
  });
  server.on('exit', () => fail(new Error(`服务器已退出：\n${out}`)));
});
console.log(`首次构建完成，服务器：${origin}`);

const cover = readdirSync(join(work, 'src/assets/articles')).find((f) => f.endsWith('.png'));
const topic = readdirSync(join(work, 'src/content/topics'))[0]!.replace(/\.md$/, '');

async function save(slug: string): Promise<void> {
  const raw = [
    '---',
    `title: 基准测试文章 ${slug}`,
    'summary: 用来测量从保存到网站可见所需时间的文章。',
    `topics: [${topic}]`,
    'publishedAt: 2026-12-01',
    'author: 基准测试',
    'source: 基准测试',
    `cover: ../../assets/articles/${cover}`,
    'coverAlt: 插图',
    '---',
    '',
    '正文。',
    '',
  ].join('\n');
  const res = await fetch(`${origin}/api/v1`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [{ slug, path: `src/content/articles/${slug}.md`, raw }],
        assets: [],
        options: { collectionName: 'articles', commitMessage: slug, useWorkflow: false, status: 'draft' },
      },
    }),
  });
  if (!res.ok) throw new Error(`保存失败：${res.status} ${await res.text()}`);
}

const seconds: number[] = [];
try {
  for (let i = 1; i <= Number(args.runs); i++) {
    const slug = `bench-save-${Date.now()}`;
    const started = performance.now();
    await save(slug);
    for (;;) {
      const status = await fetch(`${origin}/articles/${slug}/`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) break;
      const build = (await (await fetch(`${origin}/api/build-status`)).json()) as {
        state: string;
        error?: { message: string };
      };
      if (build.state === 'failed') throw new Error(`构建失败：${build.error?.message}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const s = (performance.now() - started) / 1000;
    seconds.push(s);
    console.log(
      `第 ${i} 次：保存 → 可见 ${s.toFixed(1)} s（负载 ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}，${cpus().length} 核）`,
    );
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  console.log(
    `中位数 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} s，最短 ${sorted[0]!.toFixed(1)} s，最长 ${sorted.at(-1)!.toFixed(1)} s`,
  );
} finally {
  server.kill('SIGTERM');
  if (!args.keep) rmSync(work, { recursive: true, force: true });
}
