// Attacks on the local servers (npm start, the CMS API): DNS rebinding, cross-origin writes from
// other local pages, and CMS API requests for files outside the content and upload folders.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDecapApi } from '../../../scripts/serve/decapApi.mjs';
import { localRequestProblem } from '../../../scripts/serve/localOrigin.mjs';
import { createStaticServer } from '../../../scripts/serve/staticServer.mjs';
import { refuseNonLocalRequest } from '../../../scripts/serve/localOrigin.mjs';
import { fixtureContent } from '../../fixtures/site';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  port: number,
  {
    method = 'GET',
    path = '/',
    host = `127.0.0.1:${port}`,
    origin,
    body,
  }: { method?: string; path?: string; host?: string; origin?: string; body?: unknown },
): Promise<Answer> {
  return new Promise((done, fail) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = { Host: host };
    if (origin) headers.Origin = origin;
    if (payload) headers['Content-Type'] = 'application/json';
    const req = request({ port, host: '127.0.0.1', method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', fail);
    req.end(payload);
  });
}

function listen(server: Server): Promise<number> {
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)));
}

describe('the Host/Origin rule (localRequestProblem)', () => {
  const req = (host: string | undefined, method = 'GET', origin?: string) => ({
    method,
    headers: { host, origin },
    socket: { localPort: 4321 },
  });
  it("accepts loopback names with this server's port", () => {
    for (const host of ['localhost:4321', '127.0.0.1:4321', '[::1]:4321', 'LOCALHOST:4321', 'localhost'])
      expect(localRequestProblem(req(host)), host).toBeUndefined();
  });
  it('refuses other names, other ports and missing Host (DNS rebinding)', () => {
    for (const host of [
      'evil.example:4321',
      'evil.example',
      '192.168.1.5:4321',
      'localhost.evil.example:4321',
      'localhost:8081',
      '127.0.0.1@evil.example',
      '',
      undefined,
    ])
      expect(localRequestProblem(req(host)), String(host)).toMatch(/Host/);
  });
  it('takes writes only from the same origin', () => {
    expect(localRequestProblem(req('localhost:4321', 'POST', 'http://localhost:4321'))).toBeUndefined();
    for (const origin of ['http://localhost:3000', 'http://evil.example', 'null', 'https://localhost:4321', undefined])
      expect(localRequestProblem(req('localhost:4321', 'POST', origin)), String(origin)).toMatch(/Origin/);
  });
});

describe('the local CMS API', () => {
  let repo: string;
  let server: Server;
  let port: number;
  const own = () => `http://127.0.0.1:${port}`;
  const api = (body: unknown, extra: { host?: string; origin?: string } = {}) =>
    send(port, { method: 'POST', path: '/api/v1', body, origin: own(), ...extra });
  const persistMedia = (path: string) => ({
    action: 'persistMedia',
    params: {
      branch: 'main',
      asset: { path, content: Buffer.from('pwned').toString('base64'), encoding: 'base64' },
      options: { commitMessage: 'x' },
    },
  });
  const persistEntry = (path: string, newPath?: string, raw = 'pwned') => ({
    action: 'persistEntry',
    params: {
      branch: 'main',
      entry: { slug: 'x', path, raw, ...(newPath ? { newPath } : {}) },
      assets: [],
      options: { collectionName: 'articles', commitMessage: 'x', useWorkflow: false, status: 'draft' },
    },
  });

  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'kepu-cms-api-'));
    execFileSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: repo });
    for (const dir of ['.git/hooks', 'src/content/articles', 'src/config', 'scripts', 'src/assets'])
      mkdirSync(join(repo, dir), { recursive: true });
    appendFileSync(join(repo, '.git/config'), '# secret\n');
    writeFileSync(join(repo, 'package.json'), '{"name":"victim"}');
    // Saved directly (no review step), so a save is in the checkout at once.
    writeFileSync(join(repo, 'src/config/site.json'), '{"name":"站","reviewBeforePublish":false}');
    writeFileSync(join(repo, 'src/content/articles/a.md'), '---\ntitle: 甲\n---\n');
    // An upload folder that is a symlink out of the repository.
    mkdirSync(join(repo, '..', `${repo.split('/').pop()}-outside`), { recursive: true });
    symlinkSync(join(repo, '..', `${repo.split('/').pop()}-outside`), join(repo, 'src/assets/uploads'));
    symlinkSync(join(repo, 'package.json'), join(repo, 'src/content/articles/link.md'));
    execFileSync('git', ['add', '--all'], { cwd: repo });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@localhost', 'commit', '--quiet', '-m', 'start'], {
      cwd: repo,
    });
    server = (await createDecapApi({ repo })).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => server.close());

  it('serves the CMS its content and writes entries into a content folder', async () => {
    const list = await api({
      action: 'entriesByFolder',
      params: { branch: 'main', folder: 'src/content/articles', extension: 'md', depth: 1 },
    });
    expect(list.status).toBe(200);
    expect(list.body).toContain('甲');
    // A file the build accepts (the save check refuses anything else).
    const article = readFileSync(fixtureContent('articles', 'xinfei-fusu-aed.md'), 'utf8');
    expect((await api(persistEntry('src/content/articles/b.md', undefined, article))).status).toBe(200);
    expect(readFileSync(join(repo, 'src/content/articles/b.md'), 'utf8')).toBe(article);
    expect(
      (await api({ action: 'getEntry', params: { branch: 'main', path: 'src/config/site.json' } })).body,
    ).toContain('站');
  });

  it.each([
    ['persistEntry .git/hooks/post-commit', persistEntry('.git/hooks/post-commit'), '.git/hooks/post-commit'],
    ['persistEntry package.json', persistEntry('package.json'), 'package.json'],
    ['persistEntry with traversal', persistEntry('src/content/articles/../../../scripts/y.mjs'), 'scripts/y.mjs'],
    [
      'persistEntry renamed out (newPath)',
      persistEntry('src/content/articles/c.md', 'astro.config.mjs'),
      'astro.config.mjs',
    ],
    [
      'persistEntry as .mdx (runs code at build)',
      persistEntry('src/content/articles/x.mdx'),
      'src/content/articles/x.mdx',
    ],
    ['persistMedia scripts/x.mjs', persistMedia('scripts/x.mjs'), 'scripts/x.mjs'],
    ['persistMedia absolute path', persistMedia(join(tmpdir(), 'kepu-abs.mjs')), join(tmpdir(), 'kepu-abs.mjs')],
    [
      'persistMedia through a symlinked upload folder',
      persistMedia('src/assets/uploads/p.png'),
      'src/assets/uploads/p.png',
    ],
  ])('refuses %s with 403 and writes nothing', async (_name, body, written) => {
    const before = existsSync(join(repo, written)) ? readFileSync(join(repo, written), 'utf8') : undefined;
    const answer = await api(body);
    expect(answer.status).toBe(403);
    expect(
      existsSync(written.startsWith('/') ? written : join(repo, written))
        ? readFileSync(written.startsWith('/') ? written : join(repo, written), 'utf8')
        : undefined,
    ).toBe(before);
  });

  it.each([
    ['getMediaFile .git/config', { action: 'getMediaFile', params: { branch: 'main', path: '.git/config' } }],
    ['getEntry package.json', { action: 'getEntry', params: { branch: 'main', path: 'package.json' } }],
    [
      'getEntry through a symlink in a content folder',
      { action: 'getEntry', params: { branch: 'main', path: 'src/content/articles/link.md' } },
    ],
    [
      'entriesByFiles with traversal',
      { action: 'entriesByFiles', params: { branch: 'main', files: [{ path: 'src/content/../../package.json' }] } },
    ],
    [
      'entriesByFolder of the repository root',
      { action: 'entriesByFolder', params: { branch: 'main', folder: '.', extension: 'json', depth: 3 } },
    ],
    ['getMedia of .git', { action: 'getMedia', params: { branch: 'main', mediaFolder: '.git' } }],
    [
      'deleteFile package.json',
      { action: 'deleteFile', params: { branch: 'main', path: 'package.json', options: { commitMessage: 'x' } } },
    ],
  ])('refuses to read or delete: %s', async (_name, body) => {
    const answer = await api(body);
    expect(answer.status).toBe(403);
    expect(answer.body).not.toMatch(/secret|victim/);
    expect(readFileSync(join(repo, 'package.json'), 'utf8')).toBe('{"name":"victim"}');
  });

  it('refuses a rebinding Host and another origin, and sends no CORS header', async () => {
    const read = { action: 'getEntry', params: { branch: 'main', path: 'src/config/site.json' } };
    const rebound = await api(read, { host: 'evil.example', origin: 'http://evil.example' });
    expect(rebound.status).toBe(403);
    const otherLocal = await api(read, { origin: 'http://localhost:3000' });
    expect(otherLocal.status).toBe(403);
    expect(otherLocal.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await send(port, { method: 'OPTIONS', path: '/api/v1', origin: 'http://localhost:3000' });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
  });
});

describe("npm start's static server with the guard", () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'kepu-serve-'));
    writeFileSync(join(root, 'index.html'), '<h1>首页</h1>');
    server = createStaticServer({ root, requestGuard: refuseNonLocalRequest });
    port = await listen(server);
  });
  afterAll(() => server.close());

  it('answers loopback names and refuses any other Host', async () => {
    expect((await send(port, {})).status).toBe(200);
    expect((await send(port, { host: `localhost:${port}` })).status).toBe(200);
    expect((await send(port, { host: `evil.example:${port}` })).status).toBe(403);
    expect((await send(port, { host: `192.168.0.8:${port}` })).status).toBe(403);
  });
});
