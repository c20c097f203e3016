// `npm test` runs this first: fail early and say how to get a browser.
import { findBrowser, INSTALL_HELP } from './findBrowser.mjs';

try {
  const found = await findBrowser();
  if (found.source === 'none') {
    console.error(INSTALL_HELP);
    process.exit(1);
  }
  console.log(`e2e browser: ${found.path ?? "Playwright's bundled Chromium"} (${found.source})`);
} catch (err) {
  console.error(String(err instanceof Error ? err.message : err));
  console.error(INSTALL_HELP);
  process.exit(1);
}
