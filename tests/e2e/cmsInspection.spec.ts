// The 网站自查 panel of /admin/: the button sums up the report `npm run inspect` wrote into the build,
// the dialog lists the findings by grade with links to the entries. The report is the test's own
// (served in place of /admin/inspection.json), so the test holds whatever the fixture content says.
import { expect, test } from '@playwright/test';
import type { InspectionReport } from '../../src/lib/inspect/report';

const REPORT: InspectionReport = {
  checkedAt: '2026-12-08T01:00:00.000Z',
  contentDir: 'tests/fixtures/content',
  dist: 'dist-fixture',
  counts: { veto: 1, deduct: 1, hint: 0 },
  failed: true,
  externalLinks: [],
  findings: [
    {
      severity: 'veto',
      rule: 'typo',
      ruleLabel: '错别字',
      file: 'tests/fixtures/content/articles/kexue-xishou.md',
      line: 20,
      field: '正文',
      text: '再接再励',
      fix: '“再接再励”应为“再接再厉”',
      entry: { collection: 'articles', slug: 'kexue-xishou' },
    },
    {
      severity: 'deduct',
      rule: 'broken-link',
      ruleLabel: '链接不可用',
      file: 'dist-fixture/topics/shuangtan/',
      text: '链接 /topics/gone/ 打不开',
      fix: '改正链接地址，或补上它指向的页面或文件',
    },
  ],
};

test('the 网站自查 button opens the findings, 单项否决 first, with links to the entry and the page', async ({
  page,
}) => {
  await page.route('**/admin/inspection.json', (route) => route.fulfill({ json: REPORT }));
  await page.goto('/admin/');
  const open = page.getByRole('button', { name: '网站自查：单项否决 1，扣分 1' });
  await expect(open).toBeVisible({ timeout: 20_000 });
  await open.click();
  const dialog = page.getByRole('dialog', { name: '网站自查' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 3 })).toHaveText(['单项否决（1）', '扣分（1）']);
  await expect(dialog).toContainText('[错别字] tests/fixtures/content/articles/kexue-xishou.md:20（正文）');
  await expect(dialog).toContainText('建议：“再接再励”应为“再接再厉”');
  await expect(dialog.getByRole('link', { name: '打开条目' })).toHaveAttribute(
    'href',
    '#/collections/articles/entries/kexue-xishou',
  );
  await expect(dialog.getByRole('link', { name: '查看页面' })).toHaveAttribute('href', '/topics/shuangtan/');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test('before npm run inspect has run on the build, the panel says how to run it', async ({ page }) => {
  // The build's own placeholder, unless a report was written into the fixture build.
  await page.route('**/admin/inspection.json', (route) => route.fulfill({ json: { inspected: false } }));
  await page.goto('/admin/');
  const open = page.getByRole('button', { name: '网站自查', exact: true });
  await expect(open).toBeVisible({ timeout: 20_000 });
  await open.click();
  await expect(page.getByRole('dialog', { name: '网站自查' })).toContainText('npm run inspect');
});
