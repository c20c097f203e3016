// Locates a Chromium for Playwright: an env var, then Debian's /usr/bin/chromium,
// then Playwright's own download if one is installed. Shared by ensureBrowser and the configs.
import { existsSync } from 'node:fs';

/** Env vars that may name a Chromium binary, checked in this order. */
export const BROWSER_ENV_VARS = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', 'CHROME_PATH'];

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * @returns {Promise<{ path: string | undefined, source: string }>} path undefined means
 * "let Playwright use its own browser" when source is 'playwright', or nothing found.
 */
export async function findBrowser(env = process.env) {
  for (const name of BROWSER_ENV_VARS) {
    const value = env[name];
    if (value) {
      if (!existsSync(value)) throw new Error(`环境变量 ${name} 指向的浏览器不存在：${value}`);
      return { path: value, source: name };
    }
  }
  for (const p of SYSTEM_PATHS) if (existsSync(p)) return { path: p, source: 'system' };
  try {
    const { chromium } = await import('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: undefined, source: 'playwright' };
  } catch {
    // playwright-core missing or no bundled browser: fall through.
  }
  return { path: undefined, source: 'none' };
}

/** Launch flags for a headless Chromium in a closed network (no background calls home). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const INSTALL_HELP = `找不到可用的 Chromium 浏览器，端到端测试无法运行。
No Chromium browser was found for the end-to-end tests. Install one of:
  • Debian/Ubuntu:  sudo apt-get install -y chromium fonts-noto-cjk
  • or point an env var at an existing binary:  CHROMIUM_PATH=/path/to/chromium npm test
  • or, with internet access:  npx playwright install chromium
`;
