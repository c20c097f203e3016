// A temporary copy of the working tree (tracked and new files, plus the built dist/) with a local
// server on a free port, for end-to-end tests that write content through /admin/.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TempSite {
  repo: string;
  origin: string;
  stop(): void;
}

function copyRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kepu-e2e-repo-'));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (file === 'node_modules' || !existsSync(file)) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(file, join(dir, file));
  }
  cpSync('dist', join(dir, 'dist'), { recursive: true });
  // node_modules as a folder of links to the real packages, so Astro's cache (node_modules/.astro) is the
  // copy's own: another spec building its own copy at the same time shares no data store with this one.
  // The processed images are copied in, so the rebuild does not redo them.
  const modules = realpathSync('node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (entry !== '.astro') symlinkSync(join(modules, entry), join(dir, 'node_modules', entry));
  }
  if (existsSync(join(modules, '.astro/assets'))) cpSync(join(modules, '.astro/assets'), join(dir, 'node_modules/.astro/assets'), { recursive: true });
  return dir;
}

/** A port nothing listens on now (so parallel specs and other checkouts do not collide). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitFor(origin: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`服务器没有在 ${origin} 启动`);
}

/** Copies the repository and serves it (site + /admin/ with its local APIs) like `npm start` does. */
export async function startTempSite(): Promise<TempSite> {
  const repo = copyRepository();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--host', '127.0.0.1', '--cms-port', '0'], {
    cwd: repo,
    stdio: 'ignore',
  });
  await waitFor(origin);
  return {
    repo,
    origin,
    stop() {
      server.kill('SIGTERM');
      rmSync(repo, { recursive: true, force: true });
    },
  };
}
