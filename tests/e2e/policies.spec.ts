import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fixtureSeed } from '../fixtures/site';
import { wcagViolations } from '../support/axe';

const TITLES = [
  '益阳市科学技术协会关于印发《益阳市科协2023年科普工作要点》的通知',
  '湛江市人民政府关于印发《湛江市全民科学素质行动规划纲要实施方案（2021-2025年）》的通知',
  '岳阳市南湖新区管委会办公室关于印发《南湖新区全民科学素质行动规划纲要实施方案（2022－2025年）》的通知',
  '益阳市全民科学素质行动规划纲要实施方案（2021－2025年）',
  '澧县全民科学素质行动规划纲要实施方案（2021-2025年）（征求意见稿）',
];

test('the library lists all five documents, newest first, undated ones marked', async ({ page }) => {
  await page.goto('/policies/');
  const items = page.locator('.policy-list > li');
  await expect(items).toHaveCount(5);
  await expect(items.first()).toContainText(TITLES[0]!);
  await expect(items.nth(1)).toContainText(TITLES[1]!);
  for (const t of TITLES) await expect(page.getByRole('link', { name: t, exact: true })).toBeVisible();
  await expect(page.getByText('日期未注明')).toHaveCount(3);
});

test('filters narrow the list (first one chosen with the keyboard), combine, survive a reload and can be cleared', async ({
  page,
}) => {
  await page.goto('/policies/');
  const visible = page.locator('.policy-list > li:visible');
  const type = page.getByRole('group', { name: '类型' });
  await type.getByRole('radio', { name: /工作要点/ }).focus();
  await page.keyboard.press('Space');
  await expect(visible).toHaveCount(1);
  await expect(visible.first()).toContainText('科普工作要点');
  await expect(page.getByRole('status').filter({ hasText: '共' })).toHaveText('共 1 件文件');
  await expect(page).toHaveURL(/type=/);

  await page.reload();
  await expect(visible).toHaveCount(1);

  await type.getByRole('radio', { name: /规划实施方案/ }).check();
  await expect(visible).toHaveCount(4);
  await page
    .getByRole('group', { name: '状态' })
    .getByRole('radio', { name: /征求意见稿/ })
    .check();
  await expect(visible).toHaveCount(1);
  await expect(visible.first()).toContainText('澧县');
  await page.getByRole('group', { name: '年份' }).getByRole('radio', { name: /2022/ }).check();
  await expect(visible).toHaveCount(0);
  await expect(page.getByText('没有符合筛选条件的文件。')).toBeVisible();

  await page.getByRole('link', { name: '清除筛选' }).first().click();
  await expect(visible).toHaveCount(5);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the library is a plain list of every document and a clause link still lands on its clause', async ({
    page,
  }) => {
    await page.goto('/policies/?type=工作要点');
    await expect(page.locator('.policy-list > li')).toHaveCount(5);
    await page.goto('/policies/yiyang-kexue-suzhi-2021-2025/');
    await page.locator('#s2-1 a.clause-link').click();
    await expect(page).toHaveURL(/#s2-1$/);
    await expect(page.locator('#s2-1')).toBeInViewport();
  });
});

test('a document page shows the disclosure metadata, missing facts visibly missing', async ({ page }) => {
  await page.goto('/policies/zhanjiang-kexue-suzhi-2021-2025/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES[1]!);
  const meta = page.locator('.policy-meta');
  await expect(meta).toContainText('发文字号湛府〔2022〕40号');
  await expect(meta.locator('time[datetime="2022-06-02"]').first()).toHaveText('2022年6月2日');
  await expect(meta).toContainText('发布日期未注明');

  await page.goto('/policies/nanhu-kexue-suzhi-2022-2025/');
  await expect(page.locator('.policy-meta')).toContainText('文号未填写完整');
  await expect(page.locator('.policy-meta')).toContainText('岳南管办发〔2022〕 号');

  await page.goto('/policies/yiyang-kexue-suzhi-2021-2025/');
  await expect(page.locator('.policy-meta')).toContainText('发文机关益阳市（编者补充）');
  await expect(page.locator('.policy-meta')).toContainText('成文日期未注明');
  await expect(page.locator('.policy-draft-banner')).toHaveCount(0);

  await page.goto('/policies/lixian-kexue-suzhi-2021-2025/');
  await expect(page.getByRole('note').filter({ hasText: '征求意见稿' })).toBeVisible();
});

test('a clause link from the table of contents scrolls to its clause; a deep link opens at the clause', async ({
  page,
}) => {
  await page.goto('/policies/yiyang-kexue-suzhi-2021-2025/');
  await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '三、重点工程' }).click();
  await expect(page).toHaveURL(/#s3$/);
  await expect(page.locator('#s3')).toBeInViewport();
  await expect(page.locator('#s3')).toHaveText(/三、重点工程/);

  await page.goto('/policies/yiyang-kexue-suzhi-2021-2025/#s2-1-2-4');
  await expect(page.locator('#s2-1-2-4')).toBeInViewport();
  await expect(page.locator('#s2-1-2-4')).toContainText('（4）实施科技创新后备人才培育计划。');
});

test('the ¶ control copies the clause URL and announces it', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/policies/yiyang-kexie-kepu-yaodian-2023/');
  const link = page.locator('#s2-6 a.clause-link');
  await expect(link).toBeVisible();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#s2-6$/);
  await expect(page.locator('.clause-status')).toContainText('已复制本条链接');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/policies/yiyang-kexie-kepu-yaodian-2023/#s2-6`,
  );
});

test('the 湛江 task list is a real table a screen reader can read: caption, column headers, 61 rows', async ({
  page,
}) => {
  await page.goto('/policies/zhanjiang-kexue-suzhi-2021-2025/');
  const table = page.getByRole('table', { name: /工作任务清单/ });
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).toContainText('共 61 项');
  await expect(table.locator('thead').getByRole('columnheader')).toHaveText([
    '五大提升行动',
    '主要工作任务',
    '具体措施',
    '牵头单位',
    '责任单位',
    '完成时限',
  ]);
  // The second group (重点工程) repeats the header row with its own first column, as in the source.
  await expect(table.locator('tbody').nth(1).getByRole('row').first().getByRole('columnheader')).toHaveText([
    '六大重点工程',
    '主要工作任务',
    '具体措施',
    '牵头单位',
    '责任单位',
    '完成时限',
  ]);
  await expect(table.locator('th:not([scope])')).toHaveCount(0);
  await expect(table.locator('tr[data-row]')).toHaveCount(61);
  const elderly = table.locator('tr[data-row]').filter({ hasText: '实施智慧助老行动' }).first();
  await expect(elderly.locator('td').nth(3)).toHaveText('市委老干部局');
});

test('the untouched source text is served byte for byte', async ({ page, request }) => {
  await page.goto('/policies/zhanjiang-kexue-suzhi-2021-2025/');
  const href = await page.getByRole('link', { name: '查看原文纯文本' }).getAttribute('href');
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/plain');
  const expected = readFileSync(fixtureSeed('002_f37b634a5a2ac432.txt'));
  expect(Buffer.compare(await res.body(), expected)).toBe(0);
});

test('citations: cited documents listed with the title the text gives them', async ({ page }) => {
  await page.goto('/policies/lixian-kexue-suzhi-2021-2025/');
  const cites = page.locator('.lineage-chain');
  await expect(cites).toContainText('常德市全民科学素质行动规划纲要实施方案（2021-2025年）');
  await expect(cites).toContainText('常政办发〔2022〕22号');
  await expect(cites).toContainText('本库未收录');
});

test('the home page shows the latest documents', async ({ page }) => {
  await page.goto('/');
  const section = page.locator('section[aria-labelledby="home-homepolicies"]');
  await expect(section.getByRole('link', { name: TITLES[0]!, exact: true })).toBeVisible();
  await section.getByRole('link', { name: /全部政策文件/ }).click();
  await expect(page).toHaveURL(/\/policies\/$/);
});

test('axe: library with a filter applied and the 湛江 page with its table have no WCAG 2.2 A/AA violations', async ({
  page,
}) => {
  test.setTimeout(180_000);
  for (const path of [
    '/policies/?status=征求意见稿',
    '/policies/zhanjiang-kexue-suzhi-2021-2025/#t1-r30',
    '/policies/lixian-kexue-suzhi-2021-2025/?elder=1',
  ]) {
    await page.goto(path);
    expect(await wcagViolations(page, path)).toEqual([]);
  }
});
