// The editor's loop on the local server (`npm start`, i.e. serve.mjs --watch), on a temporary copy
// of the project with the fixture content: an article saved as a draft through the local CMS API
// starts no build and stays off the site; once moved to 待发布 and published it appears at its URL by
// itself, as a commit by the editor; an article with a clause that does not exist fails the build,
// the site and /admin/ keep answering, and /admin/ shows 更新失败 naming the field in the editor's words.
import { expect, test } from '@playwright/test';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyProjectWithFixtures } from '../support/tempProject';
import { startWatchingServer } from '../support/watchingServer';

test.describe.configure({ mode: 'serial' });

let repo: string;
let server: ChildProcess | undefined;
let origin: string;

function article(title: string, clause: string): string {
  return [
    '---',
    `title: ${title}`,
    'summary: 夏季用电高峰，家里的空调、电热水器要正确使用，避免线路过载。',
    'topics: [jiankang]',
    'publishedAt: 2026-07-01',
    'author: 科普益阳编辑部',
    'source: 益阳市科学技术协会',
    'cover: ../../assets/articles/gaoxueya-guanli.png',
    'coverAlt: 一个血压表盘插图',
    'relatedClauses:',
    '  - document: yiyang-kexie-kepu-yaodian-2023',
    `    clause: ${clause}`,
    '---',
    '',
    '空调温度设在 26 摄氏度左右，既舒适又省电。',
    '',
  ].join('\n');
}

async function api(body: unknown): Promise<unknown> {
  const res = await fetch(`${origin}/api/v1`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, 'X-Kepu-Editor': encodeURIComponent('周编辑') },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return JSON.parse(text);
}

/** Saves a new article as a draft, the way /admin/ does under 先审后发 (decap-server's persistEntry). */
async function saveDraft(slug: string, raw: string): Promise<void> {
  const path = `src/content/articles/${slug}.md`;
  await api({
    action: 'persistEntry',
    params: {
      branch: 'main',
      dataFiles: [{ slug, path, raw }],
      assets: [],
      options: { collectionName: 'articles', commitMessage: `Create ${slug}`, useWorkflow: true, status: 'draft' },
    },
  });
}

/** Moves a draft to 待发布 and publishes it, as the review board does. */
async function publish(slug: string): Promise<void> {
  const key = { branch: 'main', collection: 'articles', slug };
  await api({ action: 'updateUnpublishedEntryStatus', params: { ...key, newStatus: 'pending_publish' } });
  await api({ action: 'publishUnpublishedEntry', params: key });
}

async function statusOf(path: string): Promise<number> {
  return fetch(`${origin}${path}`).then(
    (r) => r.status,
    () => 0,
  );
}

test.beforeAll(async () => {
  repo = copyProjectWithFixtures('kepu-watch-e2e-');
  ({ server, origin } = await startWatchingServer(repo));
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  if (repo) rmSync(repo, { recursive: true, force: true });
});

test('a draft stays off the site; once published it appears at its URL without anyone running a build', async ({
  page,
}) => {
  test.setTimeout(400_000);
  const slug = 'xiaji-anquan-yongdian';
  expect(await statusOf(`/articles/${slug}/`)).toBe(404);
  await saveDraft(slug, article('夏季安全用电', 's2-5'));
  expect(await api({ action: 'unpublishedEntries', params: { branch: 'main' } })).toEqual([`articles/${slug}`]);
  // Nothing the site is built from changed: no build starts, the draft is not served.
  expect(existsSync(join(repo, `src/content/articles/${slug}.md`))).toBe(false);
  await page.waitForTimeout(3000);
  expect((await (await fetch(`${origin}/api/build-status`)).json()).state).not.toBe('building');
  expect(await statusOf(`/articles/${slug}/`)).toBe(404);

  const published = Date.now();
  await publish(slug);
  // While it builds, the last good site is served.
  await expect
    .poll(async () => (await (await fetch(`${origin}/api/build-status`)).json()).state, { timeout: 10_000 })
    .toBe('building');
  expect(await statusOf('/')).toBe(200);
  expect(await statusOf('/admin/')).toBe(200);
  await expect.poll(() => statusOf(`/articles/${slug}/`), { timeout: 360_000, intervals: [1000] }).toBe(200);
  console.log(`publish → visible: ${((Date.now() - published) / 1000).toFixed(1)} s`);
  await page.goto(`${origin}/articles/${slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('夏季安全用电');
  // The publish is one commit on the site's branch, by the editor, naming the article.
  const last = execFileSync('git', ['log', '-1', '--format=%an|%s'], { cwd: repo, encoding: 'utf8' }).trim();
  expect(last).toBe('周编辑|发布文章《夏季安全用电》');
});

test('a save the build refuses keeps the site and /admin/ up, and /admin/ says which file and field', async ({
  page,
}) => {
  test.setTimeout(400_000);
  const slug = 'cuowu-tiaokuan';
  await saveDraft(slug, article('条款写错的文章', 's9-9'));
  await publish(slug);
  await expect
    .poll(async () => (await (await fetch(`${origin}/api/build-status`)).json()).state, {
      timeout: 360_000,
      intervals: [1000],
    })
    .toBe('failed');
  const status = await (await fetch(`${origin}/api/build-status`)).json();
  expect(status.error.file).toContain(`articles/${slug}.md`);
  expect(status.error.field).toBe('relatedClauses.0.clause');
  expect(status.error.message).toContain('s9-9');
  expect(await statusOf('/')).toBe(200);
  expect(await statusOf('/admin/')).toBe(200);
  expect(await statusOf('/articles/xiaji-anquan-yongdian/')).toBe(200);
  expect(await statusOf(`/articles/${slug}/`)).toBe(404);

  await page.goto(`${origin}/admin/`);
  const bar = page.getByRole('status').filter({ hasText: '更新失败' });
  await expect(bar).toBeVisible({ timeout: 15_000 });
  // In the editor's words: the collection, the field's label and what is wrong; no path or field key.
  await expect(bar).toContainText('科普文章');
  await expect(bar).toContainText('相关政策条款 第 1 项');
  await expect(bar).toContainText('s9-9');
  await expect(bar).not.toContainText('relatedClauses');
  await expect(bar).not.toContainText('.md');
});
