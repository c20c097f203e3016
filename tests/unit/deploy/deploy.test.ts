// The deploy command end to end against local folders: releases, the atomic `current` switch,
// rollback, pruning, an interrupted copy, and the shell steps a remote deploy runs on the server.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  deployLocal,
  parseRemote,
  releaseName,
  remoteDeployCommands,
  remoteRollbackScript,
  remoteSwitchScript,
  rollbackLocal,
} from '../../../scripts/deploy/deploy.mjs';

function site(text: string, files = 0): string {
  const dist = mkdtempSync(join(tmpdir(), 'kepu-dist-'));
  writeFileSync(join(dist, 'index.html'), text);
  mkdirSync(join(dist, 'pages'));
  for (let i = 0; i < files; i++) writeFileSync(join(dist, 'pages', `${i}.html`), `${text} ${i} `.repeat(2000));
  return dist;
}

const served = (target: string) => readFileSync(join(target, 'current/index.html'), 'utf8');
const releases = (target: string) => readdirSync(join(target, 'releases')).sort();

describe('deploy to a local folder', () => {
  it('deploys twice, rolls back once: current points at the first release', async () => {
    const target = mkdtempSync(join(tmpdir(), 'kepu-target-'));
    const first = await deployLocal(site('one'), target, { now: new Date('2026-12-01T08:00:00Z') });
    expect(served(target)).toBe('one');
    const second = await deployLocal(site('two'), target, { now: new Date('2026-12-02T08:00:00Z') });
    expect(served(target)).toBe('two');
    expect(releases(target)).toEqual([first, second]);
    expect(readlinkSync(join(target, 'current'))).toBe(`releases/${second}`);
    expect(rollbackLocal(target)).toBe(first);
    expect(readlinkSync(join(target, 'current'))).toBe(`releases/${first}`);
    expect(served(target)).toBe('one');
    expect(() => rollbackLocal(target)).toThrow(/没有更早的版本/);
    // No temporary link or partial copy is left behind.
    expect(readdirSync(target).sort()).toEqual(['.deploy-lock', '.deploy-lock.owner', 'current', 'releases']);
    rmSync(target, { recursive: true, force: true });
  });

  it('keeps the last five releases', async () => {
    const target = mkdtempSync(join(tmpdir(), 'kepu-target-'));
    const names: string[] = [];
    for (let day = 1; day <= 7; day++)
      names.push(await deployLocal(site(`v${day}`), target, { now: new Date(`2026-12-0${day}T08:00:00Z`) }));
    expect(releases(target)).toEqual(names.slice(2));
    expect(served(target)).toBe('v7');
    rmSync(target, { recursive: true, force: true });
  });

  it('refuses to deploy a dist/ that was not built', async () => {
    const target = mkdtempSync(join(tmpdir(), 'kepu-target-'));
    await expect(deployLocal(mkdtempSync(join(tmpdir(), 'kepu-empty-')), target)).rejects.toThrow(/npm run build/);
    expect(existsSync(join(target, 'current'))).toBe(false);
  });

  it('a deploy killed half-way through the copy leaves the old release served, and the next deploy cleans up', async () => {
    const target = mkdtempSync(join(tmpdir(), 'kepu-target-'));
    const first = await deployLocal(site('old'), target, { now: new Date('2026-12-01T08:00:00Z') });
    const big = site('new', 3000);
    const child = spawn(process.execPath, ['scripts/deploy/deploy.mjs', '--dist', big, target], { stdio: 'ignore' });
    // Kill it as soon as the copy has started (a partial folder exists).
    const exited = new Promise((r) => child.on('exit', r));
    let finished = false;
    void exited.then(() => (finished = true));
    while (!finished && !readdirSync(join(target, 'releases')).some((n) => n.startsWith('.partial-')))
      await new Promise((r) => setTimeout(r, 1));
    child.kill('SIGKILL');
    await exited;
    const partial = releases(target).find((n) => n.startsWith('.partial-'));
    expect(partial, 'the copy was interrupted').toBeDefined();
    const copied = join(target, 'releases', partial!, 'pages');
    expect(existsSync(copied) ? readdirSync(copied).length : 0).toBeLessThan(3000);
    expect(readlinkSync(join(target, 'current'))).toBe(`releases/${first}`);
    expect(served(target)).toBe('old');
    // The interrupted copy is not a release: rollback and the next deploy ignore it. The killed
    // deploy's lock went with it: the next one need not wait.
    const next = await deployLocal(site('fixed'), target, { waitSeconds: 2 });
    expect(served(target)).toBe('fixed');
    expect(releases(target)).toEqual([first, next]);
    rmSync(target, { recursive: true, force: true });
  }, 60_000);

  it('a copy that fails half-way (a file that cannot be copied) leaves the old release served', async () => {
    const target = mkdtempSync(join(tmpdir(), 'kepu-target-'));
    const first = await deployLocal(site('old'), target, { now: new Date('2026-12-01T08:00:00Z') });
    const broken = site('new', 50);
    execFileSync('mkfifo', [join(broken, 'pages', 'zz-fifo')]);
    await expect(deployLocal(broken, target)).rejects.toThrow();
    expect(readlinkSync(join(target, 'current'))).toBe(`releases/${first}`);
    expect(served(target)).toBe('old');
    expect(releases(target).filter((n) => !n.startsWith('.partial-'))).toEqual([first]);
    rmSync(target, { recursive: true, force: true });
  });
});

/** A site of `files` top-level pages besides index.html (the shape the race hit: a partial copy
 * stopped after a few top-level files looked like a release). */
function flatSite(text: string, files: number): string {
  const dist = mkdtempSync(join(tmpdir(), 'kepu-dist-'));
  for (let i = 0; i < files; i++) writeFileSync(join(dist, `p${i}.html`), `${text} ${i} `.repeat(400));
  writeFileSync(join(dist, 'index.html'), text);
  return dist;
}

function deployCli(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/deploy/deploy.mjs', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code, output }));
  });
}

/** Every folder under releases/ is a whole copy of one of the sites, and `current` is one of them. */
function expectOnlyCompleteReleases(target: string, files: number, texts: string[]): void {
  const names = releases(target);
  expect(names.filter((n) => n.startsWith('.'))).toEqual([]);
  for (const name of names) {
    const dir = join(target, 'releases', name);
    expect(readdirSync(dir).length, name).toBe(files + 1);
    expect(texts).toContain(readFileSync(join(dir, 'index.html'), 'utf8'));
  }
  expect(names).toContain(readlinkSync(join(target, 'current')).replace('releases/', ''));
}

describe('deploys to the same target at the same time', () => {
  it('two deploys started together both publish whole releases, one after the other (3 rounds)', async () => {
    const files = 500;
    const a = flatSite('a', files);
    const b = flatSite('b', files);
    for (let round = 0; round < 3; round++) {
      const target = mkdtempSync(join(tmpdir(), 'kepu-target-'));
      const results = await Promise.all([deployCli(['--dist', a, target]), deployCli(['--dist', b, target])]);
      for (const r of results)
        expect(r, r.output).toMatchObject({ code: 0, output: expect.stringContaining('已发布') });
      expectOnlyCompleteReleases(target, files, ['a', 'b']);
      expect(releases(target)).toHaveLength(2);
      expect(['a', 'b']).toContain(served(target));
      rmSync(target, { recursive: true, force: true });
    }
  }, 120_000);

  it('a deploy that cannot get the lock in time is refused, naming the target and the holder; the old release stays', async () => {
    const target = mkdtempSync(join(tmpdir(), 'kepu-target-'));
    const first = await deployLocal(site('old'), target);
    // Another deploy holding the lock (the same flock a deploy takes), until we end it.
    const holder = spawn(
      'sh',
      [
        '-c',
        `exec 9>>.deploy-lock; flock 9; echo 'ci-runner 进程 4242' > .deploy-lock.owner; echo held; cat >/dev/null`,
      ],
      { cwd: target, stdio: ['pipe', 'pipe', 'ignore'] },
    );
    await new Promise((r) => holder.stdout.once('data', r));
    const started = Date.now();
    await expect(deployLocal(site('new'), target, { waitSeconds: 1 })).rejects.toThrow(
      new RegExp(`部署目标 ${target} 正被另一次部署占用（ci-runner 进程 4242），等待 1 秒后仍未结束`),
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(served(target)).toBe('old');
    expect(releases(target)).toEqual([first]);
    // Once the holder ends, the next deploy goes through.
    holder.stdin.end();
    await new Promise((r) => holder.on('close', r));
    await deployLocal(site('new'), target, { waitSeconds: 1 });
    expect(served(target)).toBe('new');
    rmSync(target, { recursive: true, force: true });
  }, 30_000);

  it('a waiting deploy goes on as soon as the other one ends', async () => {
    const target = mkdtempSync(join(tmpdir(), 'kepu-target-'));
    const holder = spawn('sh', ['-c', 'exec 9>>.deploy-lock; flock 9; echo held; cat >/dev/null'], {
      cwd: target,
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    await new Promise((r) => holder.stdout.once('data', r));
    const lines: string[] = [];
    const pending = deployLocal(site('later'), target, { waitSeconds: 30, log: (l) => lines.push(l) });
    await new Promise((r) => setTimeout(r, 500));
    expect(existsSync(join(target, 'current'))).toBe(false);
    holder.stdin.end();
    await pending;
    expect(served(target)).toBe('later');
    expect(lines.join('\n')).toMatch(/正被另一次部署占用/);
    rmSync(target, { recursive: true, force: true });
  }, 30_000);

  it('a deploy leaves alone a partial folder written under another lock, and removes dead ones', async () => {
    const target = mkdtempSync(join(tmpdir(), 'kepu-target-'));
    mkdirSync(join(target, 'releases', '.partial-20261201T080000000Z'), { recursive: true });
    await new Promise((r) => setTimeout(r, 20));
    await deployLocal(site('one'), target);
    expect(releases(target).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('bad deploy targets', () => {
  it('a local target that does not exist: a message naming it, nothing created', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'kepu-parent-')), 'no-such-site');
    await expect(deployLocal(site('x'), missing)).rejects.toThrow(`部署目标 ${missing} 不存在`);
    expect(existsSync(missing)).toBe(false);
    const r = await deployCli(['--dist', site('x'), missing]);
    expect(r.code).toBe(1);
    expect(r.output).toContain(`部署失败：部署目标 ${missing} 不存在`);
  });
});

describe('deploy to user@host:/path', () => {
  it('recognises remote targets', () => {
    expect(parseRemote('deploy@kepu.example.cn:/srv/kepu-portal')).toEqual({
      host: 'deploy@kepu.example.cn',
      path: '/srv/kepu-portal',
    });
    expect(parseRemote('/srv/kepu-portal')).toBeNull();
    expect(parseRemote('./out')).toBeNull();
  });

  it('uploads with rsync into a partial folder, then checks and switches with a single ssh command', () => {
    const env = { KEPU_DEPLOY_SSH: 'ssh -p 2222 -i /keys/deploy' };
    const cmds = remoteDeployCommands(
      'dist',
      { host: 'deploy@h', path: '/srv/kepu' },
      '20261204T080000000Z',
      12,
      5,
      env,
    );
    expect(cmds.map(([c]) => c)).toEqual(['rsync', 'ssh']);
    expect(cmds[0]![1]!.at(-1)).toBe('deploy@h:/srv/kepu/releases/.partial-20261204T080000000Z/');
    expect(cmds[0]![1]).toContain('ssh -o BatchMode=yes -p 2222 -i /keys/deploy');
    expect(cmds[1]![1]!.slice(0, 7)).toEqual(['-o', 'BatchMode=yes', '-p', '2222', '-i', '/keys/deploy', 'deploy@h']);
    expect(cmds[1]![1]!.at(-1)).toContain(
      'ln -sfn releases/20261204T080000000Z .current-tmp && mv -T .current-tmp current',
    );
  });

  // The server-side steps are plain shell: run them here on a local folder.
  it('the server-side switch, pruning and rollback do what the local deploy does', () => {
    const target = mkdtempSync(join(tmpdir(), 'kepu-remote-'));
    const names = [1, 2, 3, 4, 5, 6].map((d) => releaseName(new Date(`2026-12-0${d}T08:00:00Z`)));
    for (const name of names) {
      mkdirSync(join(target, 'releases', `.partial-${name}`), { recursive: true });
      writeFileSync(join(target, 'releases', `.partial-${name}`, 'index.html'), name);
      execFileSync('sh', ['-c', remoteSwitchScript(target, name, 1)]);
      expect(served(target)).toBe(name);
    }
    expect(releases(target)).toEqual(names.slice(1));
    expect(execFileSync('sh', ['-c', remoteRollbackScript(target)], { encoding: 'utf8' }).trim()).toBe(names[4]);
    expect(served(target)).toBe(names[4]);
    rmSync(target, { recursive: true, force: true });
  });

  it('the server-side switch refuses an incomplete upload, and removes only partial folders older than its lock', () => {
    const target = mkdtempSync(join(tmpdir(), 'kepu-remote-'));
    const partial = (name: string, files: number) => {
      mkdirSync(join(target, 'releases', `.partial-${name}`), { recursive: true });
      for (let i = 0; i < files; i++) writeFileSync(join(target, 'releases', `.partial-${name}`, `${i}.html`), name);
      writeFileSync(join(target, 'releases', `.partial-${name}`, 'index.html'), name);
    };
    const [dead, live, ours] = [1, 2, 3].map((d) => releaseName(new Date(`2026-12-0${d}T08:00:00Z`)));
    partial(dead!, 1);
    // The lock is taken (its owner file written) after the dead deploy, before the live one.
    execFileSync('sh', ['-c', `sleep 0.05; echo me > ${target}/.deploy-lock.owner; sleep 0.05`]);
    partial(live!, 1);
    partial(ours!, 3);
    expect(() => execFileSync('sh', ['-c', remoteSwitchScript(target, ours!, 5)], { stdio: 'pipe' })).toThrow(
      /新版本不完整（4\/5 个文件），未切换/,
    );
    expect(existsSync(join(target, 'current'))).toBe(false);
    execFileSync('sh', ['-c', remoteSwitchScript(target, ours!, 4)]);
    expect(served(target)).toBe(ours);
    expect(releases(target)).toEqual([`.partial-${live}`, ours]);
    rmSync(target, { recursive: true, force: true });
  });
});
