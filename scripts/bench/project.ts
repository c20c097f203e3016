/**
 * Scratch projects for the build benchmark: a copy of this repository (without node_modules, dist
 * and caches) and a minimal Astro "floor" site that builds the same Markdown with one collection
 * and one page template. Both get a node_modules made of symlinks to the real packages, so Astro's
 * cache (node_modules/.astro) stays private to the scratch project instead of landing in the
 * shared install.
 */
import { cpSync, mkdirSync, readdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SKIP = new Set([
  'node_modules',
  'dist',
  'dist-fixture',
  'dist-paged',
  '.site-builds',
  '.astro',
  '.git',
  'test-results',
  'playwright-report',
  'bench-results',
  '.lighthouseci',
]);

/** Copy the project at `from` into `to`, leaving out build output, caches and git metadata. */
export function copyProject(from: string, to: string): void {
  cpSync(from, to, {
    recursive: true,
    filter: (src) => {
      const rel = relative(from, src);
      if (!rel) return true;
      const parts = rel.split(sep);
      if (SKIP.has(parts[0]!)) return false;
      // Results of earlier benchmark runs are not part of the project being measured.
      return !(parts[0] === 'bench' && parts[1] === 'results');
    },
  });
  linkNodeModules(from, to);
}

/**
 * `to/node_modules/<pkg>` → the real package, one symlink per entry (scoped packages included as
 * whole scopes). Hidden caches (.astro, .vite, .cache) are not linked, so each scratch project
 * starts cold and keeps its own cache.
 */
export function linkNodeModules(from: string, to: string): void {
  const real = realpathSync(join(from, 'node_modules'));
  const dir = join(to, 'node_modules');
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(real)) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(real, name), join(dir, name));
  }
}

/**
 * A minimal Astro site over `contentDir`: one glob collection without a schema, one page template
 * that renders each entry's title and body. No integrations, no images, no search: the floor any
 * Astro site pays for turning this Markdown into pages.
 */
export function writeFloorSite(
  root: string,
  contentBase: string,
  contentDirs: readonly string[],
  modulesFrom: string,
): void {
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  writeFileSync(
    join(root, 'package.json'),
    `${JSON.stringify({ name: 'kepu-bench-floor', private: true, type: 'module', scripts: { build: 'ASTRO_TELEMETRY_DISABLED=1 astro build' } }, null, 2)}\n`,
  );
  writeFileSync(
    join(root, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', build: { format: 'directory' } });\n",
  );
  const pattern = contentDirs.map((d) => `${d}/**/*.md`);
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      `export const collections = { docs: defineCollection({ loader: glob({ pattern: ${JSON.stringify(pattern)}, base: ${JSON.stringify(contentBase)} }) }) };`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'src', 'pages', '[...id].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('docs')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang="zh-CN"><head><meta charset="utf-8" /><title>{String(entry.data.title)}</title></head>',
      '<body><main><h1>{String(entry.data.title)}</h1><Content /></main></body></html>',
      '',
    ].join('\n'),
  );
  linkNodeModules(modulesFrom, root);
}
