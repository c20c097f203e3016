import { expect, test, type Page } from '@playwright/test';

// 长者模式 on a phone: the header leaves room to read, every control is big enough to hit.
const PHONE = { width: 360, height: 740 };
const ARTICLE_INDEX = '/topics/';
// The fixture article with an embedded 微视频 and its transcript.
const VIDEO_ARTICLE = '/articles/xinfei-fusu-aed/';

async function firstArticle(page: Page): Promise<string> {
  await page.goto(ARTICLE_INDEX);
  await page.locator('.topic-card a').first().click();
  return (await page.locator('main a[href^="/articles/"]').first().getAttribute('href'))!;
}

async function elderAt(page: Page, step: number): Promise<void> {
  await page.addInitScript((n) => {
    localStorage.setItem('kepu-elder-mode', '1');
    localStorage.setItem('kepu-font-size', String(n));
  }, step);
}

for (const step of [0, 1, 2, 3]) {
  test(`长者模式 at 字号 step ${step}: the header takes at most a third of a 360 × 740 screen, and its folded parts open`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await elderAt(page, step);
    await page.goto('/');
    await expect(page.locator('html')).toHaveClass(/\belder\b/);
    const header = await page.getByRole('banner').boundingBox();
    expect(header!.height, `header ${header!.height}px of ${PHONE.height}px`).toBeLessThanOrEqual(PHONE.height / 3);
    // The main content really is larger at higher steps (the header stays put, the text grows).
    const settings = page.getByRole('button', { name: '设置', exact: true });
    await expect(settings).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('checkbox', { name: '长者模式' })).toBeHidden();
    await settings.click();
    await expect(settings).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('checkbox', { name: '长者模式' })).toBeVisible();
  });
}

test('长者模式 at the largest 字号: an article’s title is on the first screen and its text follows right after', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  const article = await firstArticle(page);
  await elderAt(page, 3);
  await page.goto(article);
  const title = (await page.locator('main h1').boundingBox())!;
  expect(title.y, `the title starts at ${Math.round(title.y)}px`).toBeLessThan(PHONE.height * 0.75);
  const lead = (await page.locator('main h1 + p').boundingBox())!;
  expect(lead.y - (title.y + title.height)).toBeLessThan(60);
  // The way back up stays: the breadcrumb keeps its parent link.
  await expect(page.getByRole('navigation', { name: '当前位置' }).getByRole('link')).toHaveCount(1);
});

test('长者模式 at the largest 字号 on a phone: the text starts within 1.5 screens of the title, 文章信息 folded', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  const article = await firstArticle(page);
  await elderAt(page, 3);
  await page.goto(article);
  const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
  const title = await box('main h1');
  const summary = await box('main h1 + p');
  const text = await box('.article-body p');
  expect(title.y, `the title starts at ${Math.round(title.y)}px`).toBeLessThan(PHONE.height);
  // At this size a line holds about 8 characters: the summary (10 to 200 characters, the editor's
  // choice) alone is 1 to 25 lines, up to 1,700 px. So the 1.5 screens (1,110 px) are counted from
  // the title's top without the summary: what the page adds before the text (folded facts, 朗读,
  // the cover) and the title must leave the text within reach after a screen and a half of scrolling.
  const scrolled = text.y - title.y - summary.height;
  expect(
    scrolled,
    `the text starts ${Math.round(text.y)}px down, summary ${Math.round(summary.height)}px`,
  ).toBeLessThanOrEqual(PHONE.height * 1.5);
  // The 示例 notice stays on the first screen; the facts are folded under 文章信息, not gone.
  const example = page.locator('.article-example');
  if ((await example.count()) > 0) await expect(example).toBeInViewport();
  await expect(page.locator('.article-meta')).toBeHidden();
  const info = page.locator('details.article-info');
  await expect(info.locator('summary')).toContainText('文章信息');
  await expect(info.getByText('作者', { exact: true })).toBeHidden();
  await info.locator('summary').press('Enter');
  for (const label of ['发布日期', '来源', '作者', '专题', '阅读时间', '读者对象'])
    await expect(info.getByText(label, { exact: true })).toBeVisible();
  // On a wide screen the facts stay open under the title, in 长者模式 too.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.locator('.article-meta')).toBeVisible();
  await expect(info).toBeHidden();
});

test('长者模式 at the largest 字号 on a phone: an article’s video keeps its transcript folded, under one screen', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await elderAt(page, 3);
  await page.goto(VIDEO_ARTICLE);
  const figure = page.locator('figure.article-media');
  expect((await figure.boundingBox())!.height).toBeLessThan(PHONE.height);
  const transcript = figure.locator('details');
  await expect(transcript).not.toHaveAttribute('open', /.*/);
  await transcript.locator('summary').press('Enter');
  await expect(transcript).toHaveAttribute('open', '');
  await expect(transcript.locator('p').first()).toBeVisible();
});

test('without JavaScript, 长者模式 on a phone folds 文章信息 too, and it opens', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto(VIDEO_ARTICLE);
  await expect(page.locator('.article-meta')).toBeVisible();
  await page.getByRole('banner').getByText('长者模式', { exact: true }).click();
  await expect(page.locator('.article-meta')).toBeHidden();
  const info = page.locator('details.article-info');
  await info.locator('summary').click();
  await expect(info.getByText('作者', { exact: true })).toBeVisible();
  await context.close();
});

test('switching 长者模式 on folds the settings again, and keyboard focus stays on 设置', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/accessibility/');
  const settings = page.getByRole('button', { name: '设置', exact: true });
  await settings.click();
  await page.getByRole('checkbox', { name: '长者模式' }).focus();
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveClass(/\belder\b/);
  await expect(settings).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('checkbox', { name: '长者模式' })).toBeHidden();
  await expect(settings).toBeFocused();
  const header = (await page.getByRole('banner').boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(PHONE.height / 4);
});

test('长者模式 text in the content still grows with each 字号 step while the header does not', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const sizes: number[] = [];
  const headers: number[] = [];
  for (const step of [0, 3]) {
    await elderAt(page, step);
    await page.goto('/accessibility/');
    sizes.push(
      await page
        .locator('main p')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    );
    headers.push((await page.getByRole('banner').boundingBox())!.height);
  }
  expect(sizes[1]).toBeGreaterThan(sizes[0]! * 1.4);
  expect(headers[1]).toBe(headers[0]);
});

test('the folding buttons work by keyboard: Enter on 搜索 opens the search and puts the cursor in it', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await elderAt(page, 3);
  await page.goto('/');
  // The header has two buttons named 搜索 once open (the toggle and the form's submit): take the toggle.
  const search = page.getByRole('banner').locator('button[aria-controls="header-search-panel"]');
  await expect(search).toHaveText('搜索');
  await search.focus();
  await page.keyboard.press('Enter');
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('searchbox', { name: '搜索全站' })).toBeFocused();
  await page.keyboard.type('科普');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E7%A7%91%E6%99%AE/);
  // 栏目 opens the main navigation.
  await page.goto('/');
  await page.getByRole('button', { name: '栏目' }).press('Space');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '活动日历' })).toBeVisible();
});

test('without JavaScript nothing is folded: search and the 长者模式 switch stay in reach', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('banner').getByText('长者模式', { exact: true }).click();
  await expect(page.getByRole('searchbox', { name: '搜索全站' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: '长者模式' })).toBeChecked();
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '政策文件' })).toBeVisible();
  await expect(page.getByRole('button', { name: '设置' })).toBeHidden();
  await context.close();
});

test('in 长者模式 every visible control is at least 44 × 44 px, the checkbox and radio buttons too', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await elderAt(page, 0);
  const article = await firstArticle(page);
  for (const path of ['/events/', article]) {
    await page.goto(path);
    await page.getByRole('button', { name: '设置' }).click();
    const small = await page.locator('button, select, input, summary').evaluateAll((els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null && (el as HTMLInputElement).type !== 'hidden')
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 43.5 || r.height < 43.5))
        .map(
          ({ el, r }) =>
            `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}「${(el.textContent ?? '').trim().slice(0, 10)}」 ${Math.round(r.width)}×${Math.round(r.height)}`,
        ),
    );
    expect(small, path).toEqual([]);
  }
});

test('the breadcrumb and the date/source line grow with 长者模式 like the body text', async ({ page }) => {
  const article = await firstArticle(page);
  const sizes = async () =>
    page.evaluate(() => ({
      crumb: parseFloat(getComputedStyle(document.querySelector('.breadcrumb ol')!).fontSize),
      meta: parseFloat(getComputedStyle(document.querySelector('.article-meta')!).fontSize),
      body: parseFloat(getComputedStyle(document.querySelector('.article-body p')!).fontSize),
    }));
  await page.goto(`${article}?elder=0`);
  const normal = await sizes();
  await page.goto(`${article}?elder=1`);
  const elder = await sizes();
  expect(elder.crumb).toBeGreaterThanOrEqual(elder.body);
  expect(elder.meta).toBeGreaterThanOrEqual(elder.body);
  expect(elder.crumb).toBeGreaterThan(normal.crumb * 1.3);
});

test('朗读 reads the article with the browser’s speech synthesis: play, pause, continue, stop', async ({ page }) => {
  // Headless Chromium has no voices: stand in for the Web Speech API and record what it is asked.
  await page.addInitScript(() => {
    const log: string[] = [];
    const spoken: string[] = [];
    (window as unknown as { __speech: { log: string[]; spoken: string[] } }).__speech = { log, spoken };
    class Utterance extends EventTarget {
      lang = '';
      voice: unknown = null;
      constructor(public text: string) {
        super();
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        speak: (u: Utterance) => {
          log.push('speak');
          spoken.push(u.text);
        },
        pause: () => log.push('pause'),
        resume: () => log.push('resume'),
        cancel: () => log.push('cancel'),
        getVoices: () => [{ lang: 'zh-CN', name: '普通话' }],
      },
    });
  });
  const article = await firstArticle(page);
  await page.goto(article);
  const group = page.getByRole('group', { name: '朗读本文' });
  const play = group.getByRole('button', { name: /朗读全文/ });
  await expect(play).toBeVisible();
  await play.click();
  await expect(group.getByRole('status')).toHaveText('正在朗读');
  const speech = () =>
    page.evaluate(() => (window as unknown as { __speech: { log: string[]; spoken: string[] } }).__speech);
  const firstParagraph = (await page.locator('.article-body p').first().innerText()).trim();
  const { spoken } = await speech();
  expect(spoken.length).toBeGreaterThan(1);
  expect(spoken.join('')).toContain(firstParagraph.replace(/\s+/gu, '').slice(0, 20));
  await group.getByRole('button', { name: '暂停' }).click();
  await expect(group.getByRole('button', { name: '继续' })).toBeVisible();
  await group.getByRole('button', { name: '继续' }).click();
  await group.getByRole('button', { name: '停止' }).click();
  await expect(play).toBeEnabled();
  const { log } = await speech();
  expect(log.filter((l) => l !== 'speak')).toEqual(['cancel', 'pause', 'resume', 'cancel']);
});

test('朗读 is not offered where the browser cannot speak', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as unknown as { speechSynthesis?: unknown }).speechSynthesis;
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  });
  const article = await firstArticle(page);
  await page.goto(article);
  await expect(page.locator('.article-body')).toBeVisible();
  await expect(page.getByRole('group', { name: '朗读本文' })).toBeHidden();
});
