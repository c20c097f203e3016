/**
 * Lists that grow with the archive, on the copy of the site built with one item per page
 * (npm run build:paged → dist-paged/), so today's few documents and events fill several pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { wcagViolations } from '../support/axe';

const pager = (page: Page) => page.getByRole('navigation', { name: '分页' });
const countText = async (page: Page): Promise<{ n: number; m: number }> => {
  const text = await pager(page).locator('p').innerText();
  const match = /第 (\d+) 页，共 (\d+) 页/u.exec(text);
  expect(match, text).not.toBeNull();
  return { n: Number(match![1]), m: Number(match![2]) };
};
const titles = (page: Page) => page.locator('.policy-list > li:visible .policy-item-title').allInnerTexts();

test('the policy library: first, middle and last page, 上一页 / 下一页 and 第 N 页，共 M 页, every document once', async ({
  page,
}) => {
  await page.goto('/policies/');
  const { n, m } = await countText(page);
  expect(n).toBe(1);
  expect(m).toBeGreaterThanOrEqual(3);
  await expect(pager(page).getByRole('link', { name: '上一页' })).toHaveCount(0);
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', '/policies/page/2/');
  const seen = [...(await titles(page))];
  expect(seen).toHaveLength(1);

  // Walk forward with the keyboard on 下一页 to the last page.
  for (let k = 2; k <= m; k++) {
    const next = pager(page).getByRole('link', { name: '下一页' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/policies/page/${k}/$`, 'u'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`政策文件（第 ${k} 页）`);
    expect(await countText(page)).toEqual({ n: k, m });
    await expect(pager(page).locator('a[aria-current="page"]')).toHaveText(`第${k}页`);
    if (k < m) {
      // A middle page links both ways.
      await expect(pager(page).getByRole('link', { name: '上一页' })).toHaveAttribute(
        'href',
        k === 2 ? '/policies/' : `/policies/page/${k - 1}/`,
      );
      await expect(pager(page).getByRole('link', { name: '下一页' })).toHaveAttribute(
        'href',
        `/policies/page/${k + 1}/`,
      );
    }
    seen.push(...(await titles(page)));
  }
  await expect(pager(page).getByRole('link', { name: '下一页' })).toHaveCount(0);
  await expect(pager(page).getByRole('link', { name: '上一页' })).toBeVisible();
  expect(seen).toHaveLength(m);
  expect(new Set(seen).size).toBe(m);

  // The total in the filters is the whole library, not the page.
  await expect(
    page.getByRole('group', { name: '类型' }).getByRole('radio', { name: new RegExp(`^全部\\s*（${m}）$`, 'u') }),
  ).toBeVisible();
  await pager(page).getByRole('link', { name: '上一页' }).click();
  await expect(page).toHaveURL(new RegExp(m - 1 === 1 ? '/policies/$' : `/policies/page/${m - 1}/$`, 'u'));
});

test('a filter searches every page of the library, pages its result, and the URL brings it back', async ({ page }) => {
  // A document of the last page, and its type.
  await page.goto('/policies/');
  const { m } = await countText(page);
  await page.goto(`/policies/page/${m}/`);
  const last = page.locator('.policy-list > li').first();
  const wanted = (await last.locator('.policy-item-title').innerText()).trim();
  const type = (await last.getAttribute('data-type'))!;

  await page.goto('/policies/');
  expect(await titles(page)).not.toContain(wanted);
  const radio = page
    .getByRole('group', { name: '类型' })
    .getByRole('radio', { name: new RegExp(`^${type}\\s*（\\d+）$`, 'u') });
  const expected = Number(/（(\d+)）/u.exec(await radio.locator('xpath=..').innerText())![1]);
  await radio.check();
  await expect(page).toHaveURL(/\/policies\/\?type=/u);
  await expect(page.locator('[data-count]')).toHaveText(String(expected));

  // Walk the filtered result's pages: every document has the type, the one from the last page is among them.
  const found: string[] = [];
  for (let k = 1; ; k++) {
    for (const li of await page.locator('.policy-list > li').all()) await expect(li).toHaveAttribute('data-type', type);
    found.push(...(await titles(page)));
    const next = pager(page).getByRole('link', { name: '下一页' });
    if (expected <= 1 || (await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(new RegExp(`[?&]page=${k + 1}`, 'u'));
    // The filtered page is drawn once the index has loaded (one document per page in this build).
    await expect(pager(page).locator('p')).toContainText(`第 ${k + 1} 页，共 ${expected} 页`);
  }
  expect(found).toHaveLength(expected);
  expect(found).toContain(wanted);

  // A shared filtered page opens as it was.
  const url = page.url();
  const shown = await titles(page);
  await page.goto(url);
  if (expected > 1) await expect(pager(page).locator('p')).toContainText(`共 ${expected} 页`);
  await expect(
    page.getByRole('group', { name: '类型' }).getByRole('radio', { name: new RegExp(`^${type}\\s*（\\d+）$`, 'u') }),
  ).toBeChecked();
  await expect(page.locator('.policy-list > li')).toHaveCount(shown.length);
  expect(await titles(page)).toEqual(shown);

  await page.getByRole('link', { name: '清除筛选' }).first().click();
  await expect(page).toHaveURL(/\/policies\/$/u);
  expect(await countText(page)).toEqual({ n: 1, m });
});

test('without JavaScript every page of the library, 量化目标 and 政策谱系 is a plain page with its pager', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const base of ['/policies/', '/policies/targets/', '/policies/lineage/']) {
    await page.goto(base);
    const { m } = await countText(page);
    expect(m, base).toBeGreaterThanOrEqual(2);
    await pager(page).getByRole('link', { name: '下一页' }).click();
    await expect(page).toHaveURL(`${base}page/2/`);
    expect(await countText(page)).toEqual({ n: 2, m });
    await page.goto(`${base}page/${m}/`);
    await expect(pager(page).getByRole('link', { name: '下一页' })).toHaveCount(0);
    expect(await countText(page)).toEqual({ n: m, m });
  }
  await context.close();
});

test('past events page at /events/page/<n>/, and a filter finds past events of every page', async ({ page }) => {
  await page.goto('/events/');
  const pastPager = page.locator('#events-past-pager').getByRole('navigation', { name: '分页' });
  const m = Number(/共 (\d+) 页/u.exec(await pastPager.locator('p').innerText())![1]);
  expect(m).toBeGreaterThanOrEqual(2);
  await page.goto(`/events/page/${m}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`已经结束的活动（第 ${m} 页）`);
  expect(await countText(page)).toEqual({ n: m, m });
  const oldest = page.locator('li[data-event]').first();
  const slug = (await oldest.getAttribute('data-event'))!;
  const audience = (await oldest.getAttribute('data-audience'))!.split(' ')[0]!;

  await page.goto('/events/');
  await expect(page.locator(`#events-past li[data-event="${slug}"]`)).toHaveCount(0);
  await page.getByRole('radio', { name: audience, exact: true }).check();
  await expect(page.getByRole('status').filter({ hasText: '筛选' })).toContainText(`面向：${audience}`);
  let k = 1;
  while ((await page.locator(`#events-past li[data-event="${slug}"]`).count()) === 0) {
    for (const card of await page.locator('#events-past li[data-event]').all())
      await expect(card).toContainText(new RegExp(`面向：[^·]*${audience}`, 'u'));
    const next = page.locator('#events-past-pager').getByRole('link', { name: '下一页' });
    expect(await next.count(), `${slug} not found by page ${k}`).toBe(1);
    await next.click();
    k++;
    await expect(page).toHaveURL(new RegExp(`[?&]page=${k}`, 'u'));
    // The filtered page is drawn once the calendar files have loaded.
    await expect(page.locator('#events-past-pager')).toContainText(`第 ${k} 页`);
  }
  await expect(page.locator(`#events-past li[data-event="${slug}"]`)).toBeVisible();
  await expect(page.locator(`#events-past li[data-event="${slug}"]`)).toContainText(`面向：`);
  // The filtered page is a URL: reloading it shows the same past event.
  await page.reload();
  await expect(page.locator(`#events-past li[data-event="${slug}"]`)).toBeVisible();
  await expect(page.getByRole('radio', { name: audience, exact: true })).toBeChecked();
});

test('without JavaScript the upcoming events page at /events/upcoming/page/<n>/, each event once', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/events/');
  const upcomingPager = page.getByRole('navigation', { name: '即将举行的活动分页' });
  const seen = await page
    .locator('#events-upcoming > li[data-event]')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event')!));
  // The fixture build's clock (FIXTURE_BUILD_TIME) leaves several fixture events ahead: one per page.
  expect(seen).toHaveLength(1);
  await expect(upcomingPager).toHaveCount(1);
  const m = Number(/共 (\d+) 页/u.exec(await upcomingPager.locator('p').innerText())![1]);
  expect(m).toBeGreaterThanOrEqual(2);
  for (let k = 2; k <= m; k++) {
    // On /events/ the upcoming pager comes first; later pages have only theirs.
    await page.getByRole('navigation', { name: /分页$/u }).first().getByRole('link', { name: '下一页' }).click();
    await expect(page).toHaveURL(new RegExp(`/events/upcoming/page/${k}/$`, 'u'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`即将举行的活动（第 ${k} 页）`);
    expect(await countText(page)).toEqual({ n: k, m });
    seen.push(
      ...(await page
        .locator('#events-upcoming > li[data-event]')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event')!))),
    );
  }
  expect(seen).toHaveLength(m);
  expect(new Set(seen).size).toBe(seen.length);
  await context.close();
});

test('a much-cited document lists its first citations in place and every citation on its 被引用 pages', async ({
  page,
}) => {
  await page.goto('/policies/lineage/');
  const cited = [
    ...new Set(
      await page
        .locator('main a[href^="/policies/cited/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!)),
    ),
  ];
  let all: string | null = null;
  for (const href of cited) {
    await page.goto(href);
    const more = page.getByRole('link', { name: /^查看全部 \d+ 处引用$/u });
    if ((await more.count()) > 0) {
      all = href;
      break;
    }
  }
  expect(all, 'a cited document with more citations than the page lists').not.toBeNull();
  const total = Number(/(\d+)/u.exec(await page.getByRole('link', { name: /^查看全部 \d+ 处引用$/u }).innerText())![1]);
  const inPlace = await page.locator('table.cited-by tbody tr').count();
  expect(inPlace).toBeLessThan(total);
  // The chain on the same page says how many there are and links to the same pages.
  await expect(page.locator('.lineage-chain [data-lineage="down"] > li')).toHaveCount(inPlace);
  await expect(page.locator('.lineage-chain').getByRole('link', { name: '查看全部引用此文件的文件' })).toHaveAttribute(
    'href',
    new URL(page.url()).pathname.replace('/cited/', '/cited-by/'),
  );
  await page.getByRole('link', { name: /^查看全部 \d+ 处引用$/u }).click();
  await expect(page).toHaveURL(/\/policies\/cited-by\/[^/]+\/$/u);
  const rows: string[] = [];
  for (let k = 1; ; k++) {
    expect(await countText(page)).toEqual({ n: k, m: total }); // one citation per page in this build
    rows.push(
      ...(await page.locator('table.cited-by tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''))),
    );
    const next = pager(page).getByRole('link', { name: '下一页' });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(new RegExp(`/page/${k + 1}/$`, 'u'));
  }
  expect(rows).toHaveLength(total);
});

test('axe: paginated and filtered pages have no WCAG 2.2 A/AA violations (normal and 长者模式)', async ({ page }) => {
  test.setTimeout(180_000);
  const failures: string[] = [];
  for (const path of ['/policies/?status=正式文件&page=2', '/policies/targets/page/2/', '/events/page/2/']) {
    for (const elder of ['0', '1']) {
      await page.goto(`${path}${path.includes('?') ? '&' : '?'}elder=${elder}`);
      await expect(page.locator('main')).toBeVisible();
      failures.push(...(await wcagViolations(page, `${path} [elder=${elder}]`)));
    }
  }
  expect(failures).toEqual([]);
});
