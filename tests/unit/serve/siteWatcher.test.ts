import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBuildStatus, parseBuildError } from '../../../scripts/serve/buildStatus.mjs';
import { createSiteWatcher } from '../../../scripts/serve/siteWatcher.mjs';
import { statusText } from '../../../cms/buildStatusBar';
import { errorPlace } from '../../../cms/buildErrorPlace';

describe('build errors, as the editor sees them', () => {
  it('names the file, the field and the message of a project error line', () => {
    const output =
      '\u001b[31m[ERROR]\u001b[39m 科普文章数据有误，构建已停止：\n  - src/content/articles/x.md：字段 relatedClauses.0.clause：「益阳市科协2023年科普工作要点」中没有条款 s9-9\n  at load (file.js:1:1)';
    expect(parseBuildError(output)).toEqual({
      file: 'src/content/articles/x.md',
      field: 'relatedClauses.0.clause',
      message: '「益阳市科协2023年科普工作要点」中没有条款 s9-9',
    });
  });

  it("names the file and field of Astro's own schema error", () => {
    const output =
      '[InvalidContentEntryDataError] articles → bad-one data does not match collection schema.\n\n  **coverAlt**: 必填\n';
    expect(parseBuildError(output, 'src/content')).toEqual({
      file: 'src/content/articles/bad-one.md',
      field: 'coverAlt',
      message: '必填',
    });
  });

  it('falls back to the error line when no file is named', () => {
    expect(parseBuildError('building…\n[ERROR] Something failed badly\n').message).toBe('Something failed badly');
  });

  it('tells the editor what happened, in Chinese, with the file and field', () => {
    const status = createBuildStatus({ now: () => new Date('2026-12-04T07:30:05Z') });
    status.building();
    expect(statusText(status.get() as never)?.text).toContain('正在更新');
    status.succeeded();
    expect(statusText(status.get() as never)).toEqual({ tone: 'ok', text: '网站已更新（15:30:05）' });
    status.failed('src/content/events/y.md：字段 start：不是存在的日期');
    const failed = statusText(status.get() as never)!;
    expect(failed.tone).toBe('error');
    expect(failed.text).toContain('更新失败');
    expect(failed.text).toContain('文件 src/content/events/y.md，字段 start：不是存在的日期');
    expect(failed.text).toContain('15:30:05 的版本');
  });

  it('names the entry and the field as the editor sees them, when the entry is known', () => {
    const status = createBuildStatus();
    status.building();
    status.failed('src/content/events/y.md：字段 start：不是存在的日期');
    const place = errorPlace(status.get().error!, { events: [{ id: 'y', entry: 'y.md', title: '科技活动周' }] });
    const text = statusText(status.get() as never, new Date(), place)!.text;
    expect(text).toContain('活动《科技活动周》的“开始”：不是存在的日期');
    expect(text).not.toMatch(/src\/|\.md|start/u);
    // An entry the catalog does not know is still named by its collection, never by its path.
    expect(errorPlace(status.get().error!, {})).toBe('活动中的一条内容的“开始”');
  });

  it('says which step a build is in and how long it has run', () => {
    let now = new Date('2026-12-04T07:30:00Z');
    const status = createBuildStatus({ now: () => now });
    status.building();
    now = new Date('2026-12-04T07:30:12Z');
    expect(statusText(status.get() as never, now)?.text).toContain('（构建页面中，已用 12 秒）');
    status.progress('[build] 42 page(s) built\n');
    expect(status.get().step).toBe('pages');
    status.progress('[build:incremental] 页面已构建，正在建立搜索索引…\n');
    expect(statusText(status.get() as never, new Date('2026-12-04T07:30:31Z'))?.text).toContain(
      '（建立索引中，已用 31 秒）',
    );
    status.publishing();
    expect(statusText(status.get() as never, now)?.text).toContain('（发布，');
    status.succeeded();
    expect(status.get().step).toBeNull();
    // Output after the build ended does not bring a step back.
    status.progress('正在建立搜索索引');
    expect(status.get().step).toBeNull();
  });
});

describe('rebuild on change, swap on success', () => {
  function project() {
    const root = mkdtempSync(join(tmpdir(), 'kepu-watch-'));
    mkdirSync(join(root, 'src/content/articles'), { recursive: true });
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/index.html'), 'old');
    return root;
  }

  /** A stand-in for the site build: writes the content file's text into index.html, or fails. */
  const fakeBuild = async (cwd: string, out: string) => {
    const text = readFileSync(join(cwd, 'src/content/articles/a.md'), 'utf8');
    mkdirSync(out, { recursive: true });
    if (text.includes('bad')) {
      writeFileSync(join(out, 'index.html'), 'half');
      return { ok: false, output: 'src/content/articles/a.md：字段 title：不能为空' };
    }
    writeFileSync(join(out, 'index.html'), text);
    return { ok: true, output: '' };
  };

  async function settle(w: { whenIdle(): Promise<void> }, ms = 600) {
    await new Promise((r) => setTimeout(r, ms));
    await w.whenIdle();
  }

  it('a saved file is built and swapped in; a failing build leaves the last good site and reports the field', async () => {
    const root = project();
    const status = createBuildStatus();
    const w = createSiteWatcher({ cwd: root, status, build: fakeBuild, debounceMs: 100, log: () => {} });
    await w.start();
    try {
      writeFileSync(join(root, 'src/content/articles/a.md'), 'new');
      await settle(w);
      expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('new');
      expect(status.get().state).toBe('ok');

      writeFileSync(join(root, 'src/content/articles/a.md'), 'bad');
      await settle(w);
      expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('new');
      expect(status.get()).toMatchObject({
        state: 'failed',
        error: { file: 'src/content/articles/a.md', field: 'title' },
      });
      // The failed build's folder is removed, nothing half-built is left next to dist/.
      await new Promise((r) => setTimeout(r, 100));
      expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('new');
    } finally {
      w.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('changes during a build are built once more after it; bursts of saves build once', async () => {
    const root = project();
    let builds = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const heldBuild = async (cwd: string, out: string) => {
      builds++;
      if (builds === 1) await gate;
      return fakeBuild(cwd, out);
    };
    const w = createSiteWatcher({
      cwd: root,
      status: createBuildStatus(),
      build: heldBuild,
      debounceMs: 100,
      log: () => {},
    });
    await w.start();
    try {
      for (const t of ['1', '2', '3']) writeFileSync(join(root, 'src/content/articles/a.md'), t);
      await expect.poll(() => builds, { timeout: 5000 }).toBe(1);
      writeFileSync(join(root, 'src/content/articles/a.md'), '4');
      await new Promise((r) => setTimeout(r, 400));
      expect(builds).toBe(1);
      release();
      await settle(w, 200);
      await w.whenIdle();
      expect(builds).toBe(2);
      expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('4');
    } finally {
      w.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
