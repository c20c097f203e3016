// The remote deploy for real: `npm run deploy` to user@127.0.0.1:/path over ssh + rsync against a
// throwaway sshd (tests/support/sshServer.ts), and the GitLab pipeline's deploy job run by
// gitlab-ci-local in shell-executor mode against the same server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPublishApi } from '../../../scripts/serve/publishApi.mjs';
import raw from '../../../src/config/site.json';
import { type SshServer, startSshServer } from '../../support/sshServer';

let server: SshServer;
beforeAll(async () => {
  server = await startSshServer();
}, 30_000);
afterAll(() => server?.stop());

function site(text: string, files = 20): string {
  const dist = mkdtempSync(join(tmpdir(), 'kepu-dist-'));
  writeFileSync(join(dist, 'index.html'), text);
  writeFileSync(join(dist, 'shared.css'), 'body{}');
  mkdirSync(join(dist, 'pages'));
  for (let i = 0; i < files; i++) writeFileSync(join(dist, 'pages', `${i}.html`), `${text} ${i}`);
  return dist;
}

function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  cwd = process.cwd(),
): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code, output }));
  });
}

const deployCli = (args: string[], ssh = server.sshCommand) =>
  run(process.execPath, ['scripts/deploy/deploy.mjs', ...args], { KEPU_DEPLOY_SSH: ssh });

const served = (root: string) => readFileSync(join(root, 'current/index.html'), 'utf8');
const releases = (root: string) => readdirSync(join(root, 'releases')).sort();

describe('npm run deploy to user@127.0.0.1:/path (ssh + rsync)', () => {
  it('deploys twice, unchanged files are hard links to the previous release, and --rollback goes back', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kepu-server-'));
    const target = `${server.user}@127.0.0.1:${root}`;
    const first = await deployCli(['--dist', site('one'), target]);
    expect(first, first.output).toMatchObject({ code: 0 });
    expect(first.output).toContain(`到 ${target}`);
    expect(served(root)).toBe('one');
    const second = await deployCli(['--dist', site('two'), target]);
    expect(second, second.output).toMatchObject({ code: 0 });
    expect(served(root)).toBe('two');
    const [r1, r2] = releases(root).filter((n) => !n.startsWith('.'));
    expect(readlinkSync(join(root, 'current'))).toBe(`releases/${r2}`);
    expect(statSync(join(root, 'releases', r2!, 'shared.css')).ino).toBe(
      statSync(join(root, 'releases', r1!, 'shared.css')).ino,
    );
    expect(readdirSync(join(root, 'releases', r2!, 'pages'))).toHaveLength(20);
    const back = await deployCli(['--rollback', target]);
    expect(back, back.output).toMatchObject({ code: 0 });
    expect(back.output).toContain(`已回退到 ${r1}`);
    expect(served(root)).toBe('one');
    const none = await deployCli(['--rollback', target]);
    expect(none.code).toBe(1);
    expect(none.output).toMatch(/没有更早的版本可以回退/);
    expect(served(root)).toBe('one');
    rmSync(root, { recursive: true, force: true });
  }, 60_000);

  it('two remote deploys started together publish whole releases one after the other', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kepu-server-'));
    const target = `${server.user}@127.0.0.1:${root}`;
    const results = await Promise.all([
      deployCli(['--dist', site('a', 200), target]),
      deployCli(['--dist', site('b', 200), target]),
    ]);
    for (const r of results) expect(r, r.output).toMatchObject({ code: 0 });
    const names = releases(root);
    expect(names.filter((n) => n.startsWith('.'))).toEqual([]);
    expect(names).toHaveLength(2);
    for (const name of names) expect(readdirSync(join(root, 'releases', name, 'pages'))).toHaveLength(200);
    expect(['a', 'b']).toContain(served(root));
    rmSync(root, { recursive: true, force: true });
  }, 60_000);

  it('a target folder that does not exist: a message naming the target; the server keeps its release', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kepu-server-'));
    const target = `${server.user}@127.0.0.1:${root}/no-such-site`;
    const r = await deployCli(['--dist', site('x'), target]);
    expect(r.code).toBe(1);
    expect(r.output).toContain(`部署目标 ${target} 不存在`);
    expect(existsSync(join(root, 'no-such-site'))).toBe(false);
    rmSync(root, { recursive: true, force: true });
  }, 30_000);

  it('a key the server refuses: a message naming the target; the old release is still served', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kepu-server-'));
    const target = `${server.user}@127.0.0.1:${root}`;
    expect((await deployCli(['--dist', site('old'), target])).code).toBe(0);
    const other = join(mkdtempSync(join(tmpdir(), 'kepu-key-')), 'other');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', other]);
    const r = await deployCli(['--dist', site('new'), target], server.sshCommand.replace(server.key, other));
    expect(r.code).toBe(1);
    expect(r.output).toContain(`无法连接部署目标 ${target}`);
    expect(r.output).toMatch(/Permission denied/);
    expect(served(root)).toBe('old');
    expect(releases(root).filter((n) => !n.startsWith('.'))).toHaveLength(1);
    rmSync(root, { recursive: true, force: true });
  }, 30_000);
});

describe('发布到正式网站 in /admin/ to user@127.0.0.1:/path', () => {
  it('publishes the build over ssh to the 发布目标 of site settings, and 退回上一版 goes back', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kepu-server-'));
    const target = `${server.user}@127.0.0.1:${root}`;
    expect((await deployCli(['--dist', site('before'), target])).code).toBe(0);
    const repo = mkdtempSync(join(tmpdir(), 'kepu-publish-'));
    mkdirSync(join(repo, 'src/config'), { recursive: true });
    writeFileSync(join(repo, 'src/config/site.json'), JSON.stringify({ ...raw, deployTarget: target }));
    // The production build is replaced by a small site (publishApi.test.ts covers the build itself).
    const build = async (_repo: string, out: string) => {
      cpSync(site('published'), out, { recursive: true });
      return { ok: true, output: '' };
    };
    const api = createPublishApi({ repo, build, env: { ...process.env, KEPU_DEPLOY_SSH: server.sshCommand } });
    const http = createServer((req, res) => {
      if (!api(req, res)) res.writeHead(404).end();
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const headers = { Origin: origin, 'Content-Type': 'application/json' };
    const act = async (action: string) => {
      const started = await fetch(`${origin}/api/publish`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ action }),
      });
      expect(started.status).toBe(202);
      await api.idle();
      return (await (await fetch(`${origin}/api/publish`)).json()) as { state: string; log: string[]; error: string };
    };
    const published = await act('publish');
    expect(published.state, published.error).toBe('done');
    expect(served(root)).toBe('published');
    expect(published.log.join('\n')).toContain(`正在上传 22 个文件到 ${target}`);
    const back = await act('rollback');
    expect(back.state, back.error).toBe('done');
    expect(served(root)).toBe('before');
    http.close();
    rmSync(root, { recursive: true, force: true });
  }, 60_000);
});

describe('.gitlab-ci.yml run by gitlab-ci-local (shell executor)', () => {
  const gitlabCiLocal = createRequire(import.meta.url).resolve('gitlab-ci-local');

  /** A git checkout on `branch` holding the pipeline, the deploy script and a built dist/. */
  function checkout(branch: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'kepu-pipeline-'));
    for (const file of ['.gitlab-ci.yml', 'package.json', 'scripts/deploy/deploy.mjs'])
      cpSync(file, join(dir, file), { recursive: true });
    cpSync(site('pipeline'), join(dir, 'dist'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q', '-b', branch);
    git('add', '.gitlab-ci.yml', 'package.json', 'scripts');
    git('-c', 'user.name=CI', '-c', 'user.email=ci@example.cn', 'commit', '-qm', 'site');
    git('remote', 'add', 'origin', 'https://gitlab.example.cn/kexie/kepu-portal.git');
    return dir;
  }

  const pipeline = (dir: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
    run(
      process.execPath,
      [gitlabCiLocal, '--cwd', '.', '--force-shell-executor', '--no-color', '--ignore-predefined-vars', 'CI', ...args],
      env,
      dir,
    );

  it('on the site branch the deploy job publishes dist/ over ssh with the CI variables', async () => {
    const dir = checkout('main');
    const root = mkdtempSync(join(tmpdir(), 'kepu-server-'));
    const home = mkdtempSync(join(tmpdir(), 'kepu-ci-home-'));
    const target = `${server.user}@127.0.0.1:${root}`;
    const r = await pipeline(
      dir,
      [
        'deploy',
        '--home',
        home,
        '--variable',
        `DEPLOY_TARGET=${target}`,
        '--variable',
        `DEPLOY_SSH_KEY=${readFileSync(server.key, 'utf8')}`,
        '--variable',
        `DEPLOY_KNOWN_HOSTS=${server.knownHosts}`,
        '--variable',
        `DEPLOY_SSH_PORT=${server.port}`,
      ],
      // The job writes ~/.ssh: a throwaway home, not this machine's.
      { HOME: home },
    );
    expect(r, r.output).toMatchObject({ code: 0 });
    expect(r.output).toContain(`已发布`);
    expect(served(root)).toBe('pipeline');
    expect(readFileSync(join(home, '.ssh/known_hosts'), 'utf8')).toContain(server.knownHosts);
    rmSync(root, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('the deploy job runs on the site branch only: not on a cms/ draft branch', async () => {
    const list = async (branch: string) => {
      const dir = checkout(branch);
      // The schema is validated by the deploy job's run above.
      const r = await pipeline(dir, ['--list-csv', '--no-json-schema-validation']);
      rmSync(dir, { recursive: true, force: true });
      expect(r, r.output).toMatchObject({ code: 0 });
      const lines = r.output.split('\n');
      return lines
        .slice(lines.findIndex((l) => l.startsWith('name;stage;')) + 1)
        .map((line) => line.split(';')[0])
        .filter(Boolean);
    };
    const [main, draft] = await Promise.all([list('main'), list('cms/articles/new-article')]);
    expect(main).toEqual(['site', 'deploy']);
    expect(draft).toEqual(['site']);
  }, 60_000);
});
