// 先审后发 and 留痕 in /admin/, end to end, on a temporary copy of the project (a git repository with
// the fixture content) served like `npm start` (serve.mjs --watch): an editor sets their name, changes
// an article and saves it — a draft, not on the site —, moves it to 待审核 and 待发布 and publishes it;
// the site rebuilds by itself and shows the change with both versions in its 修订记录; from the
// 署名与修订记录 panel the editor restores the first version, recorded as a new commit by them.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIST } from '../fixtures/site';
import { copyProjectWithFixtures } from '../support/tempProject';
import { startWatchingServer } from '../support/watchingServer';

test.describe.configure({ mode: 'serial' });
// Each CMS request runs a few git commands: on a loaded machine /admin/ takes seconds to answer.
const ui = expect.configure({ timeout: 60_000 });

const SLUG = 'laonianren-fang-diedao';
const FILE = `src/content/articles/${SLUG}.md`;
const OLD_TITLE = '老年人防跌倒，从家里做起';
const NEW_TITLE = '老年人防跌倒，先从卫生间做起';
const EDITOR = '孙编辑';

let repo: string;
let server: ChildProcess | undefined;
let origin: string;
let original: string;

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

async function statusOf(path: string): Promise<number> {
  return fetch(`${origin}${path}`).then(
    (r) => r.status,
    () => 0,
  );
}

async function articleTitle(): Promise<string> {
  const html = await fetch(`${origin}/articles/${SLUG}/`).then((r) => r.text());
  return /<h1[^>]*>([^<]*)<\/h1>/u.exec(html)?.[1] ?? '';
}

async function openPanel(page: Page) {
  await page.getByRole('button', { name: '署名与修订记录' }).click();
  const dialog = page.getByRole('dialog', { name: '署名与修订记录' });
  await ui(dialog).toBeVisible();
  return dialog;
}

test.beforeAll(async () => {
  expect(existsSync(`${FIXTURE_DIST}/admin/cms.js`), '先运行 npm run build:fixture').toBe(true);
  repo = copyProjectWithFixtures('kepu-review-e2e-');
  original = readFileSync(join(repo, FILE), 'utf8');
  ({ server, origin } = await startWatchingServer(repo));
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  if (repo) rmSync(repo, { recursive: true, force: true });
});

test('a draft is reviewed, published, listed in 修订记录 and its first version restored from /admin/', async ({
  page,
}) => {
  test.setTimeout(600_000);
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: '登录' }).click();

  // The editor's name, set once in this browser.
  let panel = await openPanel(page);
  await panel.getByLabel('您的署名').fill(EDITOR);
  await panel.getByRole('button', { name: '保存署名' }).click();
  await ui(panel.getByRole('status')).toContainText(`署名已保存：${EDITOR}`);
  await panel.getByRole('button', { name: '关闭' }).click();

  // A change saved as a draft: not in the checkout, not on the site.
  await page.goto(`${origin}/admin/#/collections/articles/entries/${SLUG}`);
  const title = page.getByLabel('标题', { exact: true });
  await ui(title).toHaveValue(OLD_TITLE);
  // Decap may fill the form once more when a late answer about the entry arrives: edit until the
  // change holds. An existing entry keeps its URL: editing its title proposes no new 网址名.
  const slug = page.getByLabel('网址名');
  for (let attempt = 0; attempt < 3; attempt++) {
    await title.fill(NEW_TITLE);
    await page.waitForTimeout(2000);
    if ((await title.inputValue()) === NEW_TITLE) break;
  }
  await ui(title).toHaveValue(NEW_TITLE);
  await expect(slug).not.toHaveValue(/^lao-nian-ren/u);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await ui(page.getByRole('button', { name: /状态: 草稿/ })).toBeVisible();
  expect(readFileSync(join(repo, FILE), 'utf8')).toBe(original);
  expect(git('branch', '--list', 'cms/*')).toContain(`cms/articles/${SLUG}`);
  await page.waitForTimeout(2000);
  expect((await (await fetch(`${origin}/api/build-status`)).json()).state).not.toBe('building');
  expect(await articleTitle()).toBe(OLD_TITLE);

  // 待审核, then 待发布, then 发布.
  await page.getByRole('button', { name: /状态: 草稿/ }).click();
  await page.getByRole('menuitem', { name: '待审核' }).click();
  await ui(page.getByRole('button', { name: /状态: 待审核/ })).toBeVisible();
  await page.goto(`${origin}/admin/#/workflow`);
  await ui(page.getByRole('heading', { name: '待审核' })).toBeVisible();
  await ui(page.getByText(NEW_TITLE)).toBeVisible();
  await page.goto(`${origin}/admin/#/collections/articles/entries/${SLUG}`);
  await page.getByRole('button', { name: /状态: 待审核/ }).click();
  await page.getByRole('menuitem', { name: '待发布' }).click();
  await ui(page.getByRole('button', { name: /状态: 待发布/ })).toBeVisible();
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('menuitem', { name: '立即发布' }).click();
  await expect.poll(() => readFileSync(join(repo, FILE), 'utf8'), { timeout: 60_000 }).toContain(NEW_TITLE);
  expect(git('log', '-1', '--format=%an|%s')).toBe(`${EDITOR}|发布文章《${NEW_TITLE}》`);

  // The site rebuilds by itself; the page lists both versions.
  await expect
    .poll(async () => (await (await fetch(`${origin}/api/build-status`)).json()).state, {
      timeout: 540_000,
      intervals: [2000],
    })
    .toBe('ok');
  expect(await articleTitle()).toBe(NEW_TITLE);
  expect(await statusOf('/')).toBe(200);
  await page.goto(`${origin}/articles/${SLUG}/`);
  const record = page.getByRole('region', { name: '修订记录' });
  await ui(record).toContainText('共 2 次修改');
  await record.getByText('查看修改历史').click();
  await ui(record.getByRole('listitem')).toHaveCount(2);
  await ui(record.getByRole('listitem').first()).toContainText(`发布文章《${NEW_TITLE}》`);

  // In /admin/: both versions, and the first one restored.
  await page.goto(`${origin}/admin/#/collections/articles/entries/${SLUG}`);
  await ui(page.getByLabel('标题', { exact: true })).toHaveValue(NEW_TITLE);
  panel = await openPanel(page);
  const versions = panel.getByRole('listitem');
  await ui(versions).toHaveCount(2);
  await ui(versions.first()).toContainText(`${EDITOR}：发布文章《${NEW_TITLE}》`);
  await ui(versions.first()).toContainText('当前版本');
  await versions.nth(1).getByRole('button', { name: /^恢复/ }).click();
  await ui(panel.getByRole('status')).toContainText(`已完成：恢复文章《${OLD_TITLE}》到`);
  await ui(versions).toHaveCount(3);
  expect(readFileSync(join(repo, FILE), 'utf8')).toBe(original);
  expect(git('log', '-1', '--format=%an|%s')).toMatch(
    new RegExp(`^${EDITOR}\\|恢复文章《${OLD_TITLE}》到 .+ 的版本$`, 'u'),
  );
});
