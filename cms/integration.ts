// Astro integration for /admin/: bundles Decap CMS from node_modules with esbuild into
// dist/admin/cms.js after the site is built (one ~1 s step instead of pushing 5 MB through
// Vite), and in `astro dev` serves the same bundle plus decap-server's API on the dev origin.
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
// Static imports: Astro's module runner is closed by the time build:done runs.
import { createDecapApi } from '../scripts/decapApi.mjs';
import { backendFromEnv, publishModeFor } from './backend';
import { extractPreviewStyles, type PreviewStyle } from './previewStyles';
import { CMS_BUNDLE_PATH } from './paths';

const here = dirname(fileURLToPath(import.meta.url));
const ENTRY = join(here, 'main.ts');

interface BundleOptions {
  siteUrl: string;
  previewStyles: PreviewStyle[];
  minify: boolean;
}

async function bundle(options: BundleOptions): Promise<Uint8Array> {
  const backend = backendFromEnv(process.env);
  const settings = {
    backend,
    publishMode: publishModeFor(backend, process.env),
    siteUrl: options.siteUrl,
    previewStyles: options.previewStyles,
  };
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: options.minify,
    legalComments: 'none',
    logLevel: 'warning',
    define: {
      'process.env.NODE_ENV': JSON.stringify(options.minify ? 'production' : 'development'),
      global: 'globalThis',
      __CMS_SETTINGS__: JSON.stringify(settings),
    },
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('CMS 打包失败：esbuild 没有输出文件');
  return file.contents;
}

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

export default function decapCms(): AstroIntegration {
  let siteUrl = '';
  let root = '';
  return {
    name: 'kepu-decap-cms',
    hooks: {
      'astro:config:setup': ({ config }) => {
        siteUrl = config.site ?? '';
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': async ({ server }) => {
        // Dev: the bundle is built on first request; decap-server's API answers on this origin.
        let cached: Promise<Uint8Array> | undefined;
        server.middlewares.use(CMS_BUNDLE_PATH, (_req, res) => {
          cached ??= bundle({ siteUrl, previewStyles: [], minify: false });
          cached.then(
            (code) => {
              res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
              res.end(code);
            },
            (error: unknown) => {
              cached = undefined;
              res.statusCode = 500;
              res.end(String(error));
            },
          );
        });
        const api = await createDecapApi({ repo: root });
        server.middlewares.use(api);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const started = performance.now();
        const htmls = await Promise.all((await previewPages(dist)).map((p) => readFile(p, 'utf8')));
        const previewStyles = extractPreviewStyles(htmls);
        const code = await bundle({ siteUrl, previewStyles, minify: true });
        const out = resolve(dist, `.${CMS_BUNDLE_PATH}`);
        await mkdir(dirname(out), { recursive: true });
        await writeFile(out, code);
        const ms = Math.round(performance.now() - started);
        logger.info(`CMS 已打包：${CMS_BUNDLE_PATH}（${(code.byteLength / 1024 / 1024).toFixed(1)} MB，${ms} ms）`);
      },
    },
  };
}
