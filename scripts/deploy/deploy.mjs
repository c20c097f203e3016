// `npm run deploy -- <target>`: publishes dist/ as a new release and switches the site to it in one
// atomic step; `npm run deploy -- --rollback <target>` switches back to the previous release.
//
//   <target>/releases/<UTC timestamp>/   one folder per release (the last KEEP are kept)
//   <target>/current -> releases/<…>     the web server's root (deploy/nginx/kepu-portal.conf)
//
// A release is copied under a hidden temporary name and renamed when complete, then `current` is
// replaced by a symlink made under a temporary name and renamed over it (rename(2) is atomic): at
// every moment `current` names a complete release, even if the copy is killed half-way.
// <target> is a local folder or `user@host:/path` (rsync over SSH; the switch on the server is one
// ssh command running the same shell steps).
//
// Usage: node scripts/deploy/deploy.mjs [--dist dist] [--keep 5] [--rollback] <target>
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, lstatSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

export const KEEP = 5;
const RELEASE = /^\d{8}T\d{6}\d{3}Z$/;
const PARTIAL = '.partial-';

/** A sortable UTC release name, e.g. 20261204T153012345Z. */
export function releaseName(date = new Date()) {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** `user@host:/path` (or `host:/path`) → { host, path }; a local path → null. */
export function parseRemote(target) {
  const m = /^([^/:@\s]+@)?([^/:\s]+):(\/.*|~.*)$/.exec(target);
  return m ? { host: `${m[1] ?? ''}${m[2]}`, path: m[3] } : null;
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

function prune(target, keep) {
  const current = currentOf(target);
  const releases = releasesOf(target);
  for (const name of releases.slice(0, Math.max(0, releases.length - keep))) {
    if (name !== current) rmSync(join(target, 'releases', name), { recursive: true, force: true });
  }
  // Leftovers of copies that were interrupted.
  for (const name of readdirSync(join(target, 'releases')).filter((n) => n.startsWith(PARTIAL))) {
    rmSync(join(target, 'releases', name), { recursive: true, force: true });
  }
}

export async function deployLocal(dist, target, { keep = KEEP, now = new Date() } = {}) {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html 不存在：请先运行 npm run build`);
  if (existsSync(join(target, 'current')) && !lstatSync(join(target, 'current')).isSymbolicLink()) {
    throw new Error(`${target}/current 已存在但不是符号链接：请先把它移走（网站根目录应指向 ${target}/current）`);
  }
  const releases = join(target, 'releases');
  mkdirSync(releases, { recursive: true });
  let t = now.getTime();
  let name = releaseName(new Date(t));
  while (existsSync(join(releases, name))) name = releaseName(new Date(++t));
  const partial = join(releases, `${PARTIAL}${name}`);
  await cp(dist, partial, { recursive: true, verbatimSymlinks: true });
  renameSync(partial, join(releases, name));
  switchLocal(target, name);
  prune(target, keep);
  return name;
}

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

const q = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;

/** The shell run on the server after the upload: publish the release, switch `current`, prune. */
export function remoteSwitchScript(path, name, keep = KEEP) {
  return [
    'set -e',
    `cd ${q(path)}`,
    `mv -T releases/${PARTIAL}${name} releases/${name}`,
    `ln -sfn releases/${name} .current-tmp && mv -T .current-tmp current`,
    `cur=$(basename "$(readlink current)")`,
    `ls -1 releases | grep -E '^[0-9]{8}T[0-9]{9}Z$' | sort | head -n -${keep} | while read -r old; do [ "$old" = "$cur" ] || rm -rf "releases/$old"; done`,
    `rm -rf releases/${PARTIAL}*`,
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

/** The commands a remote deploy runs, in order (also what the tests check). */
export function remoteDeployCommands(dist, remote, name, keep = KEEP) {
  const dest = `${remote.host}:${remote.path}/releases/${PARTIAL}${name}/`;
  return [
    ['ssh', [remote.host, `mkdir -p ${q(`${remote.path}/releases`)}`]],
    // --link-dest: files unchanged since the current release are hard links, not new copies.
    ['rsync', ['-a', '--delete', `--link-dest=${remote.path}/current/`, `${dist.replace(/\/?$/, '/')}`, dest]],
    ['ssh', [remote.host, remoteSwitchScript(remote.path, name, keep)]],
  ];
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.error) throw new Error(`无法运行 ${cmd}：${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} 失败（退出码 ${r.status}）`);
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      dist: { type: 'string', default: 'dist' },
      keep: { type: 'string', default: String(KEEP) },
      rollback: { type: 'boolean', default: false },
    },
  });
  const target = positionals[0];
  if (!target || positionals.length > 1) {
    console.error('用法：npm run deploy -- <目标目录 或 user@host:/path>\n      npm run deploy -- --rollback <目标>');
    process.exit(2);
  }
  const keep = Number(values.keep);
  const remote = parseRemote(target);
  if (values.rollback) {
    if (remote) execFileSync('ssh', [remote.host, remoteRollbackScript(remote.path)], { stdio: 'inherit' });
    else console.log(`已回退到 ${rollbackLocal(resolve(target))}`);
    return;
  }
  if (remote) {
    const name = releaseName();
    for (const [cmd, args] of remoteDeployCommands(values.dist, remote, name, keep)) run(cmd, args);
    console.log(`已发布 ${name} 到 ${target}`);
  } else {
    console.log(`已发布 ${await deployLocal(values.dist, resolve(target), { keep })} 到 ${resolve(target)}/current`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`部署失败：${error.message}`);
    process.exit(1);
  });
}
