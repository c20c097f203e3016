// The editor's path through /admin/, end to end, on a temporary copy of the repository whose
// content is the tests' fixture set: `scripts/serve/serve.mjs` serves the copy's dist/ and runs
// decap-server on the same origin, an editor logs in and writes an article, the file lands in the copy's src/content/, a rebuild publishes
// it. Slow by nature (a full site build), so it is one focused, serial spec.
import { expect, test, type Page } from '@playwright/test';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { articleSchema } from '../../src/schemas/article';
import { imageStub } from '../../cms/schemaCheck';
import { FIXTURE_ASSETS_DIR, FIXTURE_DIST, fixtureContent } from '../fixtures/site';
import { clauseLabelsInMarkdown } from '../../src/lib/policies/clauseRefs';
import { copyProjectWithFixtures } from '../support/tempProject';

const PORT = Number(process.env.CMS_E2E_PORT ?? 8185);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SLUG = 'e2e-jiating-yongdian';
const TITLE = '家庭用电安全五件事（端到端测试）';
/** Raw HTML an editor (or an intruder with CMS access) might paste into a body. */
const XSS = '<script>window.__cmsXss = 1</script>\n\n<img src="missing.png" alt="图" onerror="window.__cmsXss = 2">';

test.describe.configure({ mode: 'serial' });

let repo: string;
let server: ChildProcess | undefined;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`服务器没有在 ${ORIGIN} 启动`);
}

function articleFiles(): string[] {
  return readdirSync(join(repo, 'src/content/articles')).filter((f) => f.endsWith('.md'));
}

async function openNewArticle(page: Page): Promise<void> {
  await page.goto(`${ORIGIN}/admin/`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('link', { name: '科普文章', exact: true }).click();
  await page.getByRole('link', { name: '创建“科普文章”类型的内容' }).click();
  // Each CMS request runs a few git commands (every change is a commit): seconds on a loaded machine.
  await expect(page.getByLabel('标题', { exact: true })).toBeVisible({ timeout: 30_000 });
}

async function publishNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('menuitem', { name: '立即发布' }).click();
}

test.beforeAll(async () => {
  expect(existsSync(`${FIXTURE_DIST}/admin/cms.js`), '先运行 npm run build:fixture').toBe(true);
  // Publish on save (a one-person office): these tests are about the editor; review before
  // publishing is tested in tests/e2e/cmsReview.spec.ts.
  repo = copyProjectWithFixtures('kepu-cms-e2e-', { reviewBeforePublish: false });
  server = spawn(
    process.execPath,
    ['scripts/serve/serve.mjs', '--port', String(PORT), '--host', '127.0.0.1', '--cms-port', '0'],
    {
      cwd: repo,
      stdio: 'ignore',
    },
  );
  await waitForServer();
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  if (repo) rmSync(repo, { recursive: true, force: true });
});

test('an editor logs in and writes an article with topic, cover and body; it is saved as valid Markdown', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const before = articleFiles().length;

  await openNewArticle(page);
  await page.getByLabel('标题', { exact: true }).fill(TITLE);
  // Reaching 网址名 shows the title's pinyin; the editor replaces it with a shorter one.
  await page.getByLabel('网址名').click();
  await expect(page.getByLabel('网址名')).toHaveValue(/^jia-ting-yong-dian-an-quan/);
  await page.getByLabel('网址名').fill(SLUG);
  await page.getByLabel('摘要').fill('湿手不碰开关、不私拉电线、大功率电器不共用插线板：家里用电要注意的几件事。');
  await page.getByLabel('所属专题').click();
  await page.keyboard.type('双碳');
  await page.getByRole('option', { name: '双碳' }).click();
  await page.locator('button', { hasText: '现在' }).first().click();
  await page.getByRole('button', { name: '选择图片' }).click();
  await page.locator('input[type=file]').setInputFiles(`${FIXTURE_ASSETS_DIR}/topics/shuangtan.png`);
  await page.getByRole('button', { name: '选用已选中项目' }).click();
  await page.getByLabel('封面图片替代文字').fill('地球与绿叶组成的插图');
  // The body, typed in the editor's Markdown (raw) mode, tries to smuggle in a script.
  await page.locator('button[role=switch]:not([id])').click();
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type(`不要用湿手触摸开关和插座。\n\n${XSS}`);
  // The preview pane shows the entry as the site will (title and the alt text of the cover).
  const preview = page.locator('iframe').first().contentFrame();
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(preview.getByRole('img', { name: '地球与绿叶组成的插图' })).toBeVisible();
  // …styled by the site's own built stylesheet.
  await expect(preview.locator('link[rel="stylesheet"][href^="/_astro/"]').first()).toBeAttached();

  await publishNow(page);
  await expect(page.getByRole('button', { name: '已发布' })).toBeVisible({ timeout: 15_000 });

  const file = join(repo, 'src/content/articles', `${SLUG}.md`);
  await expect.poll(() => existsSync(file)).toBe(true);
  expect(articleFiles().length).toBe(before + 1);
  const [, front, body] = readFileSync(file, 'utf8').split(/^---$/m);
  const data = parse(front!);
  const parsed = articleSchema({ image: imageStub, reference: () => z.string() }).safeParse(data);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  expect(data).toMatchObject({ title: TITLE, slug: SLUG, topics: ['shuangtan'], coverAlt: '地球与绿叶组成的插图' });
  // The upload sits where astro:assets processes it, referenced relative to the entry.
  expect(data.cover).toBe('../../assets/articles/shuangtan.png');
  expect(existsSync(join(repo, 'src/content/articles', data.cover))).toBe(true);
  expect(body).toContain('不要用湿手触摸开关和插座。');
  expect(body).toContain('<script>window.__cmsXss = 1</script>');
  // The save is recorded: one commit naming the article.
  expect(execFileSync('git', ['log', '-1', '--format=%s', '--', file], { cwd: repo, encoding: 'utf8' }).trim()).toBe(
    `发布文章《${TITLE}》`,
  );

  // Everything /admin/ loaded came from its own origin: no CDN script, style, font or API.
  const foreign = requests.filter(
    (u) => !u.startsWith(`${ORIGIN}/`) && !u.startsWith(`blob:${ORIGIN}/`) && !u.startsWith('data:'),
  );
  expect(foreign).toEqual([]);
  expect(requests).toContain(`${ORIGIN}/admin/cms.js`);
  expect(requests).toContain(`${ORIGIN}/api/v1`);
});

test('an entry with an empty required field is refused and nothing is written; 网址名 follows the title as pinyin', async ({
  page,
}) => {
  const before = articleFiles();
  await openNewArticle(page);
  await page.getByLabel('标题', { exact: true }).fill('只有标题的文章');
  await page.getByLabel('网址名').click();
  await expect(page.getByLabel('网址名')).toHaveValue('zhi-you-biao-ti-de-wen-zhang');
  await publishNow(page);
  await expect(page.getByText('你漏掉了一个必填项，请在保存之前将它填写好')).toBeVisible();
  await expect(page.getByText('“封面图片替代文字”是必填项')).toBeVisible();
  await page.waitForTimeout(1000);
  expect(articleFiles()).toEqual(before);
});

test("a title with a zero-width character is refused on save with the build's reason, and the file stays as it was", async ({
  page,
}) => {
  const file = join(repo, 'src/content/articles/laonianren-fang-diedao.md');
  const before = readFileSync(file, 'utf8');
  const files = articleFiles();
  await page.goto(`${ORIGIN}/admin/`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.goto(`${ORIGIN}/admin/#/collections/articles/entries/laonianren-fang-diedao`);
  const title = page.getByLabel('标题', { exact: true });
  await expect(title).toHaveValue('老年人防跌倒，从家里做起', { timeout: 30_000 });
  // The editor pastes text that carries an invisible zero-width space after 防跌倒.
  await title.click();
  await title.press('End');
  for (let i = 0; i < '，从家里做起'.length; i++) await title.press('ArrowLeft');
  await page.keyboard.insertText('\u200b');
  await expect(title).toHaveValue('老年人防跌倒\u200b，从家里做起');
  await publishNow(page);
  await expect(page.getByText(/无法保存：标题：含有不可见的控制字符 U\+200B/u)).toBeVisible();
  await page.waitForTimeout(1000);
  expect(readFileSync(file, 'utf8')).toBe(before);
  expect(articleFiles()).toEqual(files);
});

test("相关政策条款: the 条款 list holds the chosen document's clauses by heading; the choice is stored as the clause id", async ({
  page,
}) => {
  const doc = readFileSync(fixtureContent('policies', 'yiyang-kexie-kepu-yaodian-2023.md'), 'utf8');
  const labels = [...clauseLabelsInMarkdown(doc)];
  // The CMS downloads the chosen document's clause file, not every document's clauses.
  const clauseRequests = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/admin/clauses')) clauseRequests.add(path);
  });
  await openNewArticle(page);
  await page.getByLabel('标题', { exact: true }).fill('条款选择');
  await page.getByRole('button', { name: '新增相关政策条款' }).click();
  await page.getByLabel('政策文件', { exact: true }).click();
  await page.keyboard.type('2023年科普工作要点');
  await page
    .getByRole('option', { name: /2023年科普工作要点/ })
    .filter({ visible: true })
    .first()
    .click();
  const clause = page.getByLabel('条款', { exact: true });
  // Decap renders the field anew when the editor reaches it; the list then holds that document only.
  await clause.focus();
  await expect(clause.locator('option')).toHaveText(['请选择条款', ...labels.map(([, label]) => label)]);
  await clause.selectOption({ label: '5.推动科普宣传、创作大协同' });
  await expect(clause).toHaveValue('s2-5');
  expect([...clauseRequests]).toEqual(['/admin/clauses/yiyang-kexie-kepu-yaodian-2023.json']);
});

test('after a rebuild the new article is on the site, with its processed cover, without the script, and in search', async ({
  page,
}) => {
  test.setTimeout(420_000);
  // The project's build: Astro, then the search index (scripts/build/indexSearch.ts).
  execFileSync('npm', ['run', 'build'], {
    cwd: repo,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'pipe',
    timeout: 400_000,
  });
  const res = await page.goto(`${ORIGIN}/articles/${SLUG}/`);
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const cover = page.getByRole('img', { name: '地球与绿叶组成的插图' }).first();
  await expect(cover).toBeVisible();
  expect(await cover.getAttribute('src')).toMatch(/^\/_astro\//);
  await expect(page.getByRole('link', { name: '双碳' }).first()).toBeVisible();
  // The script and the onerror handler from the body were removed at build: neither ran.
  await expect(page.getByText('不要用湿手触摸开关和插座。')).toBeVisible();
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => (window as unknown as { __cmsXss?: number }).__cmsXss)).toBeUndefined();
  expect(await page.content()).not.toContain('__cmsXss');

  await page.goto(`${ORIGIN}/search/?q=${encodeURIComponent('家庭用电安全五件事')}`);
  await expect(
    page
      .locator('[data-search-results]')
      .getByRole('link', { name: new RegExp(TITLE.slice(0, 8)) })
      .first(),
  ).toBeVisible({
    timeout: 15_000,
  });
});
