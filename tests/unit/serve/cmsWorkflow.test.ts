// 先审后发 and 留痕 through the local CMS API, as `npm start` composes it: the API (decap-server's git
// mode behind the project's guards) on a git repository, and the site watcher rebuilding from the
// checkout. The build is a stand-in that lists the articles of the checkout, so "on the site" means
// "in the tree the site is built from"; the real build runs in tests/e2e/saveToVisible.spec.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDecapApi } from '../../../scripts/serve/decapApi.mjs';
import { createBuildStatus } from '../../../scripts/serve/buildStatus.mjs';
import { createSiteWatcher } from '../../../scripts/serve/siteWatcher.mjs';
import { checkEditorName } from '../../../scripts/serve/cmsAuthor.mjs';
import { createImportApi } from '../../../scripts/serve/importApi.mjs';

const ARTICLES = 'src/content/articles';

/** A valid article (the server checks every save against the articles schema) with this title and body. */
function article(title: string, body = '正文。'): string {
  return [
    '---',
    `title: ${title}`,
    `summary: ${title}：检验审核与发布流程用的文章摘要。`,
    'topics: [yingji]',
    'publishedAt: 2024-01-01',
    'author: 编辑部',
    'source: 科协',
    'cover: ../../assets/articles/tu.png',
    'coverAlt: 示意图',
    '---',
    '',
    body,
    '',
  ].join('\n');
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' });
}

/** A small project: settings, one published article, a built site, all committed on main. */
function makeRepository(settings: Record<string, unknown>): string {
  const repo = mkdtempSync(join(tmpdir(), 'kepu-cms-workflow-'));
  git(repo, 'init', '--quiet', '--initial-branch=main');
  mkdirSync(join(repo, ARTICLES), { recursive: true });
  mkdirSync(join(repo, 'src/config'), { recursive: true });
  mkdirSync(join(repo, 'dist'));
  writeFileSync(join(repo, '.gitignore'), 'dist/\n.site-builds/\n');
  writeFileSync(join(repo, 'src/config/site.json'), JSON.stringify({ name: '站', ...settings }));
  writeFileSync(join(repo, `${ARTICLES}/kaichang.md`), article('开场白'));
  writeFileSync(join(repo, 'dist/index.html'), 'kaichang');
  git(repo, 'add', '--all');
  git(repo, '-c', 'user.name=开发者', '-c', 'user.email=dev@localhost', 'commit', '--quiet', '-m', '开始');
  return repo;
}

/** The CMS API and the watcher on `repo`; the stand-in build lists the checkout's articles. */
async function startSite(repo: string) {
  const app = await createDecapApi({ repo });
  const importApi = createImportApi({ repo, record: app.recordImport });
  const server: Server = createServer((req, res) => {
    if (!importApi(req, res)) app(req, res);
  }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let builds = 0;
  const watcher = createSiteWatcher({
    cwd: repo,
    debounceMs: 50,
    status: createBuildStatus(),
    log: () => undefined,
    build: async (cwd: string, out: string) => {
      builds += 1;
      mkdirSync(out, { recursive: true });
      const slugs = readdirSync(join(cwd, ARTICLES)).map((f) => f.replace(/\.md$/, ''));
      writeFileSync(join(out, 'index.html'), slugs.sort().join('\n'));
      return { ok: true, output: '' };
    },
  });
  await watcher.start();
  const api = async (body: unknown, editor?: string, path = '/api/v1') => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Origin: origin };
    if (editor !== undefined) headers['X-Kepu-Editor'] = encodeURIComponent(editor);
    const res = await fetch(`${origin}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  };
  /** What the site shows: the articles of the last build, once any scheduled build is done. */
  const served = async () => {
    await new Promise((r) => setTimeout(r, 300));
    await watcher.whenIdle();
    return readFileSync(join(repo, 'dist/index.html'), 'utf8').split('\n');
  };
  return {
    api,
    served,
    builds: () => builds,
    stop() {
      watcher.close();
      server.close();
    },
  };
}

const persist = (slug: string, raw: string, useWorkflow: boolean) => ({
  action: 'persistEntry',
  params: {
    branch: 'main',
    dataFiles: [{ slug, path: `${ARTICLES}/${slug}.md`, raw }],
    assets: [],
    options: { collectionName: 'articles', commitMessage: 'Create', useWorkflow, status: 'draft' },
  },
});
const entryKey = (slug: string) => ({ branch: 'main', collection: 'articles', slug });

// Each step runs a handful of git commands; a loaded machine makes that seconds.
describe('先审后发: drafts stay off the site until published', { timeout: 60_000 }, () => {
  let repo: string;
  let site: Awaited<ReturnType<typeof startSite>>;
  beforeAll(async () => {
    repo = makeRepository({});
    site = await startSite(repo);
  }, 60_000);
  afterAll(() => {
    site.stop();
    rmSync(repo, { recursive: true, force: true });
  });

  it('offers the editorial workflow', async () => {
    const info = await site.api({ action: 'info' });
    expect(info.status).toBe(200);
    expect(info.json.publish_modes).toContain('editorial_workflow');
    expect(info.json.publish_modes[0]).toBe('editorial_workflow');
  });

  it('keeps a draft on its own branch: listed for review, not in the checkout, not built', async () => {
    const saved = await site.api(persist('caogao', article('一篇草稿'), true), '王编辑');
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    expect((await site.api({ action: 'unpublishedEntries', params: { branch: 'main' } })).json).toEqual([
      'articles/caogao',
    ]);
    const entry = await site.api({ action: 'unpublishedEntry', params: { branch: 'main', id: 'articles/caogao' } });
    expect(entry.json).toMatchObject({ status: 'draft', diffs: [{ path: `${ARTICLES}/caogao.md`, newFile: true }] });
    expect(existsSync(join(repo, `${ARTICLES}/caogao.md`))).toBe(false);
    expect(await site.served()).not.toContain('caogao');
    expect(site.builds()).toBe(0);
    // The developer's checkout stays on its branch with nothing changed.
    expect(git(repo, 'symbolic-ref', '--short', 'HEAD').trim()).toBe('main');
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('refuses a direct save while review is on', async () => {
    const direct = await site.api(persist('zhijie', article('不经审核'), false));
    expect(direct.status).toBe(403);
    expect(direct.json.error).toContain('先审后发');
    expect(existsSync(join(repo, `${ARTICLES}/zhijie.md`))).toBe(false);
  });

  it('refuses a draft that would rename a published entry, and moves nothing', async () => {
    const rename = persist('kaichang', article('开场白'), true);
    const refused = await site.api({
      ...rename,
      params: {
        ...rename.params,
        dataFiles: [{ ...rename.params.dataFiles[0]!, newPath: `${ARTICLES}/kaichang-xin.md` }],
      },
    });
    expect(refused.status).toBe(409);
    expect(refused.json.error).toContain('不能改网址名');
    expect(existsSync(join(repo, `${ARTICLES}/kaichang.md`))).toBe(true);
    expect(existsSync(join(repo, `${ARTICLES}/kaichang-xin.md`))).toBe(false);
    expect(git(repo, 'branch', '--list', 'cms/articles/kaichang')).toBe('');
  });

  it('publishes after 待发布: one commit by the editor naming the entry, in the checkout, rebuilt', async () => {
    const moved = await site.api({
      action: 'updateUnpublishedEntryStatus',
      params: { ...entryKey('caogao'), newStatus: 'pending_publish' },
    });
    expect(moved.status).toBe(200);
    const entry = await site.api({ action: 'unpublishedEntry', params: { branch: 'main', id: 'articles/caogao' } });
    expect(entry.json.status).toBe('pending_publish');
    const published = await site.api({ action: 'publishUnpublishedEntry', params: entryKey('caogao') }, '李主任');
    expect(published.status, JSON.stringify(published.json)).toBe(200);
    expect(readFileSync(join(repo, `${ARTICLES}/caogao.md`), 'utf8')).toContain('一篇草稿');
    expect(git(repo, 'log', '-1', '--format=%an|%s', '--', `${ARTICLES}/caogao.md`).trim()).toBe(
      '李主任|发布文章《一篇草稿》',
    );
    expect(git(repo, 'log', '-1', '--format=%b').trim()).toBe('撰稿：王编辑');
    expect(await site.served()).toContain('caogao');
    expect((await site.api({ action: 'unpublishedEntries', params: { branch: 'main' } })).json).toEqual([]);
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('lists only its own files for a draft made before another entry was published', async () => {
    await site.api(persist('diyi', article('第一篇'), true), '王编辑');
    await site.api(persist('dier', article('第二篇'), true), '王编辑');
    await site.api({ action: 'publishUnpublishedEntry', params: entryKey('diyi') }, '李主任');
    const second = await site.api({ action: 'unpublishedEntry', params: { branch: 'main', id: 'articles/dier' } });
    expect(second.json.diffs.map((d: { path: string }) => d.path)).toEqual([`${ARTICLES}/dier.md`]);
    await site.api({ action: 'deleteUnpublishedEntry', params: entryKey('dier') });
    expect((await site.api({ action: 'unpublishedEntries', params: { branch: 'main' } })).json).toEqual([]);
    expect(existsSync(join(repo, `${ARTICLES}/dier.md`))).toBe(false);
  });

  it('records a delete as a commit, lists the deleted entry and brings it back', async () => {
    const deleted = await site.api(
      {
        action: 'deleteFile',
        params: { branch: 'main', path: `${ARTICLES}/kaichang.md`, options: { commitMessage: 'x' } },
      },
      '王编辑',
    );
    expect(deleted.status).toBe(200);
    expect(existsSync(join(repo, `${ARTICLES}/kaichang.md`))).toBe(false);
    expect(git(repo, 'log', '-1', '--format=%an|%s').trim()).toBe('王编辑|删除文章《开场白》');
    expect(await site.served()).not.toContain('kaichang');

    const gone = await site.api({ action: 'deletedEntries', params: { branch: 'main', folder: ARTICLES } });
    expect(gone.json).toEqual([
      expect.objectContaining({ path: `${ARTICLES}/kaichang.md`, title: '开场白', kind: '文章', deletedBy: '王编辑' }),
    ]);
    const back = await site.api(
      {
        action: 'restoreEntry',
        params: { branch: 'main', path: `${ARTICLES}/kaichang.md`, commit: gone.json[0].version },
      },
      '李主任',
    );
    expect(back.status, JSON.stringify(back.json)).toBe(200);
    expect(readFileSync(join(repo, `${ARTICLES}/kaichang.md`), 'utf8')).toBe(article('开场白'));
    expect(git(repo, 'log', '-1', '--format=%an|%s').trim()).toBe('李主任|恢复已删除的文章《开场白》');
    expect(await site.served()).toContain('kaichang');
  });

  it("lists an entry's versions and restores an earlier one as a new commit", async () => {
    await site.api(persist('caogao', article('一篇草稿', '改过的正文。'), true), '王编辑');
    await site.api({ action: 'publishUnpublishedEntry', params: entryKey('caogao') }, '李主任');
    const path = `${ARTICLES}/caogao.md`;
    const versions = await site.api({ action: 'entryHistory', params: { branch: 'main', path } });
    expect(versions.json.map((v: { subject: string }) => v.subject)).toEqual([
      '发布文章《一篇草稿》',
      '发布文章《一篇草稿》',
    ]);
    const first = versions.json[1];
    const restored = await site.api(
      { action: 'restoreEntry', params: { branch: 'main', path, commit: first.commit } },
      '李主任',
    );
    expect(restored.status).toBe(200);
    expect(restored.json.message).toMatch(/^恢复文章《一篇草稿》到 \d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d 的版本$/u);
    expect(readFileSync(join(repo, path), 'utf8')).toBe(article('一篇草稿'));
    const again = await site.api({ action: 'entryHistory', params: { branch: 'main', path } });
    expect(again.json).toHaveLength(3);
    // Restoring the version that is already current changes nothing.
    const same = await site.api({
      action: 'restoreEntry',
      params: { branch: 'main', path, commit: again.json[0].commit },
    });
    expect(same.status).toBe(409);
  });

  it('refuses a version that is not in the site history and a path outside the content folders', async () => {
    const outside = await site.api({
      action: 'restoreEntry',
      params: { branch: 'main', path: 'package.json', commit: 'a'.repeat(40) },
    });
    expect(outside.status).toBe(403);
    const unknown = await site.api({
      action: 'restoreEntry',
      params: { branch: 'main', path: `${ARTICLES}/caogao.md`, commit: 'a'.repeat(40) },
    });
    expect(unknown.status).toBe(404);
    const badKey = await site.api({ action: 'publishUnpublishedEntry', params: { ...entryKey('../../main') } });
    expect(badKey.status).toBe(400);
  });

  it('saves an imported notice as a draft for review, with its source, and publishes it whole', async () => {
    const letter = readFileSync(join(import.meta.dirname, '../../fixtures/notices/letter-han.txt'));
    const imported = await site.api(
      { fileName: 'letter-han.txt', data: letter.toString('base64'), slug: 'han-tongzhi' },
      '王编辑',
      '/api/import/save',
    );
    expect(imported.status, JSON.stringify(imported.json)).toBe(200);
    expect(imported.json.draft).toBe(true);
    expect(existsSync(join(repo, 'src/content/policies/han-tongzhi.md'))).toBe(false);
    expect(git(repo, 'status', '--porcelain')).toBe('');
    expect((await site.api({ action: 'unpublishedEntries', params: { branch: 'main' } })).json).toEqual([
      'policies/han-tongzhi',
    ]);
    const entry = await site.api({
      action: 'unpublishedEntry',
      params: { branch: 'main', id: 'policies/han-tongzhi' },
    });
    expect(entry.json.diffs.map((d: { path: string }) => d.path)).toEqual(['src/content/policies/han-tongzhi.md']);
    await site.api(
      { action: 'publishUnpublishedEntry', params: { ...entryKey('han-tongzhi'), collection: 'policies' } },
      '李主任',
    );
    expect(existsSync(join(repo, 'src/content/policies/han-tongzhi.md'))).toBe(true);
    expect(readFileSync(join(repo, `seeds/${imported.json.sourceFile.replace('seeds/', '')}`))).toEqual(letter);
    expect(git(repo, 'log', '-1', '--format=%an|%b').trim()).toBe('李主任|撰稿：王编辑');
  });

  it('takes commits made in the checkout into the CMS, and leaves local edits alone', async () => {
    writeFileSync(join(repo, `${ARTICLES}/shoudong.md`), article('手工提交'));
    git(repo, 'add', '--all');
    git(repo, '-c', 'user.name=开发者', '-c', 'user.email=dev@localhost', 'commit', '--quiet', '-m', '手工');
    writeFileSync(join(repo, `${ARTICLES}/kaichang.md`), article('开场白', '本地未提交的修改。'));
    const list = await site.api({
      action: 'entriesByFolder',
      params: { branch: 'main', folder: ARTICLES, extension: 'md', depth: 1 },
    });
    expect(list.json.map((e: { file: { path: string } }) => e.file.path)).toContain(`${ARTICLES}/shoudong.md`);
    await site.api(persist('xinde', article('新的一篇'), true), '王编辑');
    await site.api({ action: 'publishUnpublishedEntry', params: entryKey('xinde') }, '李主任');
    expect(existsSync(join(repo, `${ARTICLES}/xinde.md`))).toBe(true);
    expect(readFileSync(join(repo, `${ARTICLES}/kaichang.md`), 'utf8')).toContain('本地未提交的修改');
  });

  it('follows the checkout to another branch and back without carrying commits across', async () => {
    git(repo, 'checkout', '--quiet', '-b', 'shiyan');
    writeFileSync(join(repo, `${ARTICLES}/shiyan.md`), article('试验分支'));
    git(repo, 'add', `${ARTICLES}/shiyan.md`);
    git(repo, '-c', 'user.name=开发者', '-c', 'user.email=dev@localhost', 'commit', '--quiet', '-m', '试验');
    const listed = async () =>
      (
        await site.api({
          action: 'entriesByFolder',
          params: { branch: 'main', folder: ARTICLES, extension: 'md', depth: 1 },
        })
      ).json.map((e: { file: { path: string } }) => e.file.path);
    expect(await listed()).toContain(`${ARTICLES}/shiyan.md`);
    const mainBefore = git(repo, 'rev-parse', 'main');
    git(repo, 'checkout', '--quiet', 'main');
    expect(await listed()).not.toContain(`${ARTICLES}/shiyan.md`);
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(mainBefore);
    expect(existsSync(join(repo, `${ARTICLES}/shiyan.md`))).toBe(false);
  });
});

describe('simple mode (reviewBeforePublish: false) and the editor name', { timeout: 60_000 }, () => {
  let repo: string;
  let site: Awaited<ReturnType<typeof startSite>>;
  beforeAll(async () => {
    repo = makeRepository({ reviewBeforePublish: false });
    site = await startSite(repo);
  }, 60_000);
  afterAll(() => {
    site.stop();
    rmSync(repo, { recursive: true, force: true });
  });

  it('offers only simple saving, and a save is a published commit', async () => {
    expect((await site.api({ action: 'info' })).json.publish_modes).toEqual(['simple']);
    const saved = await site.api(persist('zhijie', article('直接发布'), false), '赵编辑');
    expect(saved.status).toBe(200);
    expect(git(repo, 'log', '-1', '--format=%an|%s').trim()).toBe('赵编辑|发布文章《直接发布》');
    expect(await site.served()).toContain('zhijie');
    await site.api(persist('zhijie', article('直接发布', '第二版。'), false), '赵编辑');
    expect(git(repo, 'log', '-1', '--format=%s').trim()).toBe('修改文章《直接发布》');
  });

  it('falls back to the git configuration without an editor name, and refuses control characters', async () => {
    const upload = await site.api({
      action: 'persistMedia',
      params: {
        branch: 'main',
        asset: {
          path: 'src/assets/uploads/tu.png',
          content: Buffer.from('png').toString('base64'),
          encoding: 'base64',
        },
        options: { commitMessage: 'Upload' },
      },
    });
    expect(upload.status).toBe(200);
    const configured = (() => {
      try {
        return git(repo, 'config', 'user.name').trim();
      } catch {
        return '';
      }
    })();
    expect(git(repo, 'log', '-1', '--format=%an|%s').trim()).toBe(`${configured || '内容管理'}|上传文件 tu.png`);
    for (const bad of ['王\n编辑', '王\u0007', 'a\u202eb']) {
      const refused = await site.api({ action: 'info' }, bad);
      expect(refused.status, bad).toBe(400);
      expect(refused.json.error).toContain('控制字符');
    }
    expect(checkEditorName('  张 三 ')).toEqual({ name: '张 三' });
    expect(checkEditorName('<x>').problem).toContain('尖括号');
  });
});
