import { defineConfig, devices } from '@playwright/test';
import { findBrowser, CHROMIUM_ARGS } from './scripts/findBrowser.mjs';
import { FIXTURE_DIST } from './tests/fixtures/site';

const PORT = Number(process.env.E2E_PORT ?? 4329);
const browser = await findBrowser();

/**
 * E2E tests run against the site built from the tests' own content (tests/fixtures/content) into
 * dist-fixture/ by `npm run build:fixture` (test:e2e runs it once), never against dist/.
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
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT} --host 127.0.0.1 --no-cms --root ${FIXTURE_DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
