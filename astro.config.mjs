// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import site from './src/config/site.json' with { type: 'json' };

export default defineConfig({
  site: site.baseUrl,
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.includes('/admin/') && !page.endsWith('/404/') }),
    // Last: indexes the finished dist/ (content pages only) into dist/pagefind/.
    pagefind(),
  ],
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? 'localhost' },
  preview: {},
});
