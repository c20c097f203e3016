// `npm start`'s server (serve.mjs --watch, without the first build) on a project copy, on free ports,
// for end-to-end tests of the editor's loop: it resolves with the origin the server prints.
import { spawn, type ChildProcess } from 'node:child_process';

export interface WatchingServer {
  server: ChildProcess;
  origin: string;
}

export function startWatchingServer(repo: string): Promise<WatchingServer> {
  const server = spawn(
    process.execPath,
    [
      'scripts/serve/serve.mjs',
      '--watch',
      '--no-initial-build',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--cms-port',
      '0',
    ],
    { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((done, fail) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /已启动：(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) done({ server, origin: m[1]! });
    });
    server.on('exit', () => fail(new Error(`服务器已退出：${out}`)));
  });
}
