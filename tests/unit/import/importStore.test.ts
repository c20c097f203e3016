/**
 * The import writer (CLI and CMS): sources kept in the source store, re-import idempotent, and each
 * refusal names the file's problem and writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkConservation } from '../../../src/lib/import/conservation';
import { parseDocument } from '../../../src/lib/import/document';
import { importDocument } from '../../../src/lib/import/index';
import { commitImport, planImport, readLibrary, type ImportInput, type StoreDirs } from '../../../src/lib/import/store';
import { policySchema } from '../../../src/schemas/policy';
import { makeDocx } from '../../support/makeDocx';

const FIXTURES = join(import.meta.dirname, '../../fixtures/notices');
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

let root: string;
let dirs: StoreDirs;

/** Every file under the store and content folders, with its bytes. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of [dirs.outDir, dirs.sourceDir]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) out[join(dir, f)] = readFileSync(join(dir, f), 'base64');
  }
  return out;
}

async function run(input: ImportInput, check?: Parameters<typeof planImport>[3]) {
  const plan = await planImport(input, dirs, readLibrary(dirs.outDir), check);
  return { plan, ...commitImport(plan, input, dirs) };
}

/**
 * The file a fixture is imported to without a chosen 网址名: named after its title (the slug rule
 * itself is tested in policySlug.test.ts), never after the source file.
 */
function defaultFile(name: string): string {
  const { data } = importDocument(readFileSync(join(FIXTURES, `${name}.txt`)), `${name}.txt`);
  expect(data.slug).not.toContain(name);
  return `${data.slug}.md`;
}

function fixture(name: string): ImportInput {
  const path = join(FIXTURES, `${name}.txt`);
  return { bytes: readFileSync(path), fileName: `${name}.txt`, path };
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kepu-import-store-'));
  dirs = { outDir: join(root, 'src/content/policies'), sourceDir: join(root, 'seeds') };
});

describe('sources are kept', () => {
  it('a file from outside the project is copied byte for byte into the source store and named in the front matter', async () => {
    const input = fixture('letter-han');
    const { outPath, sourcePath } = await run(input);
    expect(readFileSync(sourcePath)).toEqual(Buffer.from(input.bytes));
    const { data } = parseDocument(readFileSync(outPath, 'utf8'));
    expect(data.source).toBe('letter-han.txt');
    expect(policySchema.safeParse(data).success).toBe(true);
    // No temporary file is left beside the written ones.
    expect(readdirSync(dirs.outDir)).toEqual([defaultFile('letter-han')]);
    expect(readdirSync(dirs.sourceDir)).toEqual(['letter-han.txt']);
  });

  it('re-importing the same source changes nothing', async () => {
    await run(fixture('letter-han'));
    const before = snapshot();
    const { plan } = await run(fixture('letter-han'));
    expect(plan.storeSource).toBe(false);
    expect(snapshot()).toEqual(before);
  });

  it('re-importing keeps the slug and the hand-added facts', async () => {
    await run({ ...fixture('letter-han'), slug: 'kepuri-han-2023' });
    const file = join(dirs.outDir, 'kepuri-han-2023.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('\n---\n', '\nmanual:\n  subject: 科普\n  basis: 测试\n---\n'),
    );
    await run(fixture('letter-han'));
    expect(readdirSync(dirs.outDir)).toEqual(['kepuri-han-2023.md']);
    expect(parseDocument(readFileSync(file, 'utf8')).data.manual).toEqual({ subject: '科普', basis: '测试' });
  });

  it('a .docx source is kept as it is, and its document validates', async () => {
    const bytes = await makeDocx(readFileSync(join(FIXTURES, 'joint-notice.txt'), 'utf8'));
    const { outPath, sourcePath } = await run({ bytes, fileName: 'joint-notice.docx', slug: 'joint' });
    expect(readFileSync(sourcePath)).toEqual(Buffer.from(bytes));
    const { data } = parseDocument(readFileSync(outPath, 'utf8'));
    expect(data.source).toBe('joint-notice.docx');
    expect(policySchema.safeParse(data).success).toBe(true);
  });
});

describe('refusals name the problem and write nothing', () => {
  async function refused(input: ImportInput, message: RegExp, check?: Parameters<typeof planImport>[3]): Promise<void> {
    const before = snapshot();
    await expect(run(input, check)).rejects.toThrow(message);
    expect(snapshot()).toEqual(before);
  }

  it('a text without a recognisable title (it starts with the addressee)', async () => {
    const text = '各县市区科协：\n现将有关事项通知如下，请认真落实。\n示例市科学技术协会\n2024年5月6日\n';
    await refused({ bytes: enc(text), fileName: 'no-title.txt' }, /找不到可识别的标题.*各县市区科协/u);
  });

  it('a text whose first line is a sentence', async () => {
    await refused(
      { bytes: enc('根据有关文件精神，结合实际，现提出如下意见。\n第二段。\n'), fileName: 'sentence.txt' },
      /找不到可识别的标题/u,
    );
  });

  it('a 文号 another document in the library already has, naming that document', async () => {
    await run(fixture('letter-han'));
    const text = readFileSync(join(FIXTURES, 'letter-han.txt'), 'utf8').replace('商请支持', '再次商请支持');
    await refused(
      { bytes: enc(text), fileName: 'other.txt' },
      /文号 示科协函〔2023〕3号 已属于库中另一文件 [a-z0-9-]+\.md（示例市科学技术协会关于商请支持/u,
    );
  });

  it('an output file that belongs to a different source, unless replace is asked for', async () => {
    await run({ ...fixture('letter-han'), slug: 'taken' });
    const input = { ...fixture('reply-pifu'), slug: 'taken' };
    await refused(input, /输出文件 .*taken\.md 已存在，属于另一原文 letter-han\.txt/u);
    await run({ ...input, replace: true });
    expect(parseDocument(readFileSync(join(dirs.outDir, 'taken.md'), 'utf8')).data.source).toBe('reply-pifu.txt');
  });

  it('a file named like a library source but with other content, from another folder', async () => {
    await run(fixture('letter-han'));
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(elsewhere);
    const text = readFileSync(join(FIXTURES, 'reply-pifu.txt'));
    writeFileSync(join(elsewhere, 'letter-han.txt'), text);
    await refused(
      { bytes: text, fileName: 'letter-han.txt', path: join(elsewhere, 'letter-han.txt') },
      new RegExp(`同名原文 letter-han\\.txt 已导入为 ${defaultFile('letter-han')}`, 'u'),
    );
  });

  it('an output the conservation check rejects', async () => {
    const damaging = (source: string, markdown: string) => checkConservation(source, markdown.replace('妥否', '妥'));
    await refused(fixture('letter-han'), /导入结果遗漏了原文字符“否”/u, damaging);
  });

  it('a file that is neither .txt nor .docx, and a .docx that is not one', async () => {
    await refused({ bytes: enc('%PDF-1.4'), fileName: 'notice.pdf' }, /只能导入 \.txt 或 \.docx/u);
    await refused({ bytes: enc('标题'), fileName: 'fake.docx' }, /不是有效的 \.docx 文件/u);
  });
});

describe('the command line', () => {
  const cli = (args: string[]) =>
    spawnSync(
      process.execPath,
      ['scripts/content/import.ts', ...args, '--out', dirs.outDir, '--sources', dirs.sourceDir],
      {
        encoding: 'utf8',
      },
    );

  it('imports a file from outside the project, keeping its source, and names refused files with their reason (exit 1)', () => {
    const ok = cli([join(FIXTURES, 'reply-pifu.txt'), '--slug', 'kejiguan-pifu-2015']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(readdirSync(dirs.sourceDir)).toEqual(['reply-pifu.txt']);
    expect(readdirSync(dirs.outDir)).toEqual(['kejiguan-pifu-2015.md']);
    const bad = join(root, 'no-title.txt');
    writeFileSync(bad, '各县市区科协：\n请认真落实。\n');
    const refused = cli([bad, join(FIXTURES, 'letter-han.txt')]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`import: ${bad}: 找不到可识别的标题`);
    expect(readdirSync(dirs.outDir).sort()).toEqual(['kejiguan-pifu-2015.md', defaultFile('letter-han')].sort());
  }, 60_000);

  it('the same source is never imported as a second document', async () => {
    await run({ ...fixture('letter-han'), slug: 'first' });
    const refused = cli([join(FIXTURES, 'letter-han.txt'), '--slug', 'second']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/原文 letter-han\.txt 已导入为 first\.md/u);
    expect(readdirSync(dirs.outDir)).toEqual(['first.md']);
  }, 60_000);
});

describe('the editor chooses the 类型', () => {
  it('a chosen 类型 replaces the one read from the title; one outside the list is refused', async () => {
    const { outPath } = await run({ ...fixture('letter-han'), docType: '意见' });
    expect(parseDocument(readFileSync(outPath, 'utf8')).data.docType).toBe('意见');
    await expect(planImport({ ...fixture('reply-pifu'), docType: '公告栏' }, dirs, [])).rejects.toThrow(
      /类型“公告栏”不在可选范围内/u,
    );
  });
});
