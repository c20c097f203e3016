// The editor's loop on the local server (`npm start`, i.e. serve.mjs --watch), on a temporary copy
// of the project with the fixture content: an article saved through the local CMS API appears at
// its URL by itself; an article with a clause that does not exist fails the build, the site and
// /admin/ keep answering, and /admin/ shows 更新失败 naming the file and the field.
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { copyProjectWithFixtures } from '../support/tempProject';

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

/** Saves an entry the way /admin/ does on the local backend (decap-server's persistEntry). */
async function save(slug: string, raw: string): Promise<void> {
  const path = `src/content/articles/${slug}.md`;
  const res = await fetch(`${origin}/api/v1`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [{ slug, path, raw }],
        assets: [],
        options: { collectionName: 'articles', commitMessage: `Create ${slug}`, useWorkflow: false, status: 'draft' },
      },
    }),
  });
  expect(res.status, await res.text()).toBe(200);
}

async function statusOf(path: string): Promise<number> {
  return fetch(`${origin}${path}`).then(
    (r) => r.status,
    () => 0,
  );
}

test.beforeAll(async () => {
  repo = copyProjectWithFixtures('kepu-watch-e2e-');
  server = spawn(
    process.execPath,
    [
      'scripts/serve/serve.mjs',
      '--watch',
      '--no-initial-build',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--cms-port',
      '0',
    ],
    {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  origin = await new Promise<string>((done, fail) => {
    let out = '';
    server!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /已启动：(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) done(m[1]!);
    });
    server!.on('exit', () => fail(new Error(`服务器已退出：${out}`)));
  });
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  if (repo) rmSync(repo, { recursive: true, force: true });
});

test('an article saved through the local CMS appears at its URL without anyone running a build', async ({ page }) => {
  test.setTimeout(400_000);
  const slug = 'xiaji-anquan-yongdian';
  expect(await statusOf(`/articles/${slug}/`)).toBe(404);
  const saved = Date.now();
  await save(slug, article('夏季安全用电', 's2-5'));
  // While it builds, the last good site is served.
  await expect
    .poll(async () => (await (await fetch(`${origin}/api/build-status`)).json()).state, { timeout: 10_000 })
    .toBe('building');
  expect(await statusOf('/')).toBe(200);
  expect(await statusOf('/admin/')).toBe(200);
  await expect.poll(() => statusOf(`/articles/${slug}/`), { timeout: 360_000, intervals: [1000] }).toBe(200);
  console.log(`save → visible: ${((Date.now() - saved) / 1000).toFixed(1)} s`);
  await page.goto(`${origin}/articles/${slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('夏季安全用电');
});

test('a save the build refuses keeps the site and /admin/ up, and /admin/ says which file and field', async ({
  page,
}) => {
  test.setTimeout(400_000);
  const slug = 'cuowu-tiaokuan';
  await save(slug, article('条款写错的文章', 's9-9'));
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
  await expect(bar).toContainText(`articles/${slug}.md`);
  await expect(bar).toContainText('字段 relatedClauses.0.clause');
});
