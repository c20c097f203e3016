// Hostile requests to the local CMS API (scripts/serve/decapApi.mjs) that stay inside the content
// folders: a rename that would move a whole folder, listings through planted symbolic links, file
// names no editor could produce, files the build would refuse, and malformed requests. Each must be
// refused with a short Chinese answer and leave every file as it was.
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDecapApi } from '../../../scripts/serve/decapApi.mjs';
import { fixtureContent } from '../../fixtures/site';

const ARTICLE = readFileSync(fixtureContent('articles', 'xinfei-fusu-aed.md'), 'utf8');
const SECRET = '[kepu]\n\tsecret = planted\n';
const SITE = readFileSync(join(import.meta.dirname, '../../../src/config/site.json'), 'utf8');

let repo: string;
let server: Server;
let port: number;

function api(payload: unknown): Promise<{ status: number; type: string; body: string }> {
  const host = `127.0.0.1:${port}`;
  const data = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/v1',
        method: 'POST',
        headers: { Host: host, Origin: `http://${host}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body: text }),
        );
      },
    );
    req.on('error', fail);
    req.end(data);
  });
}

const entry = (path: string, raw = ARTICLE, newPath?: string) => ({
  action: 'persistEntry',
  params: {
    branch: 'main',
    entry: { slug: 'x', path, raw, ...(newPath ? { newPath } : {}) },
    assets: [],
    options: { collectionName: 'articles', commitMessage: 'x', useWorkflow: false, status: 'draft' },
  },
});
const media = (path: string) => ({
  action: 'persistMedia',
  params: {
    branch: 'main',
    asset: { path, content: Buffer.from('png').toString('base64'), encoding: 'base64' },
    options: { commitMessage: 'x' },
  },
});

/** Every file under the repository's content, media and config folders, with its text. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    if (!existsSync(join(repo, dir))) return;
    for (const d of readdirSync(join(repo, dir), { withFileTypes: true })) {
      const rel = `${dir}/${d.name}`;
      if (d.isDirectory()) walk(rel);
      else if (d.isFile()) out[rel] = readFileSync(join(repo, rel), 'utf8');
    }
  };
  for (const dir of ['src', 'public']) walk(dir);
  return out;
}

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'kepu-hostile-cms-'));
  // A git repository, as the local CMS works on one (each save a commit), its config holding a secret.
  execFileSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: repo });
  appendFileSync(join(repo, '.git/config'), SECRET);
  for (const dir of ['src/content/articles', 'src/content/topics', 'src/config', 'public/media'])
    mkdirSync(join(repo, dir), { recursive: true });
  writeFileSync(join(repo, 'package.json'), '{"name":"victim"}');
  // Publish on save: these requests are direct saves, which 先审后发 would refuse before any check here.
  writeFileSync(
    join(repo, 'src/config/site.json'),
    JSON.stringify({ ...JSON.parse(SITE), reviewBeforePublish: false }),
  );
  writeFileSync(join(repo, 'src/content/articles/a.md'), ARTICLE);
  writeFileSync(join(repo, 'src/content/articles/b.md'), ARTICLE);
  // A folder named like an entry, and links planted in a content and an upload folder.
  mkdirSync(join(repo, 'src/content/articles/folder.md'));
  writeFileSync(join(repo, 'src/content/articles/folder.md/inner.md'), ARTICLE);
  symlinkSync(join(repo, 'package.json'), join(repo, 'src/content/articles/link.md'));
  symlinkSync(join(repo, '.git/config'), join(repo, 'public/media/link.png'));
  symlinkSync(join(repo, '.git'), join(repo, 'public/media/dotgit'));
  writeFileSync(join(repo, 'public/media/own.png'), 'png');
  execFileSync('git', ['add', '--all'], { cwd: repo });
  execFileSync('git', ['-c', 'user.name=测试', '-c', 'user.email=t@localhost', 'commit', '--quiet', '-m', '开始'], {
    cwd: repo,
  });
  server = (await createDecapApi({ repo })).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

describe('renames stay inside their folder', () => {
  it('a save that moves an article into another folder is refused and nothing moves', async () => {
    const before = snapshot();
    const reply = await api(entry('src/content/articles/a.md', ARTICLE, 'src/content/topics/a.md'));
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error).toMatch(/不能把 src\/content\/articles\/a\.md 移到另一个目录/u);
    expect(snapshot()).toEqual(before);
  });

  it('a folder is never renamed, and a rename never overwrites another entry', async () => {
    const before = snapshot();
    const folder = await api(entry('src/content/articles/folder.md', ARTICLE, 'src/content/articles/moved.md'));
    expect(folder.status).toBe(403);
    const onto = await api(entry('src/content/articles/a.md', ARTICLE, 'src/content/articles/b.md'));
    expect(onto.status).toBe(403);
    expect(JSON.parse(onto.body).error).toMatch(/已存在/u);
    expect(snapshot()).toEqual(before);
  });

  it('renames one entry within its folder and leaves the others', async () => {
    const reply = await api(entry('src/content/articles/b.md', ARTICLE, 'src/content/articles/b-renamed.md'));
    expect(reply.status).toBe(200);
    // The rename is a commit in the CMS's worktree, then reaches the checkout: wait for it there.
    await expect
      .poll(() => existsSync(join(repo, 'src/content/articles/b-renamed.md')), { timeout: 10_000 })
      .toBe(true);
    expect(existsSync(join(repo, 'src/content/articles/b.md'))).toBe(false);
    expect(existsSync(join(repo, 'src/content/articles/a.md'))).toBe(true);
    expect(existsSync(join(repo, 'src/content/articles/folder.md/inner.md'))).toBe(true);
  });
});

describe('listings skip symbolic links', () => {
  it('entriesByFolder lists the real entries and not a link to package.json', async () => {
    const reply = await api({
      action: 'entriesByFolder',
      params: { branch: 'main', folder: 'src/content/articles', extension: 'md', depth: 2 },
    });
    expect(reply.status).toBe(200);
    const paths = (JSON.parse(reply.body) as { file: { path: string } }[]).map((e) => e.file.path).sort();
    expect(paths).toContain('src/content/articles/a.md');
    expect(paths).not.toContain('src/content/articles/link.md');
    expect(reply.body).not.toContain('victim');
  });

  it('getMedia lists the uploads and not .git/config through a link', async () => {
    const reply = await api({ action: 'getMedia', params: { branch: 'main', mediaFolder: 'public/media' } });
    expect(reply.status).toBe(200);
    const names = (JSON.parse(reply.body) as { path: string }[]).map((m) => m.path);
    expect(names).toEqual(['public/media/own.png']);
    expect(reply.body).not.toContain(Buffer.from(readFileSync(join(repo, '.git/config'))).toString('base64'));
    expect(reply.body).not.toContain(Buffer.from(SECRET).toString('base64'));
  });
});

describe('one rule for every path segment a save creates', () => {
  it.each([
    ['an upper-case name', entry('src/content/articles/X.MD')],
    ['a line break and shell characters', entry('src/content/articles/a\nb;$(id).md')],
    ['a name starting with a hyphen', entry('src/content/articles/-rf.md')],
    ['a space', entry('src/content/articles/a b.md')],
    ['a hidden folder under the uploads', media('public/media/.well-known/a.png')],
    ['a Chinese upload name', media('public/media/图片.png')],
    ['an upper-case extension', media('public/media/a.PNG')],
  ])('refuses %s and writes nothing', async (_name, body) => {
    const before = snapshot();
    const reply = await api(body);
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error).toMatch(/文件名不合规则/u);
    expect(snapshot()).toEqual(before);
  });
});

describe("the build's own checks run on the server for every save", () => {
  it.each([
    ['a body with no front matter', entry('src/content/articles/new.md', 'x'), /缺少 YAML 信息/u],
    [
      'an article missing its required fields',
      entry('src/content/articles/new.md', '---\ntitle: 只有标题\n---\n\n正文。\n'),
      /字段 summary：/u,
    ],
    [
      'an impossible date',
      entry('src/content/articles/new.md', ARTICLE.replace('publishedAt: 2023-09-14', 'publishedAt: 2023-02-30')),
      /字段 publishedAt：日期“2023-02-30”不存在/u,
    ],
    [
      'a cover outside the project',
      entry('src/content/articles/new.md', ARTICLE.replace(/^cover: .*$/mu, 'cover: /etc/passwd.png')),
      /字段 cover：/u,
    ],
  ])('refuses %s (422, naming the file and field) and writes nothing', async (_name, body, message) => {
    const before = snapshot();
    const reply = await api(body);
    expect(reply.status).toBe(422);
    expect(JSON.parse(reply.body).error).toMatch(/^无法保存：src\/content\/articles\/new\.md：/u);
    expect(JSON.parse(reply.body).error).toMatch(message);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a site.json whose baseUrl would smuggle text into the nginx configuration', async () => {
    const site = JSON.parse(SITE) as Record<string, unknown>;
    const before = snapshot();
    const reply = await api(
      entry('src/config/site.json', JSON.stringify({ ...site, baseUrl: 'https://kepu.example;internal' })),
    );
    expect(reply.status).toBe(422);
    expect(JSON.parse(reply.body).error).toMatch(/src\/config\/site\.json：字段 baseUrl：/u);
    expect(snapshot()).toEqual(before);
  });
});

describe('malformed requests', () => {
  it.each([
    [
      'a files object instead of a list',
      { action: 'entriesByFiles', params: { branch: 'main', files: { path: 'x' } } },
    ],
    ['broken JSON', '{"action": "getEntry", '],
    ['a JSON array', '[]'],
  ])('%s: a short Chinese 400 in JSON, without a stack trace or a path of the machine', async (_name, body) => {
    const reply = await api(body);
    expect(reply.status).toBe(400);
    expect(reply.type).toMatch(/application\/json/u);
    const { error } = JSON.parse(reply.body) as { error: string };
    expect(error).toMatch(/^请求的格式不对/u);
    expect(reply.body).not.toMatch(/\bat |node_modules|\/tmp\/|Error/u);
  });
});
