import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historiesFromLog, LOG_FORMAT, revisionHistories } from '../../../src/lib/site/revisions';

const R = '\u001e';
const U = '\u001f';
const LOG = [
  `${R}abc1234def${U}2026-11-20T10:00:00+08:00${U}修改文章《甲》\n\nM\tc/articles/a.md\n`,
  `${R}bbb2222ccc${U}2026-11-01T10:00:00+08:00${U}改网址\n\nR095\tc/articles/old.md\tc/articles/a.md\n`,
  `${R}fff0000aaa${U}2026-10-01T09:00:00+08:00${U}发布文章《甲》\n\nA\tc/articles/old.md\nA\tc/articles/b.md\n`,
].join('');

describe('修订记录', () => {
  it('reads every file of one log, newest first, carrying history across a rename', () => {
    const h = historiesFromLog(LOG);
    expect(h.get('c/articles/a.md')?.map((r) => r.subject)).toEqual(['修改文章《甲》', '改网址', '发布文章《甲》']);
    expect(h.get('c/articles/b.md')?.map((r) => r.commit)).toEqual(['fff0000aaa']);
    expect(h.has('c/articles/old.md')).toBe(false);
  });

  it('asks git once for all files, and says which file has no record yet', () => {
    const calls: (readonly string[])[] = [];
    const git = (args: readonly string[]) => {
      calls.push(args);
      return args[0] === 'rev-parse' ? 'false\n' : LOG;
    };
    const h = revisionHistories(['c/articles/a.md', 'c/articles/new.md'], git);
    expect(h.get('c/articles/a.md')?.revisions[0]?.date).toBe('2026-11-20T10:00:00+08:00');
    expect(h.get('c/articles/new.md')).toEqual({ revisions: [], unavailable: '本文件尚未提交到版本库' });
    expect(calls.filter((c) => c[0] === 'log')).toHaveLength(1);
  });

  it('gives no record, not a wrong date, in a shallow clone', () => {
    const git = (args: readonly string[]) => (args[0] === 'rev-parse' ? 'true\n' : LOG);
    expect(revisionHistories(['c/articles/a.md'], git).get('c/articles/a.md')).toEqual({
      revisions: [],
      unavailable: '构建环境的版本库历史不完整',
    });
  });

  it('does not stop the build when git is missing', () => {
    const git = () => {
      throw new Error('spawn git ENOENT');
    };
    expect(revisionHistories(['a.md'], git).get('a.md')?.revisions).toEqual([]);
  });

  it('reads a real repository: two commits of one entry, a similar entry is another file', () => {
    const repo = mkdtempSync(join(tmpdir(), 'kepu-revisions-'));
    const run = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@localhost', ...args], {
        cwd: repo,
        encoding: 'utf8',
      });
    try {
      run('init', '--quiet');
      mkdirSync(join(repo, 'c'));
      writeFileSync(join(repo, 'c/a.md'), '---\ntitle: 甲\n---\n正文\n');
      run('add', '.');
      run('commit', '--quiet', '-m', '发布文章《甲》');
      writeFileSync(join(repo, 'c/a.md'), '---\ntitle: 甲\n---\n新正文\n');
      writeFileSync(join(repo, 'c/b.md'), '---\ntitle: 乙\n---\n正文\n');
      run('add', '.');
      run('commit', '--quiet', '-m', '修改文章《甲》');
      const log = run('log', '-M90%', '--name-status', `--format=${LOG_FORMAT}`, '--', 'c');
      const h = historiesFromLog(log);
      expect(h.get('c/a.md')?.map((r) => r.subject)).toEqual(['修改文章《甲》', '发布文章《甲》']);
      expect(h.get('c/b.md')?.map((r) => r.subject)).toEqual(['修改文章《甲》']);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
