// 发布到正式网站 in /admin/ on the local server, driven as the person who runs the site would: the
// dialog names the 发布目标 from site settings, 退回上一版 switches the public folder back (the deploy
// module for real, on a folder holding two releases), and without a target the dialog says where to
// set it. Publishing itself (a production build) is covered by tests/unit/serve/publishApi.test.ts.
import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deployLocal } from '../../scripts/deploy/deploy.mjs';
import { startTempSite, type TempSite } from '../support/tempRepository';

// Loading /admin/ (the whole CMS bundle) is slow on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

let site: TempSite;
test.beforeAll(async () => {
  site = await startTempSite();
});
test.afterAll(() => site?.stop());

/** Sets 发布目标 in the copy's site settings (read by the server at each request). */
function setTarget(target: string): void {
  const file = join(site.repo, 'src/config/site.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), deployTarget: target }, null, 2));
}

async function release(text: string): Promise<string> {
  const dist = mkdtempSync(join(tmpdir(), 'kepu-e2e-dist-'));
  mkdirSync(join(dist, 'pages'));
  writeFileSync(join(dist, 'index.html'), text);
  writeFileSync(join(dist, 'pages/a.html'), text);
  return dist;
}

test('发布到正式网站: without a 发布目标 the dialog says where to set it; with one, 退回上一版 switches the public site back', async ({
  page,
}) => {
  setTarget('');
  await page.goto(`${site.origin}/admin/`);
  await page.getByRole('button', { name: '发布到正式网站' }).click();
  const dialog = page.getByRole('dialog', { name: '发布到正式网站' });
  await expect(dialog).toContainText('尚未设置发布目标：请在“站点设置 → 网站信息 → 发布目标”中填写');
  await expect(dialog.getByRole('button', { name: '发布到正式网站' })).toBeDisabled();
  await expect(dialog.getByRole('button', { name: '退回上一版' })).toBeDisabled();
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();

  // A public folder holding two releases; the dialog reads the target when it opens.
  const target = mkdtempSync(join(tmpdir(), 'kepu-e2e-public-'));
  const first = await deployLocal(await release('第一版'), target, { now: new Date('2026-12-01T08:00:00Z') });
  await deployLocal(await release('第二版'), target, { now: new Date('2026-12-02T08:00:00Z') });
  setTarget(target);
  await page.getByRole('button', { name: '发布到正式网站' }).click();
  await expect(dialog).toContainText(`发布到 ${target}`);
  page.once('dialog', (question) => {
    expect(question.message()).toContain('退回上一次发布的版本');
    void question.accept();
  });
  await dialog.getByRole('button', { name: '退回上一版' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`已退回上一版：正式网站（${target}）现在是 ${first} 版。`, {
    timeout: 20_000,
  });
  expect(readlinkSync(join(target, 'current'))).toBe(`releases/${first}`);
  expect(readFileSync(join(target, 'current/index.html'), 'utf8')).toBe('第一版');
  // Nothing older: the dialog says so, and the site stays where it is.
  page.once('dialog', (question) => void question.accept());
  await dialog.getByRole('button', { name: '退回上一版' }).click();
  await expect(dialog.getByRole('status')).toContainText('退回上一版失败', { timeout: 20_000 });
  await expect(dialog.getByRole('status')).toContainText('没有更早的版本可以回退');
  expect(readlinkSync(join(target, 'current'))).toBe(`releases/${first}`);
  rmSync(target, { recursive: true, force: true });
});
