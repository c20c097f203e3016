/**
 * 发布到正式网站 (scripts/serve/publishApi.mjs): same-origin POSTs from this machine build the
 * production site and publish it with the deploy module to the 发布目标 in site settings (here a
 * local folder); 退回上一版 switches back; a failing build, a missing or bad target are refused in
 * Chinese and nothing is published.
 */
import { createServer, request, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createPublishApi, productionBuild } from '../../../scripts/serve/publishApi.mjs';
import raw from '../../../src/config/site.json';

interface Reply {
  status: number;
  body: {
    ok: boolean;
    error?: string | null;
    state?: string;
    log?: string[];
    release?: string | null;
    configuredTarget?: string | null;
    targetProblem?: string | null;
  };
}

type BuildState = { state: string; error: { file: string | null; field: string | null; message: string } | null };

let server: Server | undefined;
afterEach(() => server?.close());

/** A project folder holding site settings with `deployTarget`, and the API serving it. */
async function setUp(
  deployTarget: string,
  build: (repo: string, out: string) => Promise<{ ok: boolean; output: string }>,
  buildState: BuildState = { state: 'ok', error: null },
) {
  const repo = mkdtempSync(join(tmpdir(), 'kepu-publish-'));
  mkdirSync(join(repo, 'src/config'), { recursive: true });
  writeFileSync(join(repo, 'src/config/site.json'), JSON.stringify({ ...raw, deployTarget }));
  const api = createPublishApi({ repo, build, buildStatus: { get: () => buildState } });
  server = createServer((req, res) => {
    if (!api(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const call = (method: string, payload?: unknown, headers: Record<string, string> = {}): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const host = `127.0.0.1:${port}`;
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/publish',
          method,
          headers: { Host: host, Origin: `http://${host}`, 'Content-Type': 'application/json', ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
          );
        },
      );
      req.on('error', reject);
      req.end(payload === undefined ? undefined : JSON.stringify(payload));
    });
  /** Posts an action and waits for its result. */
  const act = async (action: string): Promise<Reply> => {
    const started = await call('POST', { action });
    if (started.status !== 202) return started;
    await api.idle();
    return call('GET');
  };
  return { repo, call, act };
}

/** A build writing a small site whose home page says `text`; records each run in `seen`. */
function fakeBuild(text: () => string, seen: string[] = []) {
  return async (_repo: string, out: string) => {
    seen.push(process.env.SITE_EXAMPLES ?? '');
    mkdirSync(join(out, 'pages'), { recursive: true });
    writeFileSync(join(out, 'index.html'), text());
    writeFileSync(join(out, 'pages/a.html'), 'a');
    return { ok: true, output: '' };
  };
}

const served = (target: string) => readFileSync(join(target, 'current/index.html'), 'utf8');

describe('发布到正式网站 to a folder', () => {
  it('publishes the build, publishes again, and 退回上一版 serves the first one again', async () => {
    const target = mkdtempSync(join(tmpdir(), 'kepu-public-'));
    let version = 'first';
    const { act, call } = await setUp(
      target,
      fakeBuild(() => version),
    );
    expect((await call('GET')).body).toMatchObject({ state: 'idle', configuredTarget: target, targetProblem: null });
    const one = await act('publish');
    expect(one.body, JSON.stringify(one.body)).toMatchObject({ state: 'done', error: null });
    expect(one.body.log!.join('\n')).toMatch(/正在构建正式版本[\s\S]*已发布/);
    expect(served(target)).toBe('first');
    version = 'second';
    const two = await act('publish');
    expect(two.body.state).toBe('done');
    expect(served(target)).toBe('second');
    const back = await act('rollback');
    expect(back.body).toMatchObject({ state: 'done', release: one.body.release });
    expect(back.body.log!.at(-1)).toContain('已退回到');
    expect(served(target)).toBe('first');
    rmSync(target, { recursive: true, force: true });
  });

  it('a build that fails: the build error is shown and nothing is published', async () => {
    const target = mkdtempSync(join(tmpdir(), 'kepu-public-'));
    const { act } = await setUp(target, async () => ({
      ok: false,
      output: 'src/content/events/kepu-day.md：字段 startDate：日期应为 YYYY-MM-DD\n',
    }));
    const r = await act('publish');
    expect(r.body.state).toBe('failed');
    expect(r.body.error).toBe(
      '构建失败，没有发布任何内容：文件 src/content/events/kepu-day.md，字段 startDate：日期应为 YYYY-MM-DD',
    );
    expect(readdirSync(target).filter((n) => n === 'current')).toEqual([]);
  });

  it('refused while the site build fails, showing that error; nothing is built or published', async () => {
    const target = mkdtempSync(join(tmpdir(), 'kepu-public-'));
    const builds: string[] = [];
    const { call } = await setUp(
      target,
      fakeBuild(() => 'x', builds),
      {
        state: 'failed',
        error: { file: 'src/content/articles/a.md', field: 'title', message: '不能为空' },
      },
    );
    const r = await call('POST', { action: 'publish' });
    expect(r.status).toBe(409);
    expect(r.body.error).toBe(
      '网站构建失败，不能发布：文件 src/content/articles/a.md，字段 title：不能为空。请先在内容管理中改正。',
    );
    expect(builds).toEqual([]);
    expect(existsSync(join(target, 'current'))).toBe(false);
  });

  it('a target folder that does not exist: a message naming it', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'kepu-parent-')), 'public-site');
    const { act } = await setUp(
      missing,
      fakeBuild(() => 'x'),
    );
    const r = await act('publish');
    expect(r.body.state).toBe('failed');
    expect(r.body.error).toContain(`部署目标 ${missing} 不存在`);
  });
});

describe('site settings without a usable 发布目标', () => {
  it('no target: a Chinese message saying where to set it; nothing is built', async () => {
    const builds: string[] = [];
    const { call } = await setUp(
      '',
      fakeBuild(() => 'x', builds),
    );
    const r = await call('POST', { action: 'publish' });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatch(/^尚未设置发布目标：请在“站点设置 → 网站信息 → 发布目标”中填写/);
    expect((await call('GET')).body.targetProblem).toMatch(/尚未设置发布目标/);
    expect(builds).toEqual([]);
  });

  it('a target that is not a folder or user@host:/path: the file and field are named', async () => {
    const { call } = await setUp(
      'deploy@web;reboot:/srv',
      fakeBuild(() => 'x'),
    );
    const r = await call('POST', { action: 'rollback' });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatch(
      /^src\/config\/site\.json：字段 deployTarget（发布目标）：“deploy@web;reboot:\/srv”不是有效的发布目标/,
    );
  });
});

describe('who may call it', () => {
  it.each([
    ['another origin', { Origin: 'http://evil.example' }, 403],
    ['a non-loopback Host (DNS rebinding)', { Host: 'evil.example', Origin: 'http://evil.example' }, 403],
    ['a cross-site fetch', { 'Sec-Fetch-Site': 'cross-site' }, 403],
    ['a form post (not JSON)', { 'Content-Type': 'text/plain' }, 415],
  ])('refuses %s and publishes nothing', async (_name, headers, status) => {
    const target = mkdtempSync(join(tmpdir(), 'kepu-public-'));
    const builds: string[] = [];
    const { call } = await setUp(
      target,
      fakeBuild(() => 'x', builds),
    );
    const r = await call('POST', { action: 'publish' }, headers);
    expect(r.status).toBe(status);
    expect(r.body.ok).toBe(false);
    expect(builds).toEqual([]);
    expect(existsSync(join(target, 'current'))).toBe(false);
  });

  it('an unknown action is refused', async () => {
    const { call } = await setUp(
      mkdtempSync(join(tmpdir(), 'kepu-public-')),
      fakeBuild(() => 'x'),
    );
    expect((await call('POST', { action: 'delete' })).status).toBe(400);
  });
});

describe('the production build it runs', () => {
  /** A project whose astro and search indexer are stand-ins recording how they were called. */
  function stubProject(astroExit: number): string {
    const repo = mkdtempSync(join(tmpdir(), 'kepu-publish-build-'));
    mkdirSync(join(repo, 'node_modules/astro/bin'), { recursive: true });
    mkdirSync(join(repo, 'scripts/build'), { recursive: true });
    writeFileSync(
      join(repo, 'node_modules/astro/bin/astro.mjs'),
      `import { mkdirSync, writeFileSync } from 'node:fs';
const out = process.argv[process.argv.indexOf('--outDir') + 1];
mkdirSync(out, { recursive: true });
writeFileSync(out + '/index.html', 'SITE_EXAMPLES=' + process.env.SITE_EXAMPLES);
if (${astroExit}) { console.error('src/content/articles/a.md：字段 title：不能为空'); process.exit(${astroExit}); }`,
    );
    writeFileSync(
      join(repo, 'scripts/build/indexSearch.ts'),
      `import { writeFileSync } from 'node:fs';
writeFileSync(process.argv[process.argv.indexOf('--dist') + 1] + '/pagefind.txt', 'indexed');`,
    );
    return repo;
  }

  it('builds without the 示例 content into the given folder, then indexes it', async () => {
    const repo = stubProject(0);
    const out = join(repo, '.site-builds/publish');
    expect(await productionBuild(repo, out)).toMatchObject({ ok: true });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('SITE_EXAMPLES=hide');
    expect(readFileSync(join(out, 'pagefind.txt'), 'utf8')).toBe('indexed');
  });

  it('a failing build stops before indexing and returns what it printed', async () => {
    const repo = stubProject(1);
    const out = join(repo, '.site-builds/publish');
    const result = await productionBuild(repo, out);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('src/content/articles/a.md：字段 title：不能为空');
    expect(existsSync(join(out, 'pagefind.txt'))).toBe(false);
  });
});
