/**
 * npm run import -- <file.txt|file.docx>... [--out <dir>] [--sources <dir>] [--slug <slug>] [--replace]
 *
 * Imports official documents (.txt or Word .docx) into Markdown files with YAML front matter, one per
 * input, in --out (default src/content/policies). The untouched source is kept in the source store
 * (--sources, default seeds/) and named in the front matter, so `npm run build` works with no other
 * step. Re-importing a source keeps the slug and the hand-added `manual:` facts of its document.
 * Refused, with the file and the reason, writing nothing: unreadable input, no recognisable title,
 * a 文号 another document already has, an output file or stored source that belongs to a different
 * source (unless --replace), an output that fails the conservation check. Exit 1 if any was refused.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError } from '../../src/lib/import/index.ts';
import { commitImport, planImport, readLibrary, withImported } from '../../src/lib/import/store.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'src/content/policies' },
    sources: { type: 'string', default: 'seeds' },
    slug: { type: 'string' },
    replace: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});

const usage =
  'usage: npm run import -- <file.txt|file.docx>... [--out src/content/policies] [--sources seeds] [--slug <slug>] [--replace]';
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (positionals.length === 0) {
  console.error(usage);
  process.exit(2);
}
if (values.slug && positionals.length > 1) {
  console.error('import: --slug 只能用于单个文件');
  process.exit(2);
}

const dirs = { outDir: values.out, sourceDir: values.sources };
let library = readLibrary(dirs.outDir);
let failures = 0;
for (const path of positionals) {
  try {
    if (!existsSync(path)) throw new ImportError('文件不存在');
    const input = {
      bytes: readFileSync(path),
      fileName: basename(path),
      path,
      ...(values.slug ? { slug: values.slug } : {}),
      replace: values.replace,
    };
    const plan = await planImport(input, dirs, library);
    const { outPath } = commitImport(plan, input, dirs);
    library = withImported(library, plan);
    const d = plan.result.data;
    const rows = d.tables.reduce((n, t) => n + t.rows.length, 0);
    const kept = plan.storeSource ? `，原文存入 ${join(dirs.sourceDir, plan.sourceFile)}` : '';
    console.log(`import: ${path} → ${outPath}（${d.docType}，${d.docNumber ?? '无文号'}，${rows} 行表格${kept}）`);
  } catch (err) {
    failures++;
    const message = err instanceof Error ? err.message : String(err);
    console.error(`import: ${path}: ${message}`);
  }
}
process.exit(failures ? 1 : 0);
