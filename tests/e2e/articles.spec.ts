import { sitemapPaths } from '../support/sitePages';
import { expect, test } from '@playwright/test';
import { DOMParser } from 'linkedom';
import site from '../../src/config/site.json' with { type: 'json' };

const ARTICLE = '/articles/xinfei-fusu-aed/';

test('an article page shows its facts: 示例, dates, source, author, topics, reading time, JSON-LD', async ({
  page,
}) => {
  await page.goto(ARTICLE);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(/心肺复苏/);
  await expect(page.locator('.article-example')).toContainText('示例');
  const meta = page.locator('.article-meta');
  await expect(meta.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  for (const label of ['发布日期', '来源', '作者', '专题', '阅读时间'])
    await expect(meta.getByText(label, { exact: true })).toBeVisible();
  await expect(meta).toContainText(/约 \d+ 分钟/);
  await meta.getByRole('link', { name: '应急科普' }).click();
  await expect(page).toHaveURL(/\/topics\/yingji\/$/);

  await page.goto(ARTICLE);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld['@type']).toBe('Article');
  expect(ld.headline).toBe(await h1.innerText());
  expect(ld.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(ld.image[0]).toMatch(new RegExp(`^${site.baseUrl}/.+\\.webp$`));
});

test('cover images load as AVIF in Chromium, lazy ones too once scrolled to', async ({ page }) => {
  await page.goto(ARTICLE);
  const cover = page.locator('img.article-cover');
  await expect(cover).toHaveAttribute('width', /\d+/);
  await expect(cover).toHaveAttribute('height', /\d+/);
  await expect
    .poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  expect(await cover.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.avif$/);

  const lazy = page.locator('.related img').first();
  await expect(lazy).toHaveAttribute('loading', 'lazy');
  await lazy.scrollIntoViewIfNeeded();
  await expect
    .poll(() => lazy.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  expect(await lazy.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.avif$/);
  // The WebP source is there for browsers without AVIF.
  await expect(page.locator('.related picture source[type="image/webp"]').first()).toHaveAttribute('srcset', /\.webp /);
});

test('the share link copies the permanent URL, and is a plain link without JavaScript', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(ARTICLE);
  const share = page.getByRole('link', { name: '复制本文链接' });
  await expect(share).toHaveAttribute('href', `${site.baseUrl}${ARTICLE}`);
  await share.click();
  await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toContainText('链接已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.baseUrl}${ARTICLE}`);
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`)); // stayed on the page
});

test('print layout hides the share control and related list and prints the URL', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('link', { name: '复制本文链接' })).toBeHidden();
  await expect(page.locator('.related')).toBeHidden();
  await expect(page.getByText(`本文链接：${site.baseUrl}${ARTICLE}`)).toBeVisible();
});

test('the sample video has a captions track and a transcript, and its files resolve', async ({ page, request }) => {
  await page.goto(ARTICLE);
  const video = page.locator('video');
  await expect(video.locator('track[kind="captions"]')).toHaveAttribute('srclang', 'zh');
  // The transcript is folded under 文字稿 and opens from the keyboard.
  const step = page.getByText('第四步：在胸部正中用力快速按压');
  await expect(step).toBeHidden();
  await page.locator('summary', { hasText: '文字稿' }).press('Enter');
  await expect(step).toBeVisible();
  for (const src of [
    await video.locator('source').getAttribute('src'),
    await video.locator('track').getAttribute('src'),
  ]) {
    const res = await request.get(src!);
    expect(res.status(), src!).toBe(200);
  }
  const vtt = await (await request.get((await video.locator('track').getAttribute('src'))!)).text();
  expect(vtt.startsWith('WEBVTT')).toBe(true);
  expect(await video.evaluate((v: HTMLVideoElement) => v.textTracks.length)).toBe(1);
});

test('the site RSS feed parses, and every item has an absolute link that resolves', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    '/rss.xml',
  );
  const res = await request.get('/rss.xml');
  expect(res.headers()['content-type']).toContain('xml');
  const doc = new DOMParser().parseFromString(await res.text(), 'text/xml');
  const items = [...doc.querySelectorAll('item')];
  expect(items.length).toBeGreaterThanOrEqual(14);
  for (const item of items) {
    const link = item.querySelector('link')!.textContent!.trim();
    expect(link.startsWith(`${site.baseUrl}/articles/`), link).toBe(true);
    expect(Number.isNaN(Date.parse(item.querySelector('pubDate')!.textContent!))).toBe(false);
    expect(item.querySelector('description')!.textContent!.length).toBeGreaterThan(10);
    expect((await request.get(new URL(link).pathname)).status(), link).toBe(200);
  }
});

test('the JSON Feed 1.1 is linked from the home page head, parses, pages through next_url, and its URLs resolve', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('head link[rel="alternate"][type="application/feed+json"]').getAttribute('href');
  expect(href).toBe('/api/articles.json');
  // Follow next_url as a consumer would, collecting every item once.
  const items: {
    id: string;
    url: string;
    image: string;
    date_published: string;
    content_html?: string;
    content_text?: string;
  }[] = [];
  let path: string | null = href;
  const seenPages: string[] = [];
  while (path) {
    const feed = await (await request.get(path)).json();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${site.baseUrl}${path}`);
    expect(feed.items.length).toBeLessThanOrEqual(20);
    items.push(...feed.items);
    seenPages.push(path);
    path = feed.next_url ? new URL(feed.next_url).pathname : null;
  }
  // The demonstration set has more articles than one page holds, so the chain is exercised.
  expect(seenPages.length).toBeGreaterThan(1);
  expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  // Every article of the site is in the feed, none lost between pages.
  const articlePages = (await sitemapPaths(request)).filter((p) => /^\/articles\/[^/]+\/$/.test(p));
  expect(items.length).toBe(articlePages.length);
  const dates = items.map((i) => Date.parse(i.date_published));
  expect(dates.every((d, i) => !Number.isNaN(d) && (i === 0 || d <= dates[i - 1]!))).toBe(true);
  for (const item of items) {
    expect(item.content_html ?? item.content_text).toBeTruthy();
    expect((await request.get(new URL(item.url).pathname)).status(), item.url).toBe(200);
    const img = await request.get(new URL(item.image).pathname);
    expect(img.headers()['content-type'], item.image).toContain('image/webp');
  }
});

test('the home page leads with an article and its picture, lists each article once, and shows every 专题 as a cover card', async ({
  page,
}) => {
  await page.goto('/');
  const lead = page.locator('.home-lead-card');
  await expect(lead.locator('picture source[type="image/avif"]')).toHaveCount(1);
  await expect(lead.locator('picture source[type="image/webp"]')).toHaveCount(1);
  const articleLinks = await page
    .locator('main a[href^="/articles/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(articleLinks.length).toBeGreaterThan(1);
  expect(new Set(articleLinks).size, 'an article listed twice on the home page').toBe(articleLinks.length);

  const cards = page.getByRole('region', { name: '专题' }).getByRole('listitem');
  await page.goto('/topics/');
  const topicCount = await page.locator('.topic-card').count();
  await page.goto('/');
  await expect(cards).toHaveCount(topicCount);
  await expect(cards.first().locator('picture')).toHaveCount(1);
  const first = cards.first().getByRole('link');
  const href = await first.getAttribute('href');
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('related policy clauses link to an existing anchor on the policy page', async ({ page }) => {
  await page.goto(ARTICLE);
  const links = page.getByRole('region', { name: '相关政策条款' }).getByRole('link');
  await expect(links).not.toHaveCount(0);
  const text = await links.first().innerText();
  await links.first().click();
  await expect(page).toHaveURL(/\/policies\/[a-z0-9-]+\/#s\d+(?:-\d+)*$/);
  const id = new URL(page.url()).hash.slice(1);
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toHaveCount(1);
  await expect(target).toContainText(text.replace(/…$/, ''));
});
