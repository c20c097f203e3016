import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { findBrowser, CHROMIUM_ARGS } from './scripts/qa/findBrowser.mjs';
import { FIXTURE_DIST, FIXTURE_PORT as PORT, PAGED_PORT } from './tests/fixtures/site';

// The copy of the site built with one item per list page (dist-paged/, see listPageSize()) and its
// search index in small parts.
const PAGED_SPECS = /(listPages|searchParts)\.spec\.ts$/;
const browser = await findBrowser();

/**
 * E2E tests run against the site built from the tests' own content (tests/fixtures/content) into
 * dist-fixture/ by `npm run build:fixture` (test:e2e runs it once), never against dist/;
 * listPages.spec.ts and searchParts.spec.ts run against dist-paged/, the same content built with one item
 * per list page and its search index cut into parts of 60 records.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: { executablePath: browser.path, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: PAGED_SPECS },
    {
      name: 'paged',
      use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${PAGED_PORT}` },
      testMatch: PAGED_SPECS,
    },
  ],
  webServer: [
    {
      command: `node scripts/serve/serve.mjs --port ${PORT} --host 127.0.0.1 --no-cms --root ${FIXTURE_DIST}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // Only when built (npm run build:paged), so a spec run on dist/ alone does not need it.
    ...(existsSync('dist-paged')
      ? [
          {
            command: `node scripts/serve/serve.mjs --port ${PAGED_PORT} --host 127.0.0.1 --no-cms --root dist-paged`,
            url: `http://127.0.0.1:${PAGED_PORT}/`,
            reuseExistingServer: false,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
