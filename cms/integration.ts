// Astro integration for /admin/: bundles Decap CMS from node_modules with esbuild into
// dist/admin/cms.js after the site is built (one step of a few seconds instead of pushing 5 MB
// through Vite), and in `astro dev` serves the same bundle plus decap-server's API on the dev
// origin. The work runs in a child Node process (cms/buildBundle.ts): this file imports only
// Node built-ins, because extra modules in the config graph made Astro close its module runner
// before other integrations' build:done hooks ran.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AstroIntegration } from 'astro';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const BUNDLER = join(here, 'buildBundle.ts');
/** Public path of the bundle (also in cms/paths.ts, which the /admin/ page reads). */
const CMS_BUNDLE_PATH = '/admin/cms.js';

async function bundle(args: string[]): Promise<{ bytes: number; previewStyles: number }> {
  try {
    const { stdout } = await run(process.execPath, [BUNDLER, ...args], { maxBuffer: 1 << 20 });
    return JSON.parse(stdout.trim().split('\n').pop()!) as { bytes: number; previewStyles: number };
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`CMS 打包失败：${stderr || (error as Error).message}`);
  }
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
        // The dev server (even with --host) answers only loopback Host names and takes writes
        // only from its own origin: the same rule as npm start (scripts/serve/localOrigin.mjs).
        // The module runner is alive during dev, so lazy imports are fine here.
        const { localRequestsOnly } = await import('../scripts/serve/localOrigin.mjs');
        server.middlewares.use(localRequestsOnly);
        // Dev: the bundle is built on first request; decap-server's API answers on this origin.
        let cached: Promise<Buffer> | undefined;
        const out = join(tmpdir(), `kepu-cms-dev-${process.pid}.js`);
        server.middlewares.use(CMS_BUNDLE_PATH, (_req, res) => {
          cached ??= bundle(['--out', out, '--site', siteUrl, '--dev']).then(() => readFile(out));
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
        const { createDecapApi } = await import('../scripts/serve/decapApi.mjs');
        const { createImportApi } = await import('../scripts/serve/importApi.mjs');
        const decapApi = await createDecapApi({ repo: root });
        const importApi = createImportApi({ repo: root, record: decapApi.recordImport });
        server.middlewares.use((req, res, next) => {
          if (!importApi(req, res)) next();
        });
        server.middlewares.use(decapApi);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const started = performance.now();
        const out = resolve(dist, `.${CMS_BUNDLE_PATH}`);
        const { bytes, previewStyles } = await bundle(['--out', out, '--site', siteUrl, '--styles-from', dist]);
        const ms = Math.round(performance.now() - started);
        logger.info(
          `CMS 已打包：${CMS_BUNDLE_PATH}（${(bytes / 1024 / 1024).toFixed(1)} MB，预览样式 ${previewStyles} 项，${ms} ms）`,
        );
      },
    },
  };
}
