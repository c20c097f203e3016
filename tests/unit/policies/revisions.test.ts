import { describe, expect, it } from 'vitest';
import { parseLog, revisionHistories } from '../../../src/lib/policies/intel/revisions';

const LOG =
  'abc1234def\u001f2026-11-20T10:00:00+08:00\u001f更新正文\nfff0000aaa\u001f2026-10-01T09:00:00+08:00\u001f导入\n';

describe('修订记录', () => {
  it('parses git log output, newest first', () => {
    expect(parseLog(LOG).map((r) => r.subject)).toEqual(['更新正文', '导入']);
  });

  it('reads each file from history', () => {
    const git = (args: readonly string[]) => (args[0] === 'rev-parse' ? 'false\n' : args.at(-1) === 'a.md' ? LOG : '');
    const h = revisionHistories(['a.md', 'b.md'], git);
    expect(h.get('a.md')?.revisions[0]?.date).toBe('2026-11-20T10:00:00+08:00');
    expect(h.get('b.md')).toEqual({ revisions: [], unavailable: '本文件尚未提交到版本库' });
  });

  it('gives no record, not a wrong date, in a shallow clone', () => {
    const git = (args: readonly string[]) => (args[0] === 'rev-parse' ? 'true\n' : LOG);
    expect(revisionHistories(['a.md'], git).get('a.md')).toEqual({
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
});
