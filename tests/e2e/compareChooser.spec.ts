/** 实施方案对照: the reader picks the plans; the choice is a URL that rebuilds the same comparison. */
import { expect, test, type Page } from '@playwright/test';
import { wcagViolations } from '../support/axe';

const columns = (page: Page) =>
  page.locator('.compare-table thead th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
const chips = (page: Page) => page.locator('#compare-chosen > li');

test('pick plans → the URL names them → the same comparison after a reload', async ({ page }) => {
  await page.goto('/policies/compare/');
  const defaults = await columns(page);
  expect(defaults.length).toBeGreaterThanOrEqual(2);
  await expect(chips(page)).toHaveCount(defaults.length);

  // Keep the last two of the default plans, in reverse order: remove the others, then add one back.
  const keep = defaults.slice(-2).reverse();
  const slugOf = (href: string) => href.split('/')[2]!;
  for (const href of defaults.slice(0, -1)) {
    const label = await page.locator(`.compare-table thead th a[href="${href}"]`).innerText();
    await chips(page).filter({ hasText: label }).getByRole('button', { name: /^移除/u }).click();
  }
  await expect(chips(page)).toHaveCount(1);
  const addLabel = await page.locator(`.compare-table thead th a[href="${keep[1]}"]`).innerText();
  const addTitle = await page.locator(`.compare-table thead th a[href="${keep[1]}"]`).getAttribute('title');
  await page.getByLabel(/添加方案/u).fill(`${addLabel}｜${addTitle}`);
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已添加' })).toContainText(addLabel);
  await expect(chips(page)).toHaveCount(2);

  await page.getByRole('button', { name: '对照所选方案' }).click();
  await expect(page).toHaveURL(`/policies/compare/?plans=${keep.map(slugOf).join(',')}`);
  await expect.poll(() => columns(page)).toEqual(keep);
  const cells = await page.locator('a[data-compare-cell]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(cells.length).toBeGreaterThan(0);
  expect(cells.every((h) => keep.some((k) => h!.startsWith(k)))).toBe(true);

  await page.reload();
  await expect.poll(() => columns(page)).toEqual(keep);
  expect(await page.locator('a[data-compare-cell]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
    cells,
  );
  await expect(page.locator('#compare-plan-links a')).toHaveCount(2);

  // Each column heads to its plan's own page.
  await page.locator('.compare-table thead th a').first().click();
  await expect(page).toHaveURL(keep[0]!);
});

test('a URL naming an unknown plan says so and compares the others', async ({ page }) => {
  await page.goto('/policies/compare/');
  const [first] = await columns(page);
  const slug = first!.split('/')[2]!;
  await page.goto(`/policies/compare/?plans=${slug},no-such-plan`);
  await expect(page.getByRole('status').filter({ hasText: '没有找到' })).toContainText('no-such-plan');
  await expect.poll(() => columns(page)).toEqual([first]);
});

test('without JavaScript the default comparison is there and the chooser is hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/policies/compare/');
  await expect(page.locator('#compare-chooser')).toBeHidden();
  expect((await columns(page)).length).toBeGreaterThanOrEqual(2);
  await expect(page.locator('a[data-compare-cell]').first()).toBeVisible();
  await context.close();
});

test('axe: the chooser and a chosen comparison have no WCAG 2.2 A/AA violations (normal and 长者模式)', async ({
  page,
}) => {
  await page.goto('/policies/compare/');
  const slugs = (await columns(page)).slice(0, 2).map((h) => h.split('/')[2]);
  for (const elder of ['0', '1']) {
    await page.goto(`/policies/compare/?plans=${slugs.join(',')}&elder=${elder}`);
    await expect.poll(() => columns(page).then((c) => c.length)).toBe(2);
    expect(await wcagViolations(page, `elder=${elder}`)).toEqual([]);
  }
});
