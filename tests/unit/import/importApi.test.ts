/**
 * The CMS import endpoint (scripts/serve/importApi.mjs): only same-origin JSON POSTs from this machine with a
 * loopback Host are served; a preview writes nothing, a save writes the source into seeds/ and the
 * document into src/content/policies/ (and nowhere else); refusals come back in Chinese.
 */
import { createServer, request, type Server } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImportApi } from '../../../scripts/serve/importApi.mjs';

const FIXTURES = join(import.meta.dirname, '../../fixtures/notices');
let repo: string;
let server: Server;
let port: number;

interface Reply {
  status: number;
  body: { ok: boolean; error?: string; found?: Record<string, unknown>; sourceFile?: string };
}

function post(path: string, payload: unknown, headers: Record<string, string> = {}, method = 'POST'): Promise<Reply> {
  const host = `127.0.0.1:${port}`;
  const data = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
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
    req.end(method === 'POST' ? data : undefined);
  });
}

const files = (): string[] =>
  ['src/content/policies', 'seeds'].flatMap((d) =>
    existsSync(join(repo, d)) ? readdirSync(join(repo, d)).map((f) => `${d}/${f}`) : [],
  );

const letter = (): { fileName: string; data: string } => ({
  fileName: 'letter-han.txt',
  data: readFileSync(join(FIXTURES, 'letter-han.txt')).toString('base64'),
});

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'kepu-import-api-'));
  const api = createImportApi({ repo });
  server = createServer((req, res) => {
    if (!api(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('who may call it', () => {
  it.each([
    ['another origin', { Origin: 'http://evil.example' }, 403],
    ['no origin', { Origin: '' }, 403],
    ['a cross-site fetch', { 'Sec-Fetch-Site': 'cross-site' }, 403],
    ['a non-loopback Host (DNS rebinding)', { Host: 'evil.example', Origin: 'http://evil.example' }, 403],
    ['a form post (not JSON)', { 'Content-Type': 'text/plain' }, 415],
  ])('refuses %s and writes nothing', async (_name, headers, status) => {
    const reply = await post('/api/import/save', letter(), headers);
    expect(reply.status).toBe(status);
    expect(reply.body.ok).toBe(false);
    expect(files()).toEqual([]);
  });

  it('refuses GET', async () => {
    expect((await post('/api/import/preview', null, {}, 'GET')).status).toBe(405);
  });
});

describe('preview, save, refusal', () => {
  it('a preview shows what the importer found and writes nothing', async () => {
    const reply = await post('/api/import/preview', { ...letter(), slug: 'han-2023' });
    expect(reply.status).toBe(200);
    expect(reply.body.found).toMatchObject({
      title: '示例市科学技术协会关于商请支持2023年全国科普日活动的函',
      docNumber: '示科协函〔2023〕3号',
      issuedDate: '2023-08-22',
      slug: 'han-2023',
    });
    expect(reply.body.found?.characters).toBeGreaterThan(50);
    expect(files()).toEqual([]);
  });

  it('a save keeps the source and writes the document, and only there', async () => {
    const reply = await post('/api/import/save', { ...letter(), slug: 'han-2023' });
    expect(reply.status).toBe(200);
    expect(files().sort()).toEqual(['seeds/letter-han.txt', 'src/content/policies/han-2023.md']);
  });

  it('saving it again is refused, naming the document', async () => {
    const reply = await post('/api/import/save', { ...letter(), slug: 'han-2023-b' });
    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatch(/^letter-han\.txt：.*已导入为 .*han-2023\.md/u);
  });

  it('pasted text without a title is refused in Chinese', async () => {
    const reply = await post('/api/import/preview', {
      text: '各县市区科协：\n现将有关事项通知如下。\n',
      slug: 'paste',
    });
    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatch(/找不到可识别的标题/u);
  });

  it('a file name with a folder in it cannot escape the source store', async () => {
    const reply = await post('/api/import/save', { fileName: '../../etc/evil.txt', data: letter().data, slug: 'evil' });
    // The name is reduced to its last part; the source lands in seeds/ or the import is refused.
    expect(files().every((f) => f.startsWith('seeds/') || f.startsWith('src/content/policies/'))).toBe(true);
    expect(existsSync(join(repo, '..', 'etc'))).toBe(false);
    expect([200, 422]).toContain(reply.status);
  });
});
