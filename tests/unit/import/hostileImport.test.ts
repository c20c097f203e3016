/**
 * Hostile sources for the notice importer and its CMS endpoint: inputs that cost time or memory
 * (long runs of spaces, a front matter of 60,000 keys in the library, a .docx that unpacks to
 * hundreds of MB), two saves racing for one slug, malformed requests. Each input is generated
 * here, small on disk. The slow paths run in a worker thread with a time limit, so a regression
 * fails the test instead of hanging the run; the limits are generous hang guards, not speed goals.
 */
import { createServer, request, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseYamlData, MAX_FRONTMATTER_CHARS } from '../../../src/lib/build/sourceChecks';
import { MAX_SOURCE_BYTES, createImportApi } from '../../../scripts/serve/importApi.mjs';
import { makeDocx, makeDocxBomb } from '../../support/makeDocx';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/notices');
const LETTER = readFileSync(join(FIXTURES, 'letter-han.txt'), 'utf8');
const SPACES = ' '.repeat(2 * 1024 * 1024);

interface Outcome {
  ok: boolean;
  message: string;
  ms: number;
}

/**
 * Runs `call` (an async function body over `mod`, the named module) in a worker thread with a
 * time limit and a heap cap, and reports how it ended. A worker can be stopped mid-regex; the test's
 * own thread could not.
 */
function inWorker(modulePath: string, call: string, arg: unknown, { seconds = 15, heapMb = 1536 } = {}) {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const t0 = performance.now();
    import(${JSON.stringify(join(ROOT, modulePath))}).then(async (mod) => {
      const arg = workerData;
      ${call}
    }).then(
      (message) => parentPort.postMessage({ ok: true, message: String(message ?? ''), ms: performance.now() - t0 }),
      (e) => parentPort.postMessage({ ok: false, message: String(e && e.message), ms: performance.now() - t0 }),
    );`;
  return new Promise<Outcome>((done) => {
    const worker = new Worker(code, {
      eval: true,
      workerData: arg,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      done({ ok: false, message: `did not finish within ${seconds} s`, ms: seconds * 1000 });
    }, seconds * 1000);
    worker.on('message', (m: Outcome) => {
      clearTimeout(timer);
      void worker.terminate();
      done(m);
    });
    worker.on('error', (e: Error) => {
      clearTimeout(timer);
      done({ ok: false, message: `worker failed: ${e.message}`, ms: 0 });
    });
  });
}

const importText = (text: string) =>
  inWorker(
    'src/lib/import/index.ts',
    `return mod.importDocument(new TextEncoder().encode(arg), 'spaces.txt', 'spaces').data.title;`,
    text,
  );

describe('long runs of spaces (linear trimming, a line-length cap)', { timeout: 60_000 }, () => {
  it.each([
    ['inside a line', (lines: string[]) => lines.with(3, lines[3]!.slice(0, 5) + SPACES + lines[3]!.slice(5))],
    ['at the end of a line', (lines: string[]) => lines.with(3, `${lines[3]}${SPACES}x`)],
    ['as a line of its own', (lines: string[]) => lines.toSpliced(3, 0, SPACES)],
  ])('a 2 MB run of spaces %s is refused within 15 s, naming the line', async (_where, plant) => {
    const result = await importText(plant(LETTER.split('\n')).join('\n'));
    expect(result.message).toMatch(/^第 4 行太长（\d+ 个字符，每行上限 \d+ 个字符）/u);
    expect(result.ok).toBe(false);
  });

  it('a long run of spaces within the cap imports, linear in its length', async () => {
    const lines = LETTER.split('\n');
    const result = await importText(lines.with(3, `${lines[3]}${' '.repeat(19_000)}`).join('\n'));
    expect(result).toMatchObject({ ok: true, message: '示例市科学技术协会关于商请支持2023年全国科普日活动的函' });
  });

  it('a table cell or an indented line padded with spaces and tabs imports too', async () => {
    const pad = ' \t'.repeat(3_000);
    const text = `${LETTER}\n附件\n任务\t单位${pad}\t时限\n宣传${pad}\t市科协\t${pad}年底\n${pad}正文一句。${pad}\n`;
    expect(await importText(text)).toMatchObject({ ok: true });
  });
});

/** A policy whose front matter holds `keys` keys (60,000 keys are about 590 KB). */
function manyKeys(keys: number): string {
  const lines = Array.from({ length: keys }, (_, i) => `k${i}: v`);
  return `---\ntitle: 键很多的文件\nslug: many-keys\n${lines.join('\n')}\n---\n\n正文。\n`;
}

describe('the YAML front matter (size caps before parsing, a linear duplicate-key check)', { timeout: 60_000 }, () => {
  it('refuses a key written twice, naming it', () => {
    expect(() => parseYamlData('title: 甲\nslug: a\ntitle: 乙\n')).toThrow(/键“title”出现了两次/u);
    expect(() => parseYamlData('location:\n  name: 馆\n  name: 厅\n')).toThrow(/键“name”/u);
    expect(parseYamlData('title: 甲\nmanual:\n  title: 乙\n')).toEqual({ title: '甲', manual: { title: '乙' } });
  });

  it('checks 20,000 distinct keys within a few seconds (the quadratic check took over a minute)', async () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `k${i}: v`).join('\n');
    expect(text.length).toBeLessThan(MAX_FRONTMATTER_CHARS);
    const result = await inWorker(
      'src/lib/build/sourceChecks.ts',
      `return Object.keys(mod.parseYamlData(arg + '\\nk7: again')).length;`,
      text,
      { seconds: 10 },
    );
    expect(result.message).toMatch(/键“k7”出现了两次/u);
  });

  it('the build refuses a 60,000-key front matter at once, naming the file', async () => {
    const result = await inWorker(
      'src/lib/build/sourceChecks.ts',
      `return mod.fileProblems('src/content/policies/many-keys.md', arg).join('\\n');`,
      manyKeys(60_000),
    );
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/^src\/content\/policies\/many-keys\.md：文件开头的 YAML 信息太长/u);
  });

  it('with a 60,000-key policy in the library, importing an ordinary notice ends within 15 s and names that file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kepu-hostile-library-'));
    const dirs = { outDir: join(dir, 'policies'), sourceDir: join(dir, 'seeds') };
    mkdirSync(dirs.outDir);
    writeFileSync(join(dirs.outDir, 'many-keys.md'), manyKeys(60_000));
    const result = await inWorker(
      'src/lib/import/store.ts',
      `const plan = await mod.planImport({ bytes: new TextEncoder().encode(arg.text), fileName: 'letter.txt' }, arg.dirs, mod.readLibrary(arg.dirs.outDir));
       return plan.outFile;`,
      { text: LETTER, dirs },
    );
    expect(result.message).toMatch(/库中文件 .*many-keys\.md 无法读取：文件开头的 YAML 信息太长/u);
  });
});

describe('a .docx zip bomb (sizes read from the zip directory before mammoth runs)', { timeout: 60_000 }, () => {
  it.each([
    ['states its size', false],
    ['understates its size in the zip directory', true],
  ])('a .docx holding ~300 MB of XML that %s is refused within 15 s, heap under 1.5 GB', async (_name, lie) => {
    const bytes = makeDocxBomb(300, { lie });
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const result = await inWorker(
      'src/lib/import/index.ts',
      `return (await mod.readSource(new Uint8Array(arg), 'bomb.docx')).text.length;`,
      bytes,
    );
    expect(result.message).toMatch(/word\/document\.xml.*可能是压缩炸弹，已拒绝/u);
    expect(result.ok).toBe(false);
  });

  it('an ordinary .docx still imports', async () => {
    const bytes = await makeDocx(LETTER);
    const result = await inWorker(
      'src/lib/import/index.ts',
      `return (await mod.importSource(new Uint8Array(arg), 'letter.docx', 'letter')).data.title;`,
      bytes,
    );
    expect(result).toMatchObject({ ok: true, message: '示例市科学技术协会关于商请支持2023年全国科普日活动的函' });
  });
});

describe('the CMS import endpoint under hostile requests', { timeout: 60_000 }, () => {
  let repo: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'kepu-hostile-import-api-'));
    const api = createImportApi({ repo });
    server = createServer((req, res) => {
      if (!api(req, res)) res.writeHead(200, { 'Content-Type': 'text/plain' }).end('site');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  function post(path: string, payload: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
    const host = `127.0.0.1:${port}`;
    return new Promise((done, fail) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path,
          method: 'POST',
          headers: { Host: host, Origin: `http://${host}`, 'Content-Type': 'application/json' },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            done({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
          );
        },
      );
      req.on('error', fail);
      req.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
    });
  }

  /** Milliseconds until the site (any other request) answers. */
  function siteAnswers(): Promise<number> {
    const t0 = performance.now();
    return new Promise((done, fail) => {
      request({ host: '127.0.0.1', port, path: '/' }, (res) => {
        res.resume();
        res.on('end', () => done(performance.now() - t0));
      })
        .on('error', fail)
        .end();
    });
  }

  const policies = () =>
    existsSync(join(repo, 'src/content/policies')) ? readdirSync(join(repo, 'src/content/policies')) : [];
  const seeds = () => (existsSync(join(repo, 'seeds')) ? readdirSync(join(repo, 'seeds')) : []);

  it('two saves of one slug at once: one is saved, the other refused in Chinese, nothing orphaned', async () => {
    const other = LETTER.replace('3号', '4号').replace('商请支持', '再次商请支持');
    const [a, b] = await Promise.all([
      post('/api/import/save', { text: LETTER, fileName: 'first.txt', slug: 'same-slug' }),
      post('/api/import/save', { text: other, fileName: 'second.txt', slug: 'same-slug' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 422]);
    const refused = a.status === 422 ? a : b;
    expect(String(refused.body.error)).toMatch(
      /^(first|second)\.txt：输出文件 src\/content\/policies\/same-slug\.md 已存在/u,
    );
    expect(policies()).toEqual(['same-slug.md']);
    expect(seeds()).toHaveLength(1);
  });

  it('a .docx zip bomb is refused naming the file', async () => {
    const reply = await post('/api/import/preview', {
      fileName: '通知.docx',
      data: Buffer.from(makeDocxBomb(300)).toString('base64'),
    });
    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatch(/^通知\.docx：解压后的文字内容太大/u);
  });

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a files object for the text', JSON.stringify({ text: { a: 1 }, fileName: 'a.txt' })],
    ['broken JSON', '{"text": '],
  ])('a malformed request (%s) gets a short Chinese 400 without a stack trace or a path', async (_name, raw) => {
    const reply = await post('/api/import/preview', raw);
    expect(reply.status).toBe(400);
    expect(reply.body.ok).toBe(false);
    expect(String(reply.body.error)).toMatch(/[\u4e00-\u9fff]/u);
    expect(String(reply.body.error)).not.toMatch(/\bat |\/tmp\/|node_modules|Error/u);
  });

  it('the size message names the real limit, and a file just over it is refused with it', async () => {
    const mb = MAX_SOURCE_BYTES / 1024 / 1024;
    const over = await post('/api/import/preview', { text: 'x'.repeat(MAX_SOURCE_BYTES + 1), fileName: 'big.txt' });
    expect(over.status).toBe(413);
    expect(over.body.error).toBe(`big.txt：文件太大（上限 ${mb} MB）。`);
    const data = Buffer.alloc(MAX_SOURCE_BYTES + 3, 0x41).toString('base64');
    const upload = await post('/api/import/preview', { fileName: 'big.docx', data });
    expect(upload.status).toBe(413);
    expect(String(upload.body.error)).toContain(`文件太大（上限 ${mb} MB）`);
  }, 60_000);

  it('while a slow import runs, the site still answers within 1 s', async () => {
    const para =
      '　　各县市区科协要结合本地实际，认真组织开展科普活动，做好宣传发动和组织实施工作，确保活动取得实效。\n';
    // Another 文号 than the notices saved above, so the preview is not refused as a duplicate.
    const text = LETTER.replace('3号', '9号') + para.repeat(60_000);
    const slow = post('/api/import/preview', { text, fileName: 'long.txt' });
    const waits: number[] = [];
    let done = false;
    void slow.finally(() => {
      done = true;
    });
    await new Promise((r) => setTimeout(r, 300));
    while (!done) {
      waits.push(await siteAnswers());
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await slow).body).toMatchObject({ ok: true });
    expect(waits.length).toBeGreaterThan(2);
    expect(Math.max(...waits)).toBeLessThan(1000);
  }, 120_000);
});
