/**
 * 修订记录: when each document's page source last changed, from the repository history. Read once per
 * build with one `git log` per file. Without usable history (no git, not a repository, a shallow clone
 * whose history is cut off) the answer is "no record", never a wrong date, and the build goes on.
 */
import { execFileSync } from 'node:child_process';

export interface Revision {
  commit: string;
  /** Commit date, ISO 8601 with offset. */
  date: string;
  subject: string;
}

export interface RevisionHistory {
  /** Newest first; empty when there is no record. */
  revisions: Revision[];
  /** Why there is no record (shown as 暂无记录 with this reason), or null. */
  unavailable: string | null;
}

type Git = (args: readonly string[]) => string;

const realGit: Git = (args) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });

/** Parse `git log --format=%H%x1f%cI%x1f%s` output. */
export function parseLog(out: string): Revision[] {
  return out
    .split('\n')
    .map((l) => l.split('\u001f'))
    .filter((p) => p.length === 3 && /^[0-9a-f]{7,}$/u.test(p[0]!))
    .map(([commit, date, subject]) => ({ commit: commit!, date: date!, subject: subject! }));
}

/** History of each file (paths relative to the repository root), newest first. */
export function revisionHistories(files: readonly string[], git: Git = realGit): Map<string, RevisionHistory> {
  const none = (reason: string): Map<string, RevisionHistory> =>
    new Map(files.map((f) => [f, { revisions: [], unavailable: reason }]));
  let shallow: string;
  try {
    shallow = git(['rev-parse', '--is-shallow-repository']).trim();
  } catch {
    return none('构建环境没有版本库历史');
  }
  if (shallow === 'true') return none('构建环境的版本库历史不完整');
  const out = new Map<string, RevisionHistory>();
  for (const f of files) {
    try {
      const revisions = parseLog(git(['log', '--follow', '--format=%H%x1f%cI%x1f%s', '--', f]));
      out.set(f, { revisions, unavailable: revisions.length === 0 ? '本文件尚未提交到版本库' : null });
    } catch {
      out.set(f, { revisions: [], unavailable: '读取版本库历史失败' });
    }
  }
  return out;
}
