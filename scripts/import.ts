/**
 * npm run import -- <file.txt>... --out <dir> [--slug <slug>]
 *
 * Imports plain-text official documents into Markdown files with YAML front matter (one per input).
 * Re-importing a file keeps the slug and the hand-added `manual:` facts of the document already in
 * <dir> with the same `source`. A file that cannot be imported (empty, binary, no title, or an output
 * that fails the conservation check) is reported with its name and nothing is written for it; the
 * command then exits non-zero.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkConservation } from '../src/lib/import/conservation.ts';
import { parseDocument, serializeDocument, type ManualFacts } from '../src/lib/import/document.ts';
import { ImportError, importDocument } from '../src/lib/import/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, slug: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});

const usage = 'usage: npm run import -- <file.txt>... --out <dir> [--slug <slug>]';
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!values.out || positionals.length === 0) {
  console.error(usage);
  process.exit(2);
}
if (values.slug && positionals.length > 1) {
  console.error('import: --slug 只能用于单个文件');
  process.exit(2);
}
if (values.slug && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(values.slug)) {
  console.error(`import: --slug “${values.slug}” 不合法：只能用小写字母、数字和连字符`);
  process.exit(2);
}

const outDir = values.out;
mkdirSync(outDir, { recursive: true });

interface Existing {
  file: string;
  slug: string;
  manual: ManualFacts | null;
}

/** Documents already in the output folder, by source file name. */
const existing = new Map<string, Existing>();
for (const file of readdirSync(outDir).filter((f) => f.endsWith('.md'))) {
  const { data } = parseDocument(readFileSync(join(outDir, file), 'utf8'));
  if (typeof data.source === 'string' && typeof data.slug === 'string') {
    existing.set(data.source, { file, slug: data.slug, manual: (data.manual as ManualFacts | undefined) ?? null });
  }
}

let failures = 0;
const written = new Set<string>();
for (const path of positionals) {
  const name = basename(path);
  try {
    if (!existsSync(path)) throw new ImportError('文件不存在');
    const bytes = readFileSync(path);
    const before = existing.get(name);
    const result = importDocument(bytes, name, values.slug ?? before?.slug);
    const markdown = serializeDocument(result, before?.manual);
    const check = checkConservation(new TextDecoder().decode(bytes), markdown);
    if (!check.ok) {
      throw new ImportError(`导入结果遗漏了原文字符“${check.missing}”（第 ${check.position} 个字符，附近：${check.context}），未写入`);
    }
    const file = before && !values.slug ? before.file : `${result.data.slug}.md`;
    if (written.has(file)) throw new ImportError(`与本次导入的另一文件生成了同一个文件 ${file}，请用 --slug 指定`);
    writeFileSync(join(outDir, file), markdown);
    written.add(file);
    const d = result.data;
    console.log(`import: ${name} → ${join(outDir, file)}（${d.docType}，${d.docNumber ?? '无文号'}，${d.tables.reduce((n, t) => n + t.rows.length, 0)} 行表格）`);
  } catch (err) {
    failures++;
    const message = err instanceof Error ? err.message : String(err);
    console.error(`import: ${path}: ${message}`);
  }
}
process.exit(failures ? 1 : 0);
