// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import site from './src/config/site.json' with { type: 'json' };
import decapCms from './cms/integration.ts';
import { markdownSanitizePlugin } from './src/lib/build/markdownSanitize.ts';
import { policyBodyHtmlPlugin } from './src/lib/policies/policyBodyHtml.ts';
import { parseBuildTime } from './src/lib/build/buildClock.ts';
import { astroCacheDir } from './src/lib/build/astroCacheDir.ts';

// The build clock (src/lib/build/buildClock.ts): a SITE_BUILD_TIME that is not a date stops the
// build here, naming the variable, before any page is made.
if (process.env.SITE_BUILD_TIME?.trim()) parseBuildTime(process.env.SITE_BUILD_TIME);

export default defineConfig({
  site: site.baseUrl,
  output: 'static',
  // A build of another content set (the tests' fixtures), or without the examples
  // (SITE_EXAMPLES=hide), keeps its own cache: a cached entry of one never leaks into the other.
  cacheDir: astroCacheDir(),
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Never inline bundled scripts: the deployed CSP allows only same-origin script files and the
  // one hashed head script, so an inlined module would be blocked.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  markdown: {
    // Raw HTML in Markdown is parsed, then sanitised: a <script> from the CMS never reaches a page.
    // Policy bodies then get their clause anchors and tables (the site's own markup, so after the sanitiser).
    processor: satteri({ hastPlugins: [markdownSanitizePlugin, policyBodyHtmlPlugin], features: { rawHtml: true } }),
  },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.includes('/admin/') && !page.endsWith('/404/') }),
    // Bundles /admin/ (Decap CMS) from node_modules; borrows the built CSS for previews.
    decapCms(),
    // The search index is built after Astro exits: see the build script and scripts/build/indexSearch.ts.
  ],
  // `npm run build:incremental` (scripts/build/buildIncremental.ts) sets this: pages whose cacheKey and code
  // are unchanged are copied from the previous build (kept in node_modules/.astro/) instead of being
  // rendered. A plain `npm run build` never reads or writes that cache.
  experimental: { incrementalBuild: process.env.KEPU_INCREMENTAL_BUILD === '1' },
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? 'localhost' },
});
