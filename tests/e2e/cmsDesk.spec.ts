// The editor's desk in /admin/, as a new editor meets it, on a temporary copy of the project with the
// fixture content: search that finds Chinese from the top box, fields that follow what is typed,
// refusals in the editor's words, import defaults read from the title, and uploads with Chinese names.
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { clauseLabelsInMarkdown } from '../../src/lib/policies/clauseRefs';
import { FIXTURE_DIST, fixtureContent } from '../fixtures/site';
import { makeDocx } from '../support/makeDocx';
import { startTempSite, type TempSite } from '../support/tempRepository';

// The CMS is a 7 MB script, and each entry is read through git (the CMS's own worktree): on a busy
// two-core machine a screen can take seconds.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ mode: 'serial', timeout: 120_000 });

/** A policy the tests add to their copy: a 文号 with the 穗科协 prefix, found only by its 文号. */
const SUI = {
  slug: 'e2e-sui-kexie-yaodian-2024',
  title: '某某市科学技术协会关于印发《某某市科协2024年科普工作要点》的通知',
  docNumber: '穗科协〔2024〕15号',
};

let site: TempSite;

test.beforeAll(async () => {
  expect(existsSync(`${FIXTURE_DIST}/admin/cms.js`), '先运行 npm run build:fixture').toBe(true);
  // Publish on save, as a one-person office works: these tests are about what an editor sees, not the review.
  site = await startTempSite({ reviewBeforePublish: false });
  const policy = readFileSync(fixtureContent('policies', 'yiyang-kexie-kepu-yaodian-2023.md'), 'utf8')
    .replace(/^title: .*$/mu, `title: ${SUI.title}`)
    .replace(/^slug: .*$/mu, `slug: ${SUI.slug}`)
    .replace(/^docNumber: .*$/mu, `docNumber: ${SUI.docNumber}`);
  writeFileSync(join(site.repo, 'src/content/policies', `${SUI.slug}.md`), policy);
  // The CMS reads what is committed on the site's branch, as a developer's addition would be.
  const git = (...args: string[]) => execFileSync('git', args, { cwd: site.repo });
  git('add', '--', 'src/content/policies');
  git(
    '-c',
    'user.name=开发者',
    '-c',
    'user.email=dev@localhost',
    'commit',
    '--quiet',
    '-m',
    `加入政策文件 ${SUI.slug}`,
  );
});

test.afterAll(() => site?.stop());

async function logIn(page: Page): Promise<void> {
  await page.goto(`${site.origin}/admin/`);
  await page.getByRole('button', { name: '登录' }).click({ timeout: 60_000 });
  await expect(page.getByPlaceholder('搜索全部内容…')).toBeVisible();
}

async function openNewArticle(page: Page): Promise<void> {
  await logIn(page);
  await page.getByRole('link', { name: '科普文章', exact: true }).click();
  await page.getByRole('link', { name: '创建“科普文章”类型的内容' }).click();
  await expect(page.getByLabel('标题', { exact: true })).toBeVisible();
}

async function publishNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('menuitem', { name: '立即发布' }).click();
}

/** Searches from the top box of a collection list (the editor screen has none). */
async function search(page: Page, term: string): Promise<void> {
  if (!page.url().includes('#/collections/events')) await page.goto(`${site.origin}/admin/#/collections/events`);
  const box = page.getByPlaceholder('搜索全部内容…');
  await box.fill(term);
  await box.press('Enter');
  await expect(page.getByText(`搜索“${term}”的结果（所有栏目）`)).toBeVisible();
}

test('the top search box finds Chinese in titles, bodies and 文号 across every collection, and opens the entry', async ({
  page,
}) => {
  await logIn(page);
  // Searching from inside another collection still searches them all.
  await page.getByRole('link', { name: '活动', exact: true }).click();

  await search(page, '中暑');
  const heat = page.getByRole('link', { name: /高温天气谨防中暑/u });
  await expect(heat).toBeVisible();
  // A result names its collection.
  await expect(heat).toContainText('科普文章');
  await heat.click();
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue('高温天气谨防中暑');
  // Opening an entry changes nothing in it (its 网址名 stays its published URL).
  await expect(page.getByText('含未保存的修改')).toHaveCount(0);

  // 厨余 stands only in the body of 家庭节能减碳的十个好习惯.
  await search(page, '厨余');
  const kitchen = page.getByRole('link', { name: /家庭节能减碳的十个好习惯/u });
  await expect(kitchen).toBeVisible();
  await kitchen.click();
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue('家庭节能减碳的十个好习惯');

  // 穗科协 is the start of a 文号.
  await search(page, '穗科协');
  const policy = page.getByRole('link', { name: /某某市科协2024年科普工作要点/u });
  await expect(policy).toBeVisible();
  await expect(policy).toContainText('政策文件');
  await policy.click();
  await expect(page.getByText(SUI.docNumber).first()).toBeVisible();
  // The imported status reads in words, not as its code.
  await expect(page.getByText('正式文件', { exact: true })).toBeVisible();
  await expect(page.getByText('final', { exact: true })).toHaveCount(0);
});

test('网址名 appears while the title is typed, before the editor leaves the title', async ({ page }) => {
  await openNewArticle(page);
  const title = page.getByLabel('标题', { exact: true });
  await title.click();
  await title.pressSequentially('高温天气谨防中暑');
  await expect(page.getByLabel('网址名')).toHaveValue(/^gao-wen-tian-qi/u);
  await expect(title).toBeFocused();
  // The editor's own 网址名 is kept when the title changes again.
  await page.getByLabel('网址名').fill('fang-zhongshu');
  await title.pressSequentially('（修订）');
  await expect(page.getByLabel('网址名')).toHaveValue('fang-zhongshu');
});

test('choosing a document fills the clause list at once, without touching it', async ({ page }) => {
  const doc = readFileSync(fixtureContent('policies', 'yiyang-kexie-kepu-yaodian-2023.md'), 'utf8');
  const labels = [...clauseLabelsInMarkdown(doc)].map(([, label]) => label);
  await openNewArticle(page);
  await page.getByRole('button', { name: '新增相关政策条款' }).click();
  await page.getByLabel('政策文件', { exact: true }).click();
  await page.keyboard.type('2023年科普工作要点');
  await page
    .getByRole('option', { name: /2023年科普工作要点/u })
    .filter({ visible: true })
    .first()
    .click();
  const clause = page.getByLabel('条款', { exact: true });
  await expect(clause.locator('option')).toHaveText(['请选择条款', ...labels]);
  await expect(clause).not.toBeFocused();
});

test("a refused save is told in the editor's words: no field key, path or 网址名", async ({ page }) => {
  const file = join(site.repo, 'src/content/articles/laonianren-fang-diedao.md');
  const before = readFileSync(file, 'utf8');
  await logIn(page);
  await page.goto(`${site.origin}/admin/#/collections/articles/entries/laonianren-fang-diedao`);
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue('老年人防跌倒，从家里做起');
  // An update before the publication date: the build's rule, checked when the editor saves.
  await page.getByLabel('更新日期').fill('2023-01-01');
  await publishNow(page);
  const notice = page.getByText(/无法保存/u);
  await expect(notice).toBeVisible();
  const text = await notice.innerText();
  expect(text).toContain('更新日期');
  expect(text).toContain('发布日期');
  expect(text).not.toMatch(/updatedAt|publishedAt|src\/|\.md|laonianren/u);
  expect(text).not.toMatch(/[A-Za-z]{3,}/u);
  expect(readFileSync(file, 'utf8')).toBe(before);
});

test('a .docx named 2024-15.docx gets its 网址名 from its title and a 类型 the editor can change', async ({ page }) => {
  const notice = 'tests/fixtures/notices/signer-line-enclosed-retitled';
  const expected = JSON.parse(readFileSync(`${notice}.json`, 'utf8')) as { title: string; docType: string };
  await logIn(page);
  await page.getByRole('button', { name: '导入政策文件' }).click();
  const dialog = page.getByRole('dialog', { name: '导入政策文件' });
  await dialog.getByLabel('选择文件（.txt 或 .docx）').setInputFiles({
    name: '2024-15.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(await makeDocx(readFileSync(`${notice}.txt`, 'utf8'))),
  });
  await dialog.getByRole('button', { name: '预览导入结果' }).click();
  await expect(dialog.getByRole('region', { name: '导入程序读出的内容' })).toContainText(expected.title);
  const slug = await dialog.getByLabel(/网址名/u).inputValue();
  expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
  expect(slug).not.toContain('2024-15');
  expect(slug).toContain('yaodian');
  const type = dialog.getByLabel('类型');
  await expect(type).toHaveValue(expected.docType);
  await type.selectOption('通知');
  await dialog.getByRole('button', { name: '保存为新的政策文件' }).click();
  await expect(dialog.getByRole('status')).toContainText(`/policies/${slug}/`);
  const front = parse(
    readFileSync(join(site.repo, 'src/content/policies', `${slug}.md`), 'utf8').split(/^---$/mu)[1] ?? '',
  ) as Record<string, unknown>;
  expect(front).toMatchObject({ title: expected.title, slug, docType: '通知', source: '2024-15.docx' });
});

test('a picture named 垃圾分类宣传照片.jpg is uploaded, used as the cover and described by its name', async ({
  page,
}) => {
  const prompts: string[] = [];
  page.on('dialog', (d) => {
    prompts.push(d.message());
    void d.dismiss();
  });
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a8f3a' } })
    .jpeg()
    .toBuffer();
  await openNewArticle(page);
  await page.getByLabel('标题', { exact: true }).fill('垃圾分类从我做起');
  await page.getByLabel('摘要').fill('厨余垃圾、可回收物、有害垃圾和其他垃圾分别投放，社区宣传照片记录了居民的参与。');
  await page.getByLabel('所属专题').click();
  await page.keyboard.type('双碳');
  await page.getByRole('option', { name: '双碳' }).click();
  await page.locator('button', { hasText: '现在' }).first().click();
  await page.getByRole('button', { name: '选择图片' }).click();
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: '垃圾分类宣传照片.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await page.getByRole('button', { name: '选用已选中项目' }).click();
  await expect(page.getByLabel('封面图片替代文字')).toHaveValue('垃圾分类宣传照片');
  await page.locator('button[role=switch]:not([id])').click();
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type('分类投放，从家里开始。');
  await publishNow(page);
  await expect(page.getByRole('button', { name: '已发布' })).toBeVisible();
  await expect(page.getByText('未找到图片')).toHaveCount(0);

  // Articles' pictures go beside the site's other illustrations.
  const uploads = readdirSync(join(site.repo, 'src/assets/articles')).filter((f) => f.endsWith('.jpg'));
  expect(uploads).toHaveLength(1);
  expect(uploads[0]).toMatch(/^[a-z0-9-]+\.jpg$/u);
  expect(readFileSync(join(site.repo, 'src/assets/articles', uploads[0]!))).toEqual(jpeg);
  const saved = readdirSync(join(site.repo, 'src/content/articles')).find((f) =>
    readFileSync(join(site.repo, 'src/content/articles', f), 'utf8').includes('垃圾分类从我做起'),
  )!;
  const front = parse(
    readFileSync(join(site.repo, 'src/content/articles', saved), 'utf8').split(/^---$/mu)[1] ?? '',
  ) as Record<string, unknown>;
  expect(front).toMatchObject({ cover: `../../assets/articles/${uploads[0]}`, coverAlt: '垃圾分类宣传照片' });
  // No English prompt reached the editor.
  for (const message of prompts) expect(message).not.toMatch(/[A-Za-z]{4,}/u);
});

test("the article preview has the page's breadcrumb, heading structure, 朗读 and styles", async ({ page, context }) => {
  const slug = 'gaowen-fang-zhongshu';
  // The page as readers get it (the copy serves the built fixture site).
  const reader = await context.newPage();
  await reader.goto(`${site.origin}/articles/${slug}/`);
  const headings = (scope: import('@playwright/test').Locator) =>
    scope
      .locator('article :is(h1, h2, h3)')
      .evaluateAll((els) => els.map((e) => `${e.tagName} ${e.textContent?.trim()}`));
  const style = (scope: import('@playwright/test').Locator, selector: string, property: string) =>
    scope
      .locator(selector)
      .first()
      .evaluate((e, p) => getComputedStyle(e).getPropertyValue(p), property);
  const onPage = reader.locator('body');
  // 修订记录 is the published page's git history, not part of the entry: the editor sees it in 署名与修订记录.
  const pageHeadings = (await headings(onPage)).filter((text) => !text.endsWith('修订记录'));
  // Sizes scale with the window (clamp), so the narrower pane is compared by what does not: colour, weight, layout.
  const pageStyles = [
    await style(onPage, 'article h1', 'color'),
    await style(onPage, 'article h1', 'font-weight'),
    await style(onPage, '.prose h2', 'font-size'),
  ];
  expect(pageHeadings.length).toBeGreaterThan(2);

  await logIn(page);
  await page.goto(`${site.origin}/admin/#/collections/articles/entries/${slug}`);
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue('高温天气谨防中暑');
  const preview = page.locator('iframe').first().contentFrame().locator('body');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('高温天气谨防中暑');
  await expect(preview.getByRole('navigation', { name: '当前位置' })).toContainText('应急科普');
  await expect(preview.getByRole('group', { name: '朗读本文' })).toContainText('朗读全文');
  await expect(preview.locator('dl.article-meta')).toContainText('应急科普、健康科普');
  expect(await headings(preview)).toEqual(pageHeadings);
  expect([
    await style(preview, 'article h1', 'color'),
    await style(preview, 'article h1', 'font-weight'),
    await style(preview, '.prose h2', 'font-size'),
  ]).toEqual(pageStyles);
});

test("the media library shows the site's illustrations, without a placeholder file", async ({ page }) => {
  await logIn(page);
  await page.getByRole('button', { name: '媒体' }).click();
  const illustrations = readdirSync(join(site.repo, 'src/assets/articles')).filter((f) => f.endsWith('.png'));
  expect(illustrations.length).toBeGreaterThan(0);
  await expect(page.getByText(illustrations[0]!, { exact: true })).toBeVisible();
  await expect(page.getByText('.gitkeep')).toHaveCount(0);
});

test('the /admin/ tools stand in one row above the status bar, none covering another, on a desktop and a phone', async ({
  page,
}) => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    // Logged in once: Decap remembers it, and the page opens on its collections again.
    if (viewport.width === 1280) await logIn(page);
    else await page.reload();
    // 网站自查, 署名与修订记录, 发布到正式网站 (shown once the local server answers), 导入政策文件.
    const tools = page.getByRole('group', { name: '网站工具' }).getByRole('button');
    await expect(tools).toHaveCount(4);
    const boxes = await Promise.all((await tools.all()).map(async (b) => (await b.boundingBox())!));
    for (const [i, a] of boxes.entries()) {
      expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= viewport.width && a.y + a.height <= viewport.height).toBe(true);
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${JSON.stringify(a)} 与 ${JSON.stringify(b)} 重叠`).toBe(true);
      }
    }
  }
});
