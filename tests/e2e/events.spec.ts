import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { wcagViolations } from '../support/axe';
import { FIXTURE_BUILD_TIME } from '../fixtures/site';

// The calendar decides upcoming/past from the reader's today, so tests fix the browser clock to the
// fixture build's clock: the page as built and the page as the script redraws it agree.
const TODAY = new Date(FIXTURE_BUILD_TIME);

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
  // The list is drawn unfiltered first; a hidden non-高中 event shows the filter has run.
  await expect(page.locator('li[data-event="keji-huodongzhou-2026"]')).toBeHidden();
  const visible = page.locator('li[data-event]:visible');
  await expect(visible.first()).toBeVisible();
  for (const card of await visible.all()) await expect(card).toContainText(/面向：[^·]*高中/);
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

test('month view: arrow keys move between days, PageDown/PageUp change month, one cell is tabbable', async ({
  page,
}) => {
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

test('month view: a 报名截止 is shown on its day, in the cell and in that day’s list', async ({ page }) => {
  await openEvents(page, '?view=month&month=2027-03');
  const day = page.locator('td[data-day="2027-03-31"]');
  await expect(day.locator('.cell-deadline')).toHaveText('报名截止：2027年益阳市青少年机器人竞赛');
  await expect(day).toHaveAttribute('aria-label', /；报名截止：2027年益阳市青少年机器人竞赛/);
  await day.click();
  const item = page.locator('#month-day-list li', { hasText: '报名截止' });
  await expect(item).toContainText('2027年3月31日 17:00');
  await expect(item.getByRole('link', { name: '2027年益阳市青少年机器人竞赛' })).toHaveAttribute(
    'href',
    '/events/jiqiren-jingsai-2027/',
  );
  // A filter that leaves the event out leaves its deadline out too.
  await openEvents(page, '?view=month&month=2027-03&audience=%E8%80%81%E5%B9%B4%E4%BA%BA');
  await expect(page.locator('td[data-day="2027-03-31"] .cell-deadline')).toHaveCount(0);
});

test('a filter with no event still offers its feed, and the subscribe box says it is empty for now', async ({
  page,
}) => {
  await openEvents(page, '?kind=%E5%85%B6%E4%BB%96');
  await expect(page.locator('#events-result')).toContainText('共 0 项活动');
  const box = page.locator('#subscribe-box');
  await expect(box.locator('[data-feed-empty]')).toBeVisible();
  await expect(box.locator('[data-feed-empty]')).toContainText('目前没有活动');
  // A filter with events says nothing of the kind.
  await openEvents(page, '?audience=%E5%B0%8F%E5%AD%A6');
  await expect(page.locator('#events-result')).not.toContainText('共 0 项');
  await expect(box.locator('[data-feed-empty]')).toBeHidden();
});

test('a month-precision event is listed for its month and never placed on a day', async ({ page }) => {
  await openEvents(page, '?view=month&month=2027-09');
  await expect(page.getByRole('grid', { name: '2027年9月' })).toBeVisible();
  await expect(page.locator('#month-undated')).toContainText('2027年全国科普月益阳系列活动');
  await expect(page.locator('#month-grid .cell-events')).toHaveCount(0);
});

test('添加到日历 downloads one event that a calendar parser reads', async ({ page }) => {
  await page.goto('/events/fangzha-jiangzuo-2026-12/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /添加到日历/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('fangzha-jiangzuo-2026-12.ics');
  const text = await readFile((await download.path())!, 'utf8');
  const cal = new ICAL.Component(ICAL.parse(text));
  // The event itself, plus its 报名截止 entry when it has a deadline.
  const events = cal
    .getAllSubcomponents('vevent')
    .filter((v) => !String(v.getFirstPropertyValue('uid')).startsWith('deadline-'));
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
  const feedLinks = await page
    .locator('.event-feeds a[href^="/"][href$=".ics"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(feedLinks).toContain('/events.ics');
  expect(feedLinks).toContain('/events/audience-xiaoxue.ics');
  const eventCount = await page.locator('li[data-event]').count();
  for (const href of feedLinks) {
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
    expect(res.headers()['content-type']).toContain('text/calendar');
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const uids = cal
      .getAllSubcomponents('vevent')
      .map((v) => String(v.getFirstPropertyValue('uid')))
      .filter((u) => !u.startsWith('deadline-'));
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
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    // A dated event has a place with an address (the region while the venue is not announced).
    if (/^\d{4}-\d{2}-\d{2}/.test(ld.startDate)) expect(ld.location?.address?.addressCountry, href).toBe('CN');
    if (ld.location) expect(ld.location.address, href).toBeTruthy();
  }
});

test('every .ics file ends each line, the last one too, with CRLF', async ({ request }) => {
  const html = await (await request.get('/events/')).text();
  const files = [...new Set([...html.matchAll(/href="(\/[^"]*\.ics)"/g)].map((m) => m[1]!))];
  expect(files.length).toBeGreaterThan(2);
  for (const file of files) {
    const text = await (await request.get(file)).text();
    expect(text.endsWith('END:VCALENDAR\r\n'), file).toBe(true);
    expect(text.replace(/\r\n/g, ''), file).not.toMatch(/[\r\n]/);
  }
});

test('a year-only event from the 2023 工作要点 shows the year and, being over, says the source gives only the year', async ({
  page,
}) => {
  await page.goto('/events/chuangxin-dasai-2023/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第44届益阳市青少年科技创新大赛');
  const when = page.locator('.event-facts time').first();
  await expect(when).toHaveAttribute('datetime', '2023');
  await expect(when).toHaveText('2023年');
  await expect(page.locator('.event-facts')).toContainText('来源只写到年份');
  await expect(page.locator('.event-facts')).not.toContainText('尚未公布');
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

test('the home page lists the next events going ahead, the same ones /events/ lists first minus cancelled ones (both as of the build)', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/events/');
  const upcoming = await page
    .locator('#events-upcoming > li:not([data-status="cancelled"]) h3 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  await page.goto('/');
  const home = await page
    .getByRole('region', { name: '活动' })
    .locator('.home-events-list a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
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
      expect(await wcagViolations(page, query)).toEqual([]);
    }
  }
});

/** The VEVENTs of a feed, split into the events and their 报名截止 entries. */
async function feedEntries(page: Page, path: string) {
  const res = await page.request.get(path);
  expect(res.status(), path).toBe(200);
  const vevents = new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents('vevent');
  const isDeadline = (v: ICAL.Component) => String(v.getFirstPropertyValue('uid')).startsWith('deadline-');
  return { events: vevents.filter((v) => !isDeadline(v)), deadlines: vevents.filter(isDeadline) };
}

test('the subscribe box follows the filter: one-tap webcal:// and https links of exactly the filtered feed', async ({
  page,
}) => {
  await openEvents(page);
  const box = page.getByRole('region', { name: /订阅到手机日历/ });
  const webcal = box.getByRole('link', { name: /一键订阅/ });
  const address = box.getByRole('textbox', { name: '订阅地址' });
  await expect(webcal).toHaveAttribute('href', /^webcal:\/\/[^/]+\/events\.ics$/);

  const cases: { kind?: string; audience?: string; file: RegExp }[] = [
    { audience: '初中', file: /\/events\/audience-chuzhong\.ics$/ },
    { kind: '青少年科技创新大赛', file: /\/events\/kind-chuangxin-dasai\.ics$/ },
    { kind: '青少年科技创新大赛', audience: '初中', file: /\/events\/kind-chuangxin-dasai-audience-chuzhong\.ics$/ },
  ];
  for (const c of cases) {
    await page.getByRole('button', { name: '清除筛选' }).click();
    if (c.kind) await page.getByLabel('活动类型').selectOption(c.kind);
    if (c.audience) await page.getByRole('radio', { name: c.audience }).check();
    await expect(webcal).toHaveAttribute('href', c.file);
    const href = (await webcal.getAttribute('href'))!;
    expect(href.startsWith('webcal://')).toBe(true);
    await expect(address).toHaveValue(href.replace(/^webcal:/, 'https:'));
    // The feed holds exactly the events the filtered list shows.
    const path = new URL(href.replace(/^webcal:/, 'https:')).pathname;
    const { events } = await feedEntries(page, path);
    const shown = await page
      .locator('li[data-event]:visible')
      .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.event));
    expect(events.map((v) => String(v.getFirstPropertyValue('uid')).split('@')[0]).sort()).toEqual([...shown].sort());
  }
});

test('复制订阅地址 copies the https address and says so in a live region', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openEvents(page, '?audience=初中');
  const box = page.getByRole('region', { name: /订阅到手机日历/ });
  await box.getByRole('button', { name: /复制订阅地址/ }).click();
  await expect(box.getByRole('status')).toContainText('已复制订阅地址');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^https:\/\/[^/]+\/events\/audience-chuzhong\.ics$/);
});

test('without JavaScript the subscribe box offers the whole calendar and the page ends with every feed', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/events/?audience=初中');
  const box = page.getByRole('region', { name: /订阅到手机日历/ });
  await expect(box.getByRole('link', { name: /一键订阅/ })).toHaveAttribute('href', /\/events\.ics$/);
  await expect(box.getByRole('link', { name: '全部订阅日历' })).toBeVisible();
  const all = page.getByRole('region', { name: '全部订阅日历' });
  for (const label of ['订阅面向初中', '订阅青少年科技创新大赛', '订阅报名截止提醒']) {
    await expect(all.getByRole('link', { name: label })).toHaveAttribute('href', /^webcal:\/\//);
  }
  await context.close();
});

test('全部订阅日历 marks each feed that holds no event now as 暂无活动, and only those', async ({
  browser,
  request,
}) => {
  // Without JavaScript: this list is what such a browser offers, and it is in the built page itself.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/events/');
  const items = page.getByRole('region', { name: '全部订阅日历' }).locator('li');
  const rows = await items.evaluateAll((lis) =>
    lis.map((li) => ({
      href: li.querySelector('a[href^="/"][href$=".ics"]')!.getAttribute('href')!,
      text: (li as HTMLElement).innerText,
    })),
  );
  expect(rows.length).toBeGreaterThan(5);
  const empty: string[] = [];
  for (const { href, text } of rows) {
    const cal = new ICAL.Component(ICAL.parse(await (await request.get(href)).text()));
    const held = cal.getAllSubcomponents('vevent').length;
    expect(text.includes('（暂无活动）'), `${href} holds ${held} entries: ${text}`).toBe(held === 0);
    if (held === 0) empty.push(href);
  }
  // The fixture events face no 高校 audience, while the whole calendar is never empty.
  expect(empty).toContain('/events/audience-gaoxiao.ics');
  expect(empty).not.toContain('/events.ics');
  await expect(page.getByText('标有“暂无活动”的日历目前是空的')).toBeVisible();
  await context.close();
});

test('every 报名截止 on the list is its own entry in the deadlines feed, with reminders at sensible hours', async ({
  page,
}) => {
  await openEvents(page);
  const withDeadline = await page.locator('li[data-event]:has(.event-card-deadline)').evaluateAll((lis) =>
    lis.map((li) => ({
      slug: (li as HTMLElement).dataset.event!,
      cancelled: (li as HTMLElement).dataset.status === 'cancelled',
    })),
  );
  const { events, deadlines } = await feedEntries(page, '/events/deadlines.ics');
  expect(events).toHaveLength(0);
  expect(deadlines.map((v) => String(v.getFirstPropertyValue('uid')).split('@')[0]).sort()).toEqual(
    withDeadline.map((e) => `deadline-${e.slug}`).sort(),
  );
  for (const v of deadlines) {
    const slug = String(v.getFirstPropertyValue('uid'))
      .split('@')[0]!
      .replace(/^deadline-/, '');
    const title = await page.locator(`li[data-event="${slug}"] h3 a`).innerText();
    expect(String(v.getFirstPropertyValue('summary'))).toMatch(
      new RegExp(`^(【[^】]+】)*报名截止：${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    );
    const before = v
      .getAllSubcomponents('valarm')
      .map((a) => -(a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds())
      .sort((a, b) => a - b);
    // A day deadline rings at 09:00 the day before and on the day (15 h before, 9 h after its
    // midnight start); a timed one 1 and 3 days before its minute.
    const allDay = (v.getFirstPropertyValue('dtstart') as ICAL.Time).isDate;
    const expected = allDay ? [-9 * 3600, 15 * 3600] : [86400, 3 * 86400];
    expect(before, slug).toEqual(withDeadline.find((e) => e.slug === slug)!.cancelled ? [] : expected);
  }
  // The whole calendar carries the same deadline entries next to the events.
  expect((await feedEntries(page, '/events.ics')).deadlines).toHaveLength(deadlines.length);
});

test('on a phone the month view leaves out the keyboard help', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openEvents(page, '?view=month');
  await expect(page.locator('#month-grid')).toBeVisible();
  await expect(page.locator('#month-help')).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.locator('#month-help')).toBeVisible();
});
