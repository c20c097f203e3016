// Astro integration: after `astro build`, index dist/ with Pagefind's Node API so that
// `npm run build` alone produces dist/pagefind/. Chinese needs Pagefind's *extended* binary
// (it segments CJK text into words); we resolve it ourselves and refuse to fall back to the
// plain binary, which would silently index Chinese as one giant token per sentence.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { pageFacts, urlForFile, type QueryableDocument } from '../lib/search/pageFacts.ts';
import { pageRecords } from '../lib/search/records.ts';
import { addFilterValues, FILTER_VALUES_FILE, sortedFilterValues, type FilterValues } from '../lib/search/filterValues.ts';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The Pagefind version this integration was written and measured against (package.json pins it). */
export const PAGEFIND_VERSION = '1.6.0';

/** Path of the extended Pagefind binary for this platform; throws a clear error if it is missing. */
export function resolveExtendedBinary(): string {
  const fromEnv = process.env.PAGEFIND_EXTENDED_BINARY_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PAGEFIND_EXTENDED_BINARY_PATH 指向的文件不存在：${fromEnv}`);
    return fromEnv;
  }
  const require = createRequire(import.meta.url);
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const exe = platform === 'windows' ? 'pagefind_extended.exe' : 'pagefind_extended';
  const pkg = `@pagefind/${platform}-${process.arch}`;
  try {
    return require.resolve(`${pkg}/bin/${exe}`);
  } catch {
    throw new Error(
      `找不到 Pagefind 扩展版（中文分词需要）：${pkg}/bin/${exe}。请运行 npm install（pagefind ${PAGEFIND_VERSION} 会安装对应平台的 ${pkg}）。`,
    );
  }
}

/** Pagefind's own UI bundles (English UI): we ship our own search page instead. */
const UNUSED_BUNDLE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export interface IndexSummary {
  pages: number;
  records: number;
  outputPath: string;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(dir, f).split(/[\\/]/).includes('pagefind'))
    .sort();
}

/**
 * Index the content pages under `distDir` into `distDir/pagefind/`. Only pages with a
 * `data-pagefind-body` element count, and only that element's text: navigation, footers and
 * the CMS never reach the index. Each heading section becomes its own record (records.ts). The
 * filter values found are written beside the index for the search form (filterValues.ts).
 */
export async function buildSearchIndex(distDir: string): Promise<IndexSummary> {
  // The Node API spawns `pagefind_extended` when it can resolve it; pinning the env var makes
  // that choice explicit and stops a fallback to the non-extended binary.
  process.env.PAGEFIND_EXTENDED_BINARY_PATH = resolveExtendedBinary();
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
    let pages = 0;
    let records = 0;
    const filterValues: FilterValues = {};
    for (const file of await htmlFiles(distDir)) {
      const { document } = parseHTML(await readFile(file, 'utf8'));
      const facts = pageFacts(document as unknown as QueryableDocument, urlForFile(relative(distDir, file)));
      if (!facts) continue;
      pages++;
      addFilterValues(filterValues, facts.filters);
      for (const record of pageRecords(facts)) {
        const added = await index.addCustomRecord(record);
        if (added.errors.length) throw new Error(`Pagefind 无法索引 ${relative(distDir, file)}：${added.errors.join('; ')}`);
        records++;
      }
    }
    const outputPath = join(distDir, 'pagefind');
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind 写入索引出错：${written.errors.join('; ')}`);
    await writeFile(join(outputPath, FILTER_VALUES_FILE), `${JSON.stringify(sortedFilterValues(filterValues))}\n`);
    // The site has its own Chinese search page; Pagefind's default UI bundles are never loaded.
    for (const name of await readdir(outputPath)) {
      if (UNUSED_BUNDLE.test(name)) await rm(join(outputPath, name));
    }
    return { pages, records, outputPath };
  } finally {
    await pagefind.close();
  }
}

/** The Astro integration: runs `buildSearchIndex` on the build output. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'kepu-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const started = performance.now();
        const summary = await buildSearchIndex(distDir);
        // A site without content pages yet (early in a fork) still gets a valid, empty index.
        if (summary.pages === 0) logger.warn('没有页面带 data-pagefind-body：搜索索引为空。');
        logger.info(
          `已索引 ${summary.pages} 个页面（${summary.records} 条分节记录）→ ${summary.outputPath}（${Math.round(performance.now() - started)} ms）`,
        );
      },
    },
  };
}
