// A temporary copy of the project on the tests' fixture content (tempProject.ts) with a local
// server on a free port, for end-to-end tests that write content through /admin/.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { copyProjectWithFixtures } from './tempProject';

export interface TempSite {
  repo: string;
  origin: string;
  stop(): void;
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

/**
 * Copies the repository and serves it (site + /admin/ with its local APIs) like `npm start` does;
 * `settings` are merged into the copy's site settings.
 */
export async function startTempSite(settings: Record<string, unknown> = {}): Promise<TempSite> {
  const repo = copyProjectWithFixtures('kepu-e2e-repo-', settings);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(
    process.execPath,
    ['scripts/serve/serve.mjs', '--port', String(port), '--host', '127.0.0.1', '--cms-port', '0'],
    {
      cwd: repo,
      stdio: 'ignore',
    },
  );
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
