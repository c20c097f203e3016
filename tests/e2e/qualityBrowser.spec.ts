// Quality gates that need a browser, on every page of the sitemap (or every page type plus a
// fixed sample, see sitePages.ts): no request to another origin, JavaScript within budget,
// no horizontal scrolling at 360 px on any page (normal, largest 字号, 长者模式 at the largest
// 字号), targets and hover/focus contrast on one page of each type, and no CSP violation when
// dist/ is served with the headers of deploy/nginx (scripts/deploy/deployServer.mjs).
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import { type APIRequestContext, type Browser, type BrowserContext, expect, test, type Page } from '@playwright/test';
import { createDeployServer } from '../../scripts/deploy/deployServer.mjs';
import { smallTargets, stateContrastFailures } from '../support/phoneChecks';
import { NOT_FOUND_PATH, onePagePerType, pagesForGates, routeTyper, sitemapPaths } from '../support/sitePages';
import { FIXTURE_DIST } from '../fixtures/site';

/**
 * Script bytes (uncompressed: inline text + external files) an ordinary page may run. The shell
 * itself needs ~1.5 KB (the inline 长者模式/字号 script); the rest is room for a small enhancement.
 */
const JS_BUDGET_BYTES = 20 * 1024;
/** Pages that need no script file of their own: only the inline head script may run there. */
const NO_SCRIPT_FILE_PAGES = ['/', '/accessibility/', NOT_FOUND_PATH];
/** Pages whose job is to run a script: search (Pagefind) and the CMS. */
const BUDGET_EXEMPT = /^\/(search|admin)\//;
const NOT_FOUND = NOT_FOUND_PATH;
/** A common phone screen, in CSS px. */
const PHONE = { width: 360, height: 740 };

async function scanList(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const paths = await pagesForGates(request);
  expect(paths.length, 'the sitemap lists pages').toBeGreaterThan(4);
  return paths;
}

/** Names what sticks out past the right edge, so a failure says which element to fix. */
async function overflowCulprits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > width + 1 && r.width > 0) {
        const parentAlsoOver = el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1;
        if (parentAlsoOver && out.length) continue;
        const classes = (e: Element) =>
          typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
        let context = el.parentElement;
        while (context && !classes(context) && !context.id) context = context.parentElement;
        const where = context ? ` in ${context.id ? `#${context.id}` : classes(context)}` : '';
        out.push(`<${el.tagName.toLowerCase()}${classes(el)}>${where} right edge ${Math.round(r.right)}px`);
        if (out.length >= 3) break;
      }
    }
    return out;
  });
}

test('no page requests anything from another origin, and ordinary pages stay within the JS budget', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const failures: string[] = [];
  const report: string[] = [];
  for (const path of await scanList(request)) {
    const foreign: string[] = [];
    const scriptFiles: Array<Promise<number>> = [];
    const onRequest = (req: import('@playwright/test').Request) => {
      const u = new URL(req.url());
      if ((u.protocol === 'http:' || u.protocol === 'https:') && u.origin !== origin) foreign.push(req.url());
    };
    const onResponse = (res: import('@playwright/test').Response) => {
      if (res.request().resourceType() === 'script')
        scriptFiles.push(
          res.body().then(
            (b) => b.length,
            () => 0,
          ),
        );
    };
    page.on('request', onRequest);
    page.on('response', onResponse);
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    page.off('request', onRequest);
    page.off('response', onResponse);
    for (const url of foreign) failures.push(`${path}: requested ${url} (another origin)`);
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((s) => ['', 'module', 'text/javascript'].includes((s.getAttribute('type') ?? '').trim()))
        .reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0),
    );
    const files = await Promise.all(scriptFiles);
    const external = files.reduce((a, b) => a + b, 0);
    report.push(`${path}: ${inline} B inline + ${external} B in ${files.length} file(s)`);
    if (NO_SCRIPT_FILE_PAGES.includes(path) && files.length > 0) {
      failures.push(`${path}: loads ${files.length} script file(s) (${external} B) but needs none`);
    }
    if (!BUDGET_EXEMPT.test(path) && inline + external > JS_BUDGET_BYTES) {
      failures.push(
        `${path}: runs ${inline + external} B of JavaScript (${inline} inline + ${external} files), budget ${JS_BUDGET_BYTES} B`,
      );
    }
  }
  console.log(`JavaScript per page (uncompressed):\n  ${report.join('\n  ')}`);
  expect(failures, failures.join('\n')).toEqual([]);
});

/** How a reader may have set up the page: 字号 step (0–3, A+/A−) and 长者模式, as the head script stores them. */
const READING_MODES = [
  { name: 'normal', elder: false, step: 0 },
  { name: 'largest 字号', elder: false, step: 3 },
  { name: '长者模式 + largest 字号', elder: true, step: 3 },
] as const;

async function phoneIn(
  browser: Browser,
  baseURL: string | undefined,
  mode: { elder: boolean; step: number },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport: PHONE, hasTouch: true, locale: 'zh-CN' });
  await context.addInitScript(
    ({ elder, step }) => {
      localStorage.setItem('kepu-elder-mode', elder ? '1' : '0');
      localStorage.setItem('kepu-font-size', String(step));
    },
    { elder: mode.elder, step: mode.step },
  );
  return { context, page: await context.newPage() };
}

test('no page scrolls sideways at 360 px wide: normal, at the largest 字号, and in 长者模式 at the largest 字号', async ({
  browser,
  baseURL,
  request,
}) => {
  // Every page of the sitemap, not a sample: a long word or 文号 on one page is enough to widen it.
  test.setTimeout(600_000);
  const paths = [...(await sitemapPaths(request)), NOT_FOUND_PATH];
  const failures: string[] = [];
  for (const mode of READING_MODES) {
    const { context, page } = await phoneIn(browser, baseURL, mode);
    for (const path of paths) {
      await page.goto(path);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      if (scroll > client) {
        failures.push(
          `${path} [${mode.name}]: page is ${scroll}px wide in a ${client}px viewport: ${(await overflowCulprits(page)).join('; ')}`,
        );
      }
    }
    await context.close();
  }
  expect(failures, failures.join('\n')).toEqual([]);
});

/** One page of each template, and a search with results (its result list is drawn by script). */
async function pageTypes(request: APIRequestContext): Promise<string[]> {
  return [...onePagePerType(await sitemapPaths(request), routeTyper()), '/search/?q=科普', NOT_FOUND_PATH];
}

async function settled(page: Page, path: string): Promise<void> {
  await page.goto(path);
  if (path.startsWith('/search/?q=')) await page.locator('[data-search-results] [data-result-url]').first().waitFor();
}

test('on a phone every target is at least 24 × 24 px, and 44 × 44 px in 长者模式 (one page of each type)', async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(300_000);
  const paths = await pageTypes(request);
  const failures: string[] = [];
  for (const { elder, min } of [
    { elder: false, min: 24 },
    { elder: true, min: 44 },
  ]) {
    const { context, page } = await phoneIn(browser, baseURL, { elder, step: 0 });
    for (const path of paths) {
      await settled(page, path);
      for (const small of await smallTargets(page, min))
        failures.push(`${path} [${elder ? '长者模式' : 'normal'}]: ${small}`);
    }
    await context.close();
  }
  expect(failures, failures.join('\n')).toEqual([]);
});

test('hover, focus and active keep every target’s text at 4.5:1 contrast or more (one page of each type)', async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(300_000);
  const paths = await pageTypes(request);
  const failures: string[] = [];
  for (const elder of [false, true]) {
    const { context, page } = await phoneIn(browser, baseURL, { elder, step: 0 });
    for (const path of paths) {
      await settled(page, path);
      for (const f of await stateContrastFailures(page))
        failures.push(`${path} [${elder ? '长者模式' : 'normal'}]: ${f}`);
    }
    await context.close();
  }
  expect(failures, failures.join('\n')).toEqual([]);
});

test('on a phone a table wider than the screen keeps its header row and first column in view as it scrolls', async ({
  browser,
  baseURL,
  request,
}) => {
  const { context, page } = await phoneIn(browser, baseURL, { elder: false, step: 0 });
  const failures: string[] = [];
  let wide = 0;
  let tall = 0;
  for (const path of await pageTypes(request)) {
    await settled(page, path);
    const boxes = await page.locator('.table-scroll').all();
    for (const [i, box] of boxes.entries()) {
      const fits = await box.evaluate((el) => el.scrollWidth <= el.clientWidth || !el.checkVisibility());
      if (fits) continue;
      wide += 1;
      if (await box.evaluate((el) => el.scrollHeight > el.clientHeight)) tall += 1;
      // Scroll the box to its far right and down, then see where the corner cells are.
      const drift = await box.evaluate((el) => {
        el.scrollLeft = el.scrollWidth;
        el.scrollTop = el.scrollHeight / 2;
        const b = el.getBoundingClientRect();
        const header = el.querySelector('thead th');
        const rows = [...el.querySelectorAll('tbody tr')].filter(
          (r) => r.firstElementChild && !r.firstElementChild.hasAttribute('colspan'),
        );
        const row = rows.find((r) => r.getBoundingClientRect().top > b.top + 40) ?? rows.at(-1);
        const first = row?.firstElementChild?.getBoundingClientRect();
        // A box that holds every row needs no vertical scroll: its header stays below the caption.
        const top = el.scrollTop > 0 ? b.top : (header?.getBoundingClientRect().top ?? b.top);
        return {
          header: header ? Math.round(Math.abs(header.getBoundingClientRect().top - top)) : null,
          column: first ? Math.round(Math.abs(first.left - b.left)) : null,
          scrolledRight: el.scrollLeft > 0,
        };
      });
      const where = `${path} table box ${i + 1}`;
      if (!drift.scrolledRight) failures.push(`${where}: does not scroll sideways inside its box`);
      if (drift.header === null || drift.header > 2)
        failures.push(`${where}: header row ${drift.header}px from the top of the box`);
      if (drift.column === null || drift.column > 2)
        failures.push(`${where}: first column ${drift.column}px from the left of the box`);
    }
  }
  await context.close();
  expect(wide, 'the fixture has wide tables to check').toBeGreaterThan(2);
  expect(tall, 'and one taller than its box, whose header must stick').toBeGreaterThan(0);
  expect(failures, failures.join('\n')).toEqual([]);
});

test.describe('under the deployed CSP and security headers (deploy/nginx)', () => {
  let server: Server;
  let origin: string;
  test.beforeAll(async () => {
    server = createDeployServer({ root: FIXTURE_DIST });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    await new Promise((done) => server.close(done));
  });

  test('pages (and /admin/ if built) load with no CSP violation or script error', async ({ page, request }) => {
    test.setTimeout(300_000);
    const paths = await scanList(request);
    if (existsSync(`${FIXTURE_DIST}/admin/index.html`)) paths.push('/admin/');
    const failures: string[] = [];
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __csp: string[] }).__csp.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        );
      });
    });
    for (const path of paths) {
      const errors: string[] = [];
      const onConsole = (m: import('@playwright/test').ConsoleMessage) => {
        if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text()))
          errors.push(m.text().slice(0, 200));
      };
      const onPageError = (e: Error) => errors.push(`script error: ${e.message.slice(0, 200)}`);
      page.on('console', onConsole);
      page.on('pageerror', onPageError);
      const res = await page.goto(origin + path, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      if (path !== '/admin/') {
        // The inline script must really run under the policy: the switch must work.
        await page.getByRole('checkbox', { name: '长者模式' }).check();
        if (!(await page.evaluate(() => document.documentElement.classList.contains('elder'))))
          errors.push('长者模式 switch did nothing (inline script blocked?)');
        await page.getByRole('checkbox', { name: '长者模式' }).uncheck();
      }
      const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      for (const e of [...new Set([...violations, ...errors])]) failures.push(`${path}: ${e}`);
      if (path !== NOT_FOUND && res?.status() !== 200) failures.push(`${path}: status ${res?.status()}`);
      if (!res?.headers()['content-security-policy']) failures.push(`${path}: no Content-Security-Policy header`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
