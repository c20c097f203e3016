import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';

// The calendar decides upcoming/past from the reader's today, so tests fix the browser clock.
const TODAY = new Date('2026-11-23T10:00:00+08:00');

async function openEvents(page: Page, query = '', now = TODAY): Promise<void> {
  await page.clock.setFixedTime(now);
  await page.goto(`/events/${query}`);
}

const upcoming = (page: Page) => page.locator('#events-upcoming > li:visible');
const past = (page: Page) => page.locator('#events-past > li:visible');

test('filtering by 小学 narrows the list and writes ?audience=小学 into the URL', async ({ page }) => {
  await openEvents(page);
  const before = (await upcoming(page).count()) + (await past(page).count());
  await page.getByRole('radio', { name: '小学' }).check();
  await expect(page).toHaveURL(/[?&]audience=%E5%B0%8F%E5%AD%A6/);
  await expect(page.getByRole('status')).toContainText('面向：小学');
  const after = (await upcoming(page).count()) + (await past(page).count());
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  for (const card of await page.locator('li[data-event]:visible').all()) {
    await expect(card).toContainText(/面向：[^·]*小学/);
  }
  await expect(page.locator('li[data-event="fangzha-jiangzuo-2026-12"]')).toBeHidden();

  // Narrow further by kind, then clear everything.
  await page.getByLabel('活动类型').selectOption('青少年机器人竞赛');
  await expect(page).toHaveURL(/kind=/);
  await expect(page.locator('li[data-event]:visible')).toHaveCount(2);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page).toHaveURL(/\/events\/$/);
  await expect(page.locator('li[data-event]:visible')).toHaveCount(before);
});

test('a shared link with ?audience=高中 opens already filtered', async ({ page }) => {
  await openEvents(page, '?audience=%E9%AB%98%E4%B8%AD');
  await expect(page.getByRole('radio', { name: '高中' })).toBeChecked();
  const visible = page.locator('li[data-event]:visible');
  await expect(visible.first()).toBeVisible();
  for (const card of await visible.all()) await expect(card).toContainText(/面向：[^·]*高中/);
  await expect(page.locator('li[data-event="keji-huodongzhou-2026"]')).toBeHidden();
});

test('upcoming and past are decided from the browser’s today, not the build date', async ({ page }) => {
  await openEvents(page);
  await expect(page.locator('#events-upcoming li[data-event="fangzha-jiangzuo-2026-12"]')).toBeVisible();
  await expect(page.locator('#events-upcoming > li').first()).toHaveAttribute('data-event', 'fangzha-jiangzuo-2026-12');
  await expect(page.locator('#events-split-note')).toContainText('2026年11月23日');

  await openEvents(page, '', new Date('2026-12-10T10:00:00+08:00'));
  await expect(page.locator('#events-past li[data-event="fangzha-jiangzuo-2026-12"]')).toBeVisible();
  await expect(page.locator('#events-upcoming li[data-event="fangzha-jiangzuo-2026-12"]')).toHaveCount(0);
});

test('报名截止 counts down in days from today', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/events/fangzha-jiangzuo-2026-12/');
  await expect(page.locator('.event-facts')).toContainText('2026年12月3日（距报名截止还有 10 天）');
  await page.clock.setFixedTime(new Date('2026-12-03T18:00:00+08:00'));
  await page.reload();
  await expect(page.locator('.event-facts')).toContainText('今天报名截止');
});

test('month view: arrow keys move between days, PageDown/PageUp change month, one cell is tabbable', async ({ page }) => {
  await openEvents(page);
  await page.getByRole('button', { name: '月历' }).click();
  await expect(page).toHaveURL(/view=month/);
  const grid = page.getByRole('grid', { name: '2026年11月' });
  await expect(grid).toBeVisible();
  await expect(grid.locator('td[tabindex="0"]')).toHaveCount(1);
  await expect(grid.locator('td[aria-current="date"]')).toHaveAttribute('data-day', '2026-11-23');

  // 回到本月 selects today and puts keyboard focus on that cell.
  await page.getByRole('button', { name: '回到本月' }).click();
  await expect(page.locator('td[data-day="2026-11-23"]')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('td[data-day="2026-11-24"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('td[data-day="2026-12-01"]')).toBeFocused();
  await expect(page.getByRole('grid', { name: '2026年12月' })).toBeVisible();
  await expect(page).toHaveURL(/month=2026-12/);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  const dec5 = page.locator('td[data-day="2026-12-05"]');
  await expect(dec5).toBeFocused();
  await expect(dec5).toHaveAttribute('aria-selected', 'true');
  await expect(dec5).toHaveAttribute('aria-label', /2026年12月5日 星期六，1 项活动：老年人防范电信网络诈骗科普讲座/);
  await expect(page.locator('#month-day-list')).toContainText('老年人防范电信网络诈骗科普讲座');
  await page.keyboard.press('Enter');
  await expect(page.locator('#month-day-list a').first()).toBeFocused();

  await dec5.click();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('grid', { name: '2027年1月' })).toBeVisible();
  await expect(page.locator('td[data-day="2027-01-05"]')).toBeFocused();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('grid', { name: '2027年3月' })).toBeVisible();
  await expect(page.locator('td[data-day="2027-03-20"] .cell-events')).toContainText('青少年科技创新大赛');
  await expect(page.locator('#month-undated')).toContainText('流动科技馆县区巡展');
  await page.keyboard.press('PageUp');
  await expect(page.locator('td[data-day="2027-02-05"]')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.locator('td[data-day="2027-02-07"]')).toBeFocused();
  await expect(page.locator('#month-grid td[tabindex="0"]')).toHaveCount(1);
});

test('a month-precision event is listed for its month and never placed on a day', async ({ page }) => {
  await openEvents(page, '?view=month&month=2027-09');
  await expect(page.getByRole('grid', { name: '2027年9月' })).toBeVisible();
  await expect(page.locator('#month-undated')).toContainText('2027年全国科普月益阳系列活动');
  await expect(page.locator('#month-grid .cell-events')).toHaveCount(0);
});

test('添加到日历 downloads one event that a calendar parser reads', async ({ page }) => {
  await page.goto('/events/fangzha-jiangzuo-2026-12/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /添加到日历/ }).click()]);
  expect(download.suggestedFilename()).toBe('fangzha-jiangzuo-2026-12.ics');
  const text = await readFile((await download.path())!, 'utf8');
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const ev = new ICAL.Event(events[0]!);
  expect(ev.uid).toBe('fangzha-jiangzuo-2026-12@kepu.yiyang.example.cn');
  expect(ev.summary).toContain('老年人防范电信网络诈骗科普讲座');
  const start = ev.startDate.clone();
  start.zone = new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!);
  expect(new Date(start.toUnixTime() * 1000).toISOString()).toBe('2026-12-05T01:30:00.000Z');
});

test('the subscription feeds parse and hold the right events', async ({ page, request }) => {
  await page.goto('/events/');
  const feedLinks = await page.locator('.event-feeds a[href$=".ics"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(feedLinks).toContain('/events.ics');
  expect(feedLinks).toContain('/events/audience-xiaoxue.ics');
  const eventCount = await page.locator('li[data-event]').count();
  for (const href of feedLinks) {
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
    expect(res.headers()['content-type']).toContain('text/calendar');
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const uids = cal.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));
    if (href === '/events.ics') expect(uids).toHaveLength(eventCount);
    if (href === '/events/audience-xiaoxue.ics') {
      expect(uids).toContain('chuangxin-dasai-2023@kepu.yiyang.example.cn');
      expect(uids).not.toContain('fangzha-jiangzuo-2026-12@kepu.yiyang.example.cn');
    }
  }
});

test('every event page carries a JSON-LD Event with schema.org status', async ({ page, request }) => {
  await page.goto('/events/');
  const hrefs = await page.locator('li[data-event] h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) {
    const html = await (await request.get(href)).text();
    const m = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
    expect(m, href).not.toBeNull();
    const ld = JSON.parse(m![1]!);
    expect(ld['@type']).toBe('Event');
    expect(ld.name).toBeTruthy();
    expect(ld.startDate).toMatch(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}:\d{2}\+08:00)?)?)?$/);
    expect(ld.eventStatus).toMatch(/^https:\/\/schema\.org\/Event(Scheduled|Postponed|Cancelled)$/);
    expect(ld.organizer['@type']).toBe('Organization');
  }
});

test('a year-only event from the 2023 工作要点 shows the year and says the date is not published', async ({ page }) => {
  await page.goto('/events/chuangxin-dasai-2023/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第44届益阳市青少年科技创新大赛');
  const when = page.locator('.event-facts time').first();
  await expect(when).toHaveAttribute('datetime', '2023');
  await expect(when).toHaveText('2023年');
  await expect(page.locator('.event-facts')).toContainText('具体日期尚未公布');
  await page.getByRole('link', { name: '《益阳市科协2023年科普工作要点》第6条' }).click();
  await expect(page).toHaveURL(/\/policies\/yiyang-kexie-kepu-yaodian-2023\/#s2-6$/);
  await expect(page.locator('[id="s2-6"]')).toContainText('实施全市青少年科学素质提升工程');
});

test('without JavaScript the full list is there, split at the build date', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/events/');
  await expect(page.locator('#event-filters')).toBeHidden();
  await expect(page.locator('#events-split-note')).toContainText('本页生成日期');
  // Chromium's JS-off emulation still parses <noscript> as raw text, so read it rather than its layout.
  expect(await page.locator('noscript').first().textContent()).toContain('筛选需要浏览器启用 JavaScript');
  const total = await page.locator('li[data-event]').count();
  expect(total).toBeGreaterThan(10);
  await expect(page.locator('li[data-event]:visible')).toHaveCount(total);
  await expect(page.locator('.event-feeds a[href="/events.ics"]')).toBeVisible();
  await context.close();
});

test('the home page lists the next events going ahead, the same ones /events/ lists first minus cancelled ones (both as of the build)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/events/');
  const upcoming = await page.locator('#events-upcoming > li:not([data-status="cancelled"]) h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  await page.goto('/');
  const home = await page.getByRole('region', { name: '活动' }).locator('.home-events-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(home.length).toBe(Math.min(3, upcoming.length));
  expect(home).toEqual(upcoming.slice(0, 3));
  await context.close();
});

test('axe is clean on the month view and on a filtered list (normal and 长者模式)', async ({ page }) => {
  test.setTimeout(120_000);
  for (const elder of ['0', '1']) {
    for (const query of [`?view=month&month=2027-03&elder=${elder}`, `?audience=%E5%B0%8F%E5%AD%A6&elder=${elder}`]) {
      await openEvents(page, query);
      await expect(page.locator('#event-filters')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${query} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  }
});
