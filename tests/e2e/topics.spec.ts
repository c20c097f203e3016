import { expect, test, type Page } from '@playwright/test';
import { DOMParser } from 'linkedom';
import site from '../../src/config/site.json' with { type: 'json' };

const cards = (page: Page) => page.locator('ul.topic-articles > li');

/** "共 13 篇文章" on a topic page → 13. */
async function totalOf(page: Page): Promise<number> {
  const text = await page.getByText(/共 \d+ 篇文章/).innerText();
  return Number(/共 (\d+) 篇文章/.exec(text)![1]);
}

test('the 专题 index links every required column, and a topic page lists its articles', async ({ page }) => {
  await page.goto('/topics/');
  for (const name of [
    '聚焦二十大',
    '双碳',
    '食品安全',
    '应急科普',
    '健康科普',
    '乡村振兴',
    '反诈防骗（智慧助老）',
    '青少年科技教育',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  await page.getByRole('link', { name: '食品安全', exact: true }).click();
  await expect(page).toHaveURL(/\/topics\/shipin-anquan\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('食品安全');
  const total = await totalOf(page);
  expect(total).toBeGreaterThanOrEqual(3);
  await expect(cards(page)).toHaveCount(total);
  await expect(cards(page).first().getByText('示例', { exact: true })).toBeVisible();

  // An article listed here names this topic among its own.
  const title = await cards(page).first().getByRole('heading').innerText();
  await cards(page).first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.article-meta').getByRole('link', { name: '食品安全' })).toHaveAttribute(
    'href',
    '/topics/shipin-anquan/',
  );
});

test('a topic with more than 12 articles paginates 12 per page, by mouse and keyboard', async ({ page }) => {
  await page.goto('/topics/jiankang/');
  const total = await totalOf(page);
  expect(total).toBeGreaterThan(12);
  await expect(cards(page)).toHaveCount(12);
  const pager = page.getByRole('navigation', { name: '分页' });
  await expect(pager.locator('a[aria-current="page"]')).toHaveText('第1页');
  const firstPage = await cards(page).getByRole('heading').allInnerTexts();

  await pager.getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL(/\/topics\/jiankang\/2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('健康科普（第 2 页）');
  await expect(cards(page)).toHaveCount(Math.min(12, total - 12));
  const secondPage = await cards(page).getByRole('heading').allInnerTexts();
  expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
  await expect(page.locator('link[rel="prev"]')).toHaveAttribute('href', '/topics/jiankang/');

  // Back to page 1 with the keyboard.
  const back = page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: /^第\s*1\s*页$/ });
  await back.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/topics\/jiankang\/$/);
  await expect(cards(page)).toHaveCount(12);
});

test('each topic page links its own RSS feed from the head, and the feed lists the same articles', async ({
  page,
  request,
}) => {
  await page.goto('/topics/shuangtan/');
  const href = await page.locator('head link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
  expect(href).toBe('/topics/shuangtan/rss.xml');
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  const doc = new DOMParser().parseFromString(await res.text(), 'text/xml');
  expect(doc.querySelector('channel > title')!.textContent).toContain('双碳');
  const links = [...doc.querySelectorAll('item > link')].map((l) => l.textContent!.trim());
  expect(links.length).toBe(await totalOf(page));
  const listed = await cards(page)
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  expect(links.map((l) => new URL(l).pathname).sort()).toEqual([...new Set(listed)].sort());
  for (const link of links) {
    expect(link.startsWith(`${site.baseUrl}/articles/`)).toBe(true);
    expect((await request.get(new URL(link).pathname)).status(), link).toBe(200);
  }
});
