// Bundles Decap CMS (cms/main.ts) from node_modules into <dist>/admin/cms.js with esbuild.
// Run by cms/integration.ts in a separate Node process (Node strips the types), so nothing here
// enters Astro's config module graph. Usage: node cms/buildBundle.ts --out <file> --site <url>
//   [--styles-from <dist>] [--dev]
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { backendFromEnv, publishModeFor } from './backend.ts';
import { extractPreviewStyles, extractScopes, type PreviewStyle } from './previewStyles.ts';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** HTML pages whose CSS the previews borrow: the home page and one article and event page. */
async function previewPages(dist: string): Promise<string[]> {
  const pages = [join(dist, 'index.html')];
  for (const section of ['articles', 'events']) {
    const dir = join(dist, section);
    if (!existsSync(dir)) continue;
    const entries = await readdir(dir, { withFileTypes: true });
    const first = entries.find((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')));
    if (first) pages.push(join(dir, first.name, 'index.html'));
  }
  return pages.filter((p) => existsSync(p));
}

export async function bundleCms(options: {
  out: string;
  siteUrl: string;
  stylesFrom?: string | undefined;
  dev?: boolean;
}) {
  const { build } = require('esbuild') as typeof import('esbuild');
  let previewStyles: PreviewStyle[] = [];
  let previewScopes: Record<string, string> = {};
  if (options.stylesFrom) {
    const htmls = await Promise.all((await previewPages(options.stylesFrom)).map((p) => readFile(p, 'utf8')));
    previewStyles = extractPreviewStyles(htmls);
    previewScopes = extractScopes(htmls);
  }
  const backend = backendFromEnv(process.env);
  const settings = {
    backend,
    publishMode: publishModeFor(backend, process.env),
    siteUrl: options.siteUrl,
    previewStyles,
    previewScopes,
  };
  const result = await build({
    entryPoints: [join(here, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: !options.dev,
    legalComments: 'none',
    logLevel: 'warning',
    define: {
      'process.env.NODE_ENV': JSON.stringify(options.dev ? 'development' : 'production'),
      global: 'globalThis',
      __CMS_SETTINGS__: JSON.stringify(settings),
    },
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('CMS 打包失败：esbuild 没有输出文件');
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, file.contents);
  return { bytes: file.contents.byteLength, previewStyles: previewStyles.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      site: { type: 'string', default: '' },
      'styles-from': { type: 'string' },
      dev: { type: 'boolean', default: false },
    },
  });
  if (!values.out) throw new Error('缺少 --out');
  try {
    const { bytes, previewStyles } = await bundleCms({
      out: values.out,
      siteUrl: values.site,
      stylesFrom: values['styles-from'],
      dev: values.dev,
    });
    console.log(JSON.stringify({ bytes, previewStyles }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
