// An editor imports a Word notice through /admin/ (导入政策文件): uploads the .docx, checks what the
// importer found, saves it; after a rebuild the document is on the site with its source text. A text
// without a title is refused in Chinese and nothing is written. Runs on a temporary copy of the repository.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { makeDocx } from '../support/makeDocx';
import { FIXTURE_DIST } from '../fixtures/site';
import { startTempSite, type TempSite } from '../support/tempRepository';

const FIXTURE = 'tests/fixtures/notices/bare-notice-with-table';
const expected = JSON.parse(readFileSync(`${FIXTURE}.json`, 'utf8')) as {
  title: string;
  issuer: string;
  docNumber: string;
};
const SLUG = 'e2e-kepu-shifancun-2022';
const DOCX = 'e2e-shifancun-shenbao.docx';

test.describe.configure({ mode: 'serial' });

let site: TempSite;
let docxPath: string;

test.beforeAll(async () => {
  expect(existsSync(`${FIXTURE_DIST}/admin/cms.js`), '先运行 npm run build:fixture').toBe(true);
  // Publish on save: an import under 先审后发 (a draft for review) is tested in tests/unit/serve/cmsWorkflow.test.ts.
  site = await startTempSite({ reviewBeforePublish: false });
  docxPath = join(site.repo, '..', `${site.repo.split('/').pop()}-${DOCX}`);
  writeFileSync(docxPath, await makeDocx(readFileSync(`${FIXTURE}.txt`, 'utf8')));
});

test.afterAll(() => site?.stop());

const policyFiles = (): string[] => readdirSync(join(site.repo, 'src/content/policies')).sort();

async function openImport(page: import('@playwright/test').Page): Promise<void> {
  await page.goto(`${site.origin}/admin/`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('button', { name: '导入政策文件' }).click();
  await expect(page.getByRole('dialog', { name: '导入政策文件' })).toBeVisible();
}

test('a text without a title is refused in Chinese and nothing is written', async ({ page }) => {
  const before = policyFiles();
  await openImport(page);
  const dialog = page.getByRole('dialog', { name: '导入政策文件' });
  await dialog.getByLabel('或粘贴通知全文').fill('各县市区科协：\n现将有关事项通知如下，请认真落实。\n');
  await dialog.getByLabel(/网址名/u).fill('e2e-no-title');
  await dialog.getByRole('button', { name: '预览导入结果' }).click();
  await expect(dialog.getByRole('alert')).toContainText('导入程序拒绝了这份文件');
  await expect(dialog.getByRole('alert')).toContainText('找不到可识别的标题');
  await expect(dialog.getByRole('button', { name: '保存为新的政策文件' })).toHaveCount(0);
  expect(policyFiles()).toEqual(before);
});

test('an editor imports a .docx notice; after a rebuild it is on the site with its source text', async ({ page }) => {
  test.setTimeout(480_000);
  await openImport(page);
  const dialog = page.getByRole('dialog', { name: '导入政策文件' });
  await dialog.getByLabel('选择文件（.txt 或 .docx）').setInputFiles({
    name: DOCX,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: readFileSync(docxPath),
  });
  await dialog.getByLabel(/网址名/u).fill(SLUG);
  await dialog.getByRole('button', { name: '预览导入结果' }).click();

  // What the importer found, before anything is saved.
  const found = dialog.getByRole('region', { name: '导入程序读出的内容' });
  await expect(found).toContainText(expected.title);
  await expect(found).toContainText(expected.issuer);
  await expect(found).toContainText(expected.docNumber);
  await expect(found).toContainText('2022年3月1日');
  await expect(found).toContainText('全部保留');
  await expect(found).toContainText(/3 列，2 行/u);
  expect(existsSync(join(site.repo, 'src/content/policies', `${SLUG}.md`))).toBe(false);

  await dialog.getByRole('button', { name: '保存为新的政策文件' }).click();
  await expect(dialog.getByRole('status')).toContainText(`已保存为新的政策文件《${expected.title}》`);
  await expect(dialog.getByRole('status')).not.toContainText('src/');
  const file = join(site.repo, 'src/content/policies', `${SLUG}.md`);
  const front = parse(readFileSync(file, 'utf8').split(/^---$/mu)[1] ?? '') as Record<string, unknown>;
  expect(front).toMatchObject({ title: expected.title, docNumber: expected.docNumber, source: DOCX, slug: SLUG });
  // The untouched .docx is kept in the source store.
  expect(readFileSync(join(site.repo, 'seeds', DOCX))).toEqual(readFileSync(docxPath));
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByRole('button', { name: '导入政策文件' })).toBeFocused();

  execFileSync('npm', ['run', 'build'], {
    cwd: site.repo,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'pipe',
    timeout: 420_000,
  });
  const res = await page.goto(`${site.origin}/policies/${SLUG}/`);
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.title);
  await expect(page.getByText(expected.docNumber).filter({ visible: true }).first()).toBeVisible();
  await page.getByRole('link', { name: '查看原文纯文本' }).click();
  await expect(page.locator('body')).toContainText('各乡镇（街道）：');
  await page.goto(`${site.origin}/policies/`);
  await expect(page.getByRole('link', { name: expected.title })).toBeVisible();
});
