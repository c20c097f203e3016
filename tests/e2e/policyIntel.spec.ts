import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { wcagViolations } from '../support/axe';

const ZJ = 'zhanjiang-kexue-suzhi-2021-2025';
const LX = 'lixian-kexue-suzhi-2021-2025';
const INTEL_PAGES = [
  '/policies/lineage/',
  '/policies/compare/',
  '/policies/targets/',
  `/policies/${ZJ}/tasks/`,
  `/policies/lineage/${LX}/`,
  '/policies/cited/gf-2021-9/',
];

/** Ids defined in a built page, fetched once per path. */
function idsOf(request: APIRequestContext) {
  const cache = new Map<string, Promise<Set<string>>>();
  return (path: string): Promise<Set<string>> => {
    if (!cache.has(path)) {
      cache.set(
        path,
        (async () => {
          const res = await request.get(path);
          expect(res.status(), path).toBe(200);
          return new Set([...(await res.text()).matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]!));
        })(),
      );
    }
    return cache.get(path)!;
  };
}

test('the task filter narrows the table and clearing it brings back all 61 tasks', async ({ page }) => {
  await page.goto(`/policies/${ZJ}/tasks/`);
  const rows = page.locator('[data-task-table] tbody tr:visible');
  await expect(rows).toHaveCount(61);
  const lead = page.getByLabel('牵头单位');
  await lead.focus();
  await lead.selectOption('市科协');
  const n = await rows.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(61);
  for (const text of await rows.locator('td:nth-child(5)').allTextContents()) expect(text).toContain('市科协');
  await expect(page.getByRole('status').filter({ hasText: '筛选出' })).toHaveText(`筛选出 ${n} 项任务（共 61 项）`);
  await expect(page).toHaveURL(/lead=/);

  await page.getByLabel('完成时限').selectOption('每年实施');
  const m = await rows.count();
  expect(m).toBeLessThanOrEqual(n);
  for (const text of await rows.locator('td:nth-child(7)').allTextContents()) expect(text).toBe('每年实施');

  await page.reload();
  await expect(rows).toHaveCount(m);

  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(rows).toHaveCount(61);
});

test('the task table is there without JavaScript, with all rows and no filter form', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/policies/${ZJ}/tasks/`);
  await expect(page.locator('[data-task-table] tbody tr')).toHaveCount(61);
  await expect(page.locator('[data-task-filters]')).toBeHidden();
  await context.close();
});

test('the CSV downloads and parses to 61 tasks with the six columns', async ({ page }) => {
  await page.goto(`/policies/${ZJ}/tasks/`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /下载全部任务 CSV/ }).click(),
  ]);
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual(['提升行动', '主要工作任务', '具体措施', '牵头单位', '责任单位', '完成时限']);
  expect(parsed.data).toHaveLength(61);
});

test('the filtered CSV holds exactly the tasks the filter shows, and its link says so', async ({ page }) => {
  await page.goto(`/policies/${ZJ}/tasks/`);
  const filtered = page.getByRole('link', { name: /下载筛选结果 CSV/ });
  await expect(filtered).toBeHidden();
  await page.getByLabel('牵头单位').selectOption('市科协');
  const rows = page.locator('[data-task-table] tbody tr:visible');
  const n = await rows.count();
  await expect(filtered).toHaveText(`下载筛选结果 CSV（${n} 项，按当前筛选）`);
  const shownTasks = await rows.locator('td:nth-child(3)').allTextContents();
  const [download] = await Promise.all([page.waitForEvent('download'), filtered.click()]);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(n);
  for (const row of parsed.data) expect(row.牵头单位).toContain('市科协');
  expect(parsed.data.map((r) => r.主要工作任务 || '未注明')).toEqual(shownTasks);
  // The full list stays one click away.
  await expect(page.getByRole('link', { name: /下载全部任务 CSV（61 项/ })).toBeVisible();
});

test('on a phone each task is a card with its labels, and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/policies/${ZJ}/tasks/`);
  const first = page.locator('[data-task-table] tbody tr').first();
  const layout = await first.evaluate((tr) => {
    const cells = [...tr.querySelectorAll('td')];
    return {
      display: getComputedStyle(tr).display,
      width: tr.getBoundingClientRect().width,
      labels: cells.map((td) => getComputedStyle(td, '::before').content),
      stacked: cells.every(
        (td, i) => i === 0 || td.getBoundingClientRect().top >= cells[i - 1]!.getBoundingClientRect().bottom - 1,
      ),
    };
  });
  expect(layout.display).toBe('block');
  expect(layout.width).toBeLessThanOrEqual(360);
  expect(layout.stacked).toBe(true);
  for (const label of ['牵头单位', '完成时限', '主要工作任务']) expect(layout.labels).toContain(`"${label}："`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // At desktop width it is a table again.
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await first.evaluate((tr) => getComputedStyle(tr).display)).toBe('table-row');
});

test('lineage links go both ways: a plan to its basis, the basis back to the plan', async ({ page }) => {
  await page.goto(`/policies/lineage/${LX}/`);
  const up = page.locator('[data-lineage="up"]');
  await expect(up.getByRole('link', { name: /常德市全民科学素质行动规划纲要实施方案/ })).toBeVisible();
  await up
    .getByRole('link', { name: /全民科学素质行动规划纲要/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/policies\/cited\/gf-2021-9\/$/u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('全民科学素质行动规划纲要（2021-2035年）');
  await expect(page.getByText('国发〔2021〕9号').first()).toBeVisible();
  const down = page.locator('[data-lineage="down"]');
  // The 益阳 plan cites it by title only and is still found.
  await expect(
    down.getByRole('link', { name: '益阳市全民科学素质行动规划纲要实施方案（2021－2025年）', exact: true }),
  ).toBeVisible();
  await down
    .getByRole('link', { name: '澧县全民科学素质行动规划纲要实施方案（2021-2025年）（征求意见稿）', exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/policies/${LX}/$`, 'u'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('澧县全民科学素质行动规划纲要实施方案');
});

test('the lineage overview shows the tree without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/policies/lineage/');
  const tree = page.locator('.lineage-tree').first();
  const national = tree.locator(':scope > li').filter({ hasText: '国发〔2021〕9号' });
  await expect(national.locator('.lineage-tree > li')).toHaveCount(5);
  await expect(
    page.getByRole('link', { name: /湘政办发|湖南省全民科学素质行动规划纲要实施方案/ }).first(),
  ).toBeVisible();
  await context.close();
});

test('every comparison cell lands on an existing anchor of its plan, or says the plan lacks it', async ({
  page,
  request,
}) => {
  await page.goto('/policies/compare/');
  const ids = idsOf(request);
  const cells = page.locator('a[data-compare-cell]');
  const hrefs = await cells.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThanOrEqual(38);
  for (const href of hrefs) {
    const [path, id] = href.split('#');
    expect((await ids(path!)).has(id!), href).toBe(true);
  }
  await expect(page.getByText('未设此项').first()).toBeVisible();
  const row = page.getByRole('row', { name: /科普产业繁荣工程/ });
  await row.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/policies/${ZJ}/#s4-5$`, 'u'));
  await expect(page.locator('#s4-5')).toBeInViewport();
});

test('every link with an anchor on the policy-intelligence pages lands on an existing id', async ({
  page,
  request,
}) => {
  const ids = idsOf(request);
  const checked = new Set<string>();
  for (const p of INTEL_PAGES) {
    await page.goto(p);
    const hrefs = await page
      .locator('main a[href^="/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      if (checked.has(href)) continue;
      checked.add(href);
      const [path, fragment] = href.split('#');
      const pageIds = await ids(path!);
      // A text directive (#id:~:text=…) lands on the id before it where the browser ignores it.
      const id = fragment?.split(':~:')[0];
      if (id) expect(pageIds.has(decodeURIComponent(id)), `${p} → ${href}`).toBe(true);
    }
  }
  expect(checked.size).toBeGreaterThan(50);
});

test('引用本条 copies the clause citation: title, 文号, clause number and the URL with its anchor', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/policies/lineage/${ZJ}/`);
  const item = page.locator('[data-cite-for="s3-1"]');
  await item.getByRole('button', { name: '引用本条' }).click();
  const expected =
    /湛江市人民政府关于印发《湛江市全民科学素质行动规划纲要实施方案（2021-2025年）》的通知（湛府〔2022〕40号）第三部分第（一）项“实施青少年科学素质提升行动”，https?:\/\/[^\s]+\/policies\/zhanjiang-kexue-suzhi-2021-2025\/#s3-1$/u;
  await expect(page.locator('[data-cite-status]')).toHaveText(/已复制引用/u);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(expected);
});

test('the targets table links each figure to the clause it comes from and shows blanks as blanks', async ({
  page,
  request,
}) => {
  await page.goto('/policies/targets/');
  const yy = page.locator('section').filter({ has: page.getByRole('heading', { name: /益阳市：/ }) });
  await expect(yy.getByRole('row', { name: /300名/ })).toContainText('科技辅导员');
  const lx = page.locator('section').filter({ has: page.getByRole('heading', { name: /澧县：/ }) });
  await expect(lx.getByText('原文空白').first()).toBeVisible();
  const ids = idsOf(request);
  const hrefs = await page
    .locator('a[data-target-source]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(20);
  for (const href of hrefs) {
    const [path, fragment] = href.split('#');
    const [id, directive] = fragment!.split(':~:text=');
    if (id) expect((await ids(path!)).has(id), href).toBe(true);
    // The quoted text is on the target page, so the browser can scroll to the very sentence.
    const html = await (await request.get(path!)).text();
    expect(html.replace(/<[^>]+>/gu, ''), href).toContain(decodeURIComponent(directive!));
  }
});

test('axe finds no WCAG 2.2 A/AA violations on the policy-intelligence pages (normal and 长者模式)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const failures: string[] = [];
  for (const path of INTEL_PAGES) {
    for (const mode of ['0', '1']) {
      await page.goto(`${path}?elder=${mode}`);
      failures.push(...(await wcagViolations(page, `${path} [elder=${mode}]`)));
    }
  }
  expect(failures).toEqual([]);
});

test('on every policy page the 依据（上位文件） and 被引用（下位文件） headings can be linked like the others', async ({
  page,
  request,
}) => {
  const sitemap = await request.get('/sitemap-0.xml');
  const paths = [
    ...(await sitemap.text()).matchAll(/<loc>[^<]*?(\/policies\/(?:[a-z0-9-]+|cited\/[a-z0-9-]+)\/)<\/loc>/gu),
  ]
    .map((m) => m[1]!)
    .filter((p) => !/^\/policies\/(lineage|compare|targets)\/$/u.test(p));
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) {
    await page.goto(path);
    for (const name of ['依据（上位文件）', '被引用（下位文件）']) {
      const heading = page.getByRole('heading', { name, exact: true });
      const id = await heading.getAttribute('id');
      expect(id, `${path} ${name}`).toBeTruthy();
      // A link to it lands on it.
      await page.goto(`${path}#${id}`);
      await expect(page.locator(`[id="${id}"]:target`), `${path}#${id}`).toHaveCount(1);
      await expect(heading).toBeInViewport();
    }
  }
});
