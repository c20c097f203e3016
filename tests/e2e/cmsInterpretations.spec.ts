import { expect, test } from '@playwright/test';

test('a 政策解读 page says it is an example and leads to the document it explains', async ({ page }) => {
  const res = await page.goto('/interpretations/kepu-gongzuo-yaodian-2023-jiedu/');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '《益阳市科协2023年科普工作要点》要点梳理（示例解读）',
  );
  await expect(page.locator('.badge-example').first()).toHaveText('示例');
  await expect(page.locator('meta[name="ColumnName"]')).toHaveAttribute('content', '政策解读');
  await expect(page.locator('time[datetime="2023-04-10"]').first()).toHaveText('2023年4月10日');
  // Breadcrumb and the 所解读的文件 line both point at the document; follow it by keyboard.
  const link = page.locator('.interpretation-policy a');
  await expect(link).toHaveAttribute('href', '/policies/yiyang-kexie-kepu-yaodian-2023/');
  await expect(page.locator('.interpretation-policy')).toContainText('益科协〔2023〕12号');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/policies\/yiyang-kexie-kepu-yaodian-2023\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2023年科普工作要点');
});

test('/admin/ is a bare noindex shell that loads the bundled CMS from this site', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/admin/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible({ timeout: 20_000 });
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(`${origin}/`))).toEqual([]);
  const sitemap = await (await page.request.get('/sitemap-0.xml')).text();
  expect(sitemap).not.toContain('/admin/');
});
