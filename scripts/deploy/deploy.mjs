// `npm run deploy -- <target>`: publishes dist/ as a new release and switches the site to it in one
// atomic step; `npm run deploy -- --rollback <target>` switches back to the previous release.
// /admin/'s 发布到正式网站 (scripts/serve/publishApi.mjs) calls the same deploy() and rollback().
//
//   <target>/releases/<UTC timestamp>/   one folder per release (the last KEEP are kept)
//   <target>/current -> releases/<…>     the web server's root (deploy/nginx/kepu-portal.conf)
//   <target>/.deploy-lock                flock(1)ed by the deploy in progress (.deploy-lock.owner: who)
//
// One deploy at a time per target: each holds an flock on <target>/.deploy-lock from a shell that
// lives exactly as long as the deploy (its stdin is the deploy's pipe, so the kernel releases the
// lock when the deploy ends, is killed, or loses its ssh connection). A second deploy waits up to
// --wait seconds, then gives up with a message naming the holder.
// A release is copied under releases/.partial-<name>, checked against dist/ (every file there, same
// sizes; index.html present), renamed, and only then `current` is replaced by a symlink made under a
// temporary name and renamed over it (rename(2) is atomic): at every moment `current` names a
// complete release; if anything fails the previous release stays served. A deploy removes its own
// unfinished folder, and other `.partial-*` folders only when they are older than its lock (their
// writer no longer holds it, so it is gone).
// <target> is a local folder or `user@host:/path` (rsync over SSH; the checks and the switch on the
// server are one ssh command). KEPU_DEPLOY_SSH replaces the `ssh` command, e.g.
// `ssh -p 2222 -i /path/key` (words separated by spaces; also given to rsync -e).
//
// Usage: node scripts/deploy/deploy.mjs [--dist dist] [--keep 5] [--wait 120] [--rollback] <target>
import { spawn } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { cp } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const KEEP = 5;
/** Seconds a deploy waits for another one on the same target before giving up. */
export const WAIT_SECONDS = 120;
const RELEASE = /^\d{8}T\d{6}\d{3}Z$/;
const PARTIAL = '.partial-';
const LOCK = '.deploy-lock';
const OWNER = '.deploy-lock.owner';

/** A sortable UTC release name, e.g. 20261204T153012345Z. */
export function releaseName(date = new Date()) {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** `user@host:/path` (or `host:/path`) → { host, path }; a local path → null. */
export function parseRemote(target) {
  const m = /^([^/:@\s]+@)?([^/:\s]+):(\/.*|~.*)$/.exec(target);
  return m ? { host: `${m[1] ?? ''}${m[2]}`, path: m[3] } : null;
}

const q = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;

/**
 * The ssh command line: KEPU_DEPLOY_SSH or `ssh`, never prompting (a prompt would hang /admin/).
 * With `control` (a socket path) every command of one deploy shares one login: the lock's
 * connection is the master, the upload and the switch ride on it.
 */
export function sshCommand(env = process.env, control = undefined, master = false) {
  const words = env.KEPU_DEPLOY_SSH?.trim() ? env.KEPU_DEPLOY_SSH.trim().split(/\s+/) : ['ssh'];
  const shared = control ? ['-o', `ControlMaster=${master ? 'yes' : 'no'}`, '-o', `ControlPath=${control}`] : [];
  return [words[0], '-o', 'BatchMode=yes', ...shared, ...words.slice(1)];
}

/** Regular files under dir (relative path → size); symlinks are kept as links and not counted. */
function filesOf(dir) {
  const files = new Map();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), statSync(path).size);
  }
  return files;
}

/** What a complete release holds: dist/'s files. Refuses a dist/ that was not built. */
function distFiles(dist) {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html 不存在：请先运行 npm run build`);
  return filesOf(dist);
}

/** Throws unless `dir` holds every file of `expected` with the same size. */
function verifyRelease(dir, expected) {
  const got = filesOf(dir);
  const missing = [...expected].filter(([path, size]) => got.get(path) !== size).map(([path]) => path);
  if (missing.length || !got.has('index.html'))
    throw new Error(
      `新版本不完整（缺少或大小不符 ${missing.length} 个文件，如 ${missing.slice(0, 3).join('、') || 'index.html'}），未切换，网站仍是上一版`,
    );
}

// ——— the lock: one shell per deploy, holding flock while its stdin stays open ———

/** The shell that takes the lock on <path>: prints BUSY <owner> while waiting, LOCKED once held. */
export function lockScript(path, waitSeconds, owner) {
  return [
    `cd ${q(path)} 2>/dev/null || exit 3`,
    'mkdir -p releases 2>/dev/null || exit 4',
    `exec 9>>${LOCK} 2>/dev/null || exit 4`,
    'command -v flock >/dev/null || exit 5',
    `if ! flock -n 9; then echo "BUSY $(cat ${OWNER} 2>/dev/null)"; flock -w ${Number(waitSeconds)} 9 || exit 75; fi`,
    `printf '%s\\n' ${q(owner)} > ${OWNER}`,
    'echo LOCKED',
    // Held until the deploy closes this pipe or dies.
    'cat >/dev/null',
  ].join('\n');
}

/**
 * Takes the target's lock. Resolves with release() once held; rejects with a Chinese message
 * naming the target when it does not exist, cannot be reached, or stays busy past waitSeconds.
 */
function acquireLock(target, remote, { waitSeconds = WAIT_SECONDS, log = () => {}, env = process.env, control } = {}) {
  const path = remote ? remote.path : target;
  const owner = `${hostname()} 进程 ${process.pid}，${new Date().toISOString()} 开始`;
  const script = lockScript(path, waitSeconds, owner);
  const [cmd, ...args] = remote ? [...sshCommand(env, control, true), remote.host, script] : ['sh', '-c', script];
  return new Promise((resolveLock, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let held = false;
    let busy = '';
    const exited = new Promise((r) => child.on('close', r));
    child.stderr.on('data', (d) => {
      err = (err + d).slice(-4000);
    });
    child.stdout.on('data', (d) => {
      out += d;
      for (let i = out.indexOf('\n'); i >= 0; i = out.indexOf('\n')) {
        const line = out.slice(0, i);
        out = out.slice(i + 1);
        if (line.startsWith('BUSY')) {
          busy = line.slice(5).trim();
          log(`部署目标 ${target} 正被另一次部署占用（${busy || '未知'}），最多等待 ${waitSeconds} 秒…`);
        } else if (line === 'LOCKED' && !held) {
          held = true;
          resolveLock({
            release: async () => {
              child.stdin.end();
              await exited;
            },
          });
        }
      }
    });
    child.on('error', (error) => reject(new Error(`无法运行 ${cmd}：${error.message}`)));
    child.on('close', (code) => {
      if (held) return;
      const detail = err.trim().split('\n').pop() ?? '';
      const where = remote ? '服务器上的' : '';
      const messages = {
        3: `部署目标 ${target} 不存在：请先在${remote ? '服务器上' : '本机'}建立目录 ${path}（网站根目录应指向 ${path}/current）`,
        4: `部署目标 ${target} 不可写入：请检查${where}目录 ${path} 的权限`,
        5: `部署目标 ${target} 所在的机器缺少 flock 命令（util-linux）`,
        75: `部署目标 ${target} 正被另一次部署占用（${busy || '未知'}），等待 ${waitSeconds} 秒后仍未结束：请稍后再试`,
        255: `无法连接部署目标 ${target}：${detail || 'ssh 连接失败'}（请检查主机名、端口，以及本机的 SSH 密钥是否已加入服务器用户的 authorized_keys）`,
      };
      reject(
        new Error(messages[code] ?? `部署目标 ${target} 加锁失败（退出码 ${code}）${detail ? `：${detail}` : ''}`),
      );
    });
  });
}

/** Runs a command, passing its output lines to log; rejects with its last error line. */
function run(cmd, args, log, what) {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err = (err + d).slice(-4000);
    });
    child.on('error', (error) => fail(new Error(`无法运行 ${cmd}：${error.message}`)));
    child.on('close', (code) => {
      for (const line of out.split('\n').filter(Boolean)) log(line);
      if (code === 0) done(out);
      else {
        const detail = err.trim().split('\n').pop() ?? '';
        fail(new Error(`${what}失败（${cmd} 退出码 ${code}）${detail ? `：${detail}` : ''}`));
      }
    });
  });
}

// ——— local folders ———

function releasesOf(target) {
  const dir = join(target, 'releases');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => RELEASE.test(n))
        .sort()
    : [];
}

function currentOf(target) {
  try {
    return basename(readlinkSync(join(target, 'current')));
  } catch {
    return null;
  }
}

/** Points `current` at releases/<name>: a symlink under a temporary name, renamed over `current`. */
export function switchLocal(target, name) {
  const temp = join(target, `.current-${process.pid}-${Date.now()}`);
  symlinkSync(join('releases', name), temp);
  renameSync(temp, join(target, 'current'));
}

/** Removes releases beyond the last `keep` (never the served one). */
function prune(target, keep) {
  const current = currentOf(target);
  const releases = releasesOf(target);
  for (const name of releases.slice(0, Math.max(0, releases.length - keep))) {
    if (name !== current) rmSync(join(target, 'releases', name), { recursive: true, force: true });
  }
}

/** Removes `.partial-*` folders older than the lock this deploy holds: their writers are gone. */
function removeDeadPartials(target) {
  const lockedAt = statSync(join(target, OWNER)).mtimeMs;
  const dir = join(target, 'releases');
  for (const name of readdirSync(dir).filter((n) => n.startsWith(PARTIAL))) {
    if (lstatSync(join(dir, name)).mtimeMs < lockedAt) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/**
 * Deploys dist/ to a local folder (which must exist); resolves with the release's name.
 * @param {string} dist @param {string} target
 * @param {{ keep?: number, now?: Date, waitSeconds?: number, log?: (line: string) => void }} [options]
 *   now: the release's time; waitSeconds: how long to wait for another deploy's lock
 */
export async function deployLocal(dist, target, { keep = KEEP, now = new Date(), waitSeconds, log = () => {} } = {}) {
  const expected = distFiles(dist);
  const lock = await acquireLock(target, null, { waitSeconds, log });
  let partial;
  try {
    if (existsSync(join(target, 'current')) && !lstatSync(join(target, 'current')).isSymbolicLink()) {
      throw new Error(`${target}/current 已存在但不是符号链接：请先把它移走（网站根目录应指向 ${target}/current）`);
    }
    removeDeadPartials(target);
    const releases = join(target, 'releases');
    let t = now.getTime();
    let name = releaseName(new Date(t));
    while (existsSync(join(releases, name))) name = releaseName(new Date(++t));
    partial = join(releases, `${PARTIAL}${name}`);
    log(`正在复制 ${expected.size} 个文件…`);
    await cp(dist, partial, { recursive: true, verbatimSymlinks: true });
    verifyRelease(partial, expected);
    renameSync(partial, join(releases, name));
    partial = undefined;
    switchLocal(target, name);
    prune(target, keep);
    return name;
  } finally {
    if (partial) rmSync(partial, { recursive: true, force: true });
    await lock.release();
  }
}

/** Switches `current` to the release before it (no lock: see rollback()). */
export function rollbackLocal(target) {
  const releases = releasesOf(target);
  const current = currentOf(target);
  const i = current ? releases.indexOf(current) : -1;
  if (i <= 0)
    throw new Error(`${target}：没有更早的版本可以回退（当前 ${current ?? '无'}，共 ${releases.length} 个版本）`);
  switchLocal(target, releases[i - 1]);
  return releases[i - 1];
}

// ——— user@host:/path (rsync + one ssh command) ———

/**
 * The shell run on the server after the upload: check the release is complete (index.html and
 * `files` regular files), publish it, switch `current`, prune old releases and dead partial folders.
 */
export function remoteSwitchScript(path, name, files, keep = KEEP) {
  const partial = `releases/${PARTIAL}${name}`;
  return [
    'set -e',
    `cd ${q(path)}`,
    `[ -s ${partial}/index.html ] || { echo "新版本缺少 index.html，未切换，网站仍是上一版" >&2; exit 6; }`,
    `n=$(find ${partial} -type f | wc -l)`,
    `[ "$n" -eq ${Number(files)} ] || { echo "新版本不完整（$n/${Number(files)} 个文件），未切换，网站仍是上一版" >&2; exit 6; }`,
    `mv -T ${partial} releases/${name}`,
    `ln -sfn releases/${name} .current-tmp && mv -T .current-tmp current`,
    `cur=$(basename "$(readlink current)")`,
    `ls -1 releases | grep -E '^[0-9]{8}T[0-9]{9}Z$' | sort | head -n -${keep} | while read -r old; do [ "$old" = "$cur" ] || rm -rf "releases/$old"; done`,
    // Partial folders older than this deploy's lock: their writers no longer hold it.
    `if [ -e ${OWNER} ]; then find releases -mindepth 1 -maxdepth 1 -name '${PARTIAL}*' ! -newer ${OWNER} -exec rm -rf {} +; fi`,
  ].join('\n');
}

/** The shell run on the server to switch `current` back to the release before it. */
export function remoteRollbackScript(path) {
  return [
    'set -e',
    `cd ${q(path)}`,
    `cur=$(basename "$(readlink current)")`,
    `prev=$(ls -1 releases | grep -E '^[0-9]{8}T[0-9]{9}Z$' | sort | grep -B1 -x "$cur" | grep -vx "$cur" | head -n 1)`,
    `[ -n "$prev" ] || { echo "没有更早的版本可以回退（当前 $cur）" >&2; exit 1; }`,
    `ln -sfn "releases/$prev" .current-tmp && mv -T .current-tmp current`,
    `echo "$prev"`,
  ].join('\n');
}

/** The commands a remote deploy runs under its lock, in order (also what the tests check). */
export function remoteDeployCommands(dist, remote, name, files, keep = KEEP, env = process.env, control = undefined) {
  const ssh = sshCommand(env, control);
  const dest = `${remote.host}:${remote.path}/releases/${PARTIAL}${name}/`;
  return [
    // --link-dest + --checksum: files whose content is unchanged since the current release are hard
    // links, not new copies (a build rewrites every file, so times alone would not tell; --no-times:
    // otherwise rsync links only files whose times match too, and unchanged files keep their ETag);
    // --omit-dir-times: folders carry the server's time, which the dead-partial check compares.
    [
      'rsync',
      [
        '-a',
        '--omit-dir-times',
        '--no-times',
        '--checksum',
        '--delete',
        '-e',
        ssh.join(' '),
        `--link-dest=${remote.path}/current/`,
        `${dist.replace(/\/?$/, '/')}`,
        dest,
      ],
    ],
    [ssh[0], [...ssh.slice(1), remote.host, remoteSwitchScript(remote.path, name, files, keep)]],
  ];
}

/** A folder for the shared connection's socket (short: socket paths are limited to ~100 bytes). */
async function withControl(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'kepu-ssh-'));
  try {
    return await fn(join(dir, 'c'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function deployRemote(dist, target, remote, options) {
  return withControl((control) => deployRemoteOnce(dist, target, remote, { ...options, control }));
}

async function deployRemoteOnce(
  dist,
  target,
  remote,
  { keep = KEEP, waitSeconds, log = () => {}, env = process.env, control },
) {
  const expected = distFiles(dist);
  const lock = await acquireLock(target, remote, { waitSeconds, log, env, control });
  const name = releaseName();
  try {
    const [upload, activate] = remoteDeployCommands(dist, remote, name, expected.size, keep, env, control);
    log(`正在上传 ${expected.size} 个文件到 ${target}…`);
    await run(upload[0], upload[1], log, `上传到 ${target} `);
    await run(activate[0], activate[1], log, `在 ${target} 切换新版本`);
    return name;
  } catch (error) {
    // Our own unfinished folder only (rsync may have created it).
    const ssh = sshCommand(env, control);
    await run(
      ssh[0],
      [...ssh.slice(1), remote.host, `rm -rf ${q(`${remote.path}/releases/${PARTIAL}${name}`)}`],
      () => {},
      '',
    ).catch(() => {});
    throw error;
  } finally {
    await lock.release();
  }
}

/**
 * Publishes dist/ to a local folder or user@host:/path; resolves with the release's name.
 * @param {string} dist @param {string} target
 * @param {{ keep?: number, waitSeconds?: number, log?: (line: string) => void, env?: NodeJS.ProcessEnv }} [options]
 */
export function deploy(dist, target, options = {}) {
  const remote = parseRemote(target);
  return remote ? deployRemote(dist, target, remote, options) : deployLocal(dist, resolve(target), options);
}

/**
 * Switches `current` back to the release before it, under the target's lock; resolves with its name.
 * @param {string} target
 * @param {{ waitSeconds?: number, log?: (line: string) => void, env?: NodeJS.ProcessEnv }} [options]
 */
export async function rollback(target, options = {}) {
  const remote = parseRemote(target);
  if (!remote) {
    const lock = await acquireLock(resolve(target), null, options);
    try {
      return rollbackLocal(resolve(target));
    } finally {
      await lock.release();
    }
  }
  return withControl((control) => rollbackRemote(target, remote, { ...options, control }));
}

async function rollbackRemote(target, remote, options) {
  const lock = await acquireLock(target, remote, options);
  try {
    const ssh = sshCommand(options.env, options.control);
    const out = await run(
      ssh[0],
      [...ssh.slice(1), remote.host, remoteRollbackScript(remote.path)],
      () => {},
      `在 ${target} 回退`,
    );
    return out.trim().split('\n').pop();
  } finally {
    await lock.release();
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      dist: { type: 'string', default: 'dist' },
      keep: { type: 'string', default: String(KEEP) },
      wait: { type: 'string', default: String(WAIT_SECONDS) },
      rollback: { type: 'boolean', default: false },
    },
  });
  const target = positionals[0];
  if (!target || positionals.length > 1) {
    console.error('用法：npm run deploy -- <目标目录 或 user@host:/path>\n      npm run deploy -- --rollback <目标>');
    process.exit(2);
  }
  const options = { keep: Number(values.keep), waitSeconds: Number(values.wait), log: console.log };
  if (values.rollback) console.log(`已回退到 ${await rollback(target, options)}`);
  else console.log(`已发布 ${await deploy(values.dist, target, options)} 到 ${target}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`部署失败：${error.message}`);
    process.exit(1);
  });
}
