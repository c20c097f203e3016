import { expect, test } from '@playwright/test';
import site from '../../src/config/site.json' with { type: 'json' };

test('home page shows the site name, the 科协 and the main navigation', async ({ page }) => {
  const res = await page.goto('/');
  expect(res?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.name);
  await expect(page.getByRole('contentinfo')).toContainText(site.organization);
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const label of ['首页', '政策文件', '专题', '活动日历', '搜索']) {
    await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
  }
  await expect(page.locator('meta[name="SiteName"]')).toHaveAttribute('content', site.name);
  await expect(page.locator('meta[name="ColumnName"]')).toHaveAttribute('content', '首页');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site.baseUrl}/`);
});

test('every main navigation link opens a page whose section is marked current', async ({ page }) => {
  await page.goto('/');
  const links = page.getByRole('navigation', { name: '主导航' }).getByRole('link');
  const hrefs = await links.evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).getAttribute('href')!));
  expect(hrefs.length).toBe(5);
  for (const href of hrefs) {
    const res = await page.goto(href);
    expect(res?.status(), href).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: '主导航' }).locator('a[aria-current="page"]')).toHaveAttribute(
      'href',
      href,
    );
  }
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到主要内容' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('an unknown path gets the Chinese 404 page with status 404', async ({ page }) => {
  const res = await page.goto('/no-such-page-here/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面未找到');
  await expect(page.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
});

test('robots.txt and the XML sitemap are published', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${site.baseUrl}/sitemap-index.xml`);
  const index = await request.get('/sitemap-index.xml');
  expect(index.status()).toBe(200);
  expect(await index.text()).toContain('<sitemapindex');
});

test('the footer links the site pages (关于我们, 联系我们, 版权声明) and the error-report address from site.json', async ({
  page,
}) => {
  await page.goto('/');
  const footer = page.getByRole('navigation', { name: '页脚导航' });
  for (const name of ['关于我们', '联系我们', '版权声明']) {
    await page.goto('/');
    await footer.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByRole('navigation', { name: '页脚导航' }).getByRole('link', { name })).toBeVisible();
  }
  const report = footer.getByRole('link', { name: '我为政府网站找错' });
  const configured = (site as { errorReport?: string }).errorReport ?? '';
  if (configured) await expect(report).toHaveAttribute('href', configured);
  else await expect(report).toHaveCount(0);
});
