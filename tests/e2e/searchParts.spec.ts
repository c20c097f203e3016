// The fixture content searched in parts: dist-paged/ has the same content pages as dist-fixture/,
// its search index cut into parts of 60 records (`npm run build:paged`), as a large archive's is. A
// reader must get the same answers from both, and a rare word must not make the page download every
// part.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_PORT } from '../fixtures/site';

const ONE_PART = `http://127.0.0.1:${FIXTURE_PORT}`;
const partsList = JSON.parse(readFileSync('dist-paged/pagefind/parts.json', 'utf8')) as { merge: string[] };

/** The result list and status a reader gets for `query` on the site at `origin`, and the index parts the page merged. */
async function answer(page: Page, origin: string, query: string, filters = '') {
  const merged = new Set<string>();
  const watch = (url: string) => {
    const part = /\/pagefind\/parts\/([^/]+)\/pagefind-entry\.json/.exec(url)?.[1];
    if (part) merged.add(part);
  };
  page.on('request', (request) => watch(request.url()));
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}${filters}`);
  const status = page.getByRole('status');
  await expect(status).toContainText(/找到|没有找到/);
  const urls = await page
    .locator('[data-search-results] [data-result-url]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('data-result-url')));
  const text = (await status.textContent()) ?? '';
  page.removeAllListeners('request');
  return { urls: urls.sort(), status: text, merged };
}

test('the index in parts gives the same results as the index in one part, for rare words, 文号, several words and filters', async ({
  page,
}) => {
  expect(partsList.merge.length).toBeGreaterThan(2);
  const cases: [string, string][] = [
    ['中暑', ''],
    ['科普大篷车', ''],
    ['益科协〔2023〕12号', ''],
    ['湿地 候鸟', ''],
    ['科技活动周', `&type=${encodeURIComponent('活动')}`],
    ['没有这样一句话的检索词', ''],
  ];
  for (const [query, filters] of cases) {
    const whole = await answer(page, ONE_PART, query, filters);
    const inParts = await answer(page, '', query, filters);
    expect(inParts.urls, query).toEqual(whole.urls);
    expect(inParts.status, query).toBe(whole.status);
  }
});

test('a rare word merges only the index parts that can hold it', async ({ page }) => {
  const { urls, merged } = await answer(page, '', '科普大篷车');
  expect(urls.length).toBeGreaterThan(0);
  expect(merged.size).toBeLessThan(partsList.merge.length);
});
