/**
 * 修订记录: when each page's source file changed, from the repository history (every change made in
 * the CMS is a commit naming the entry, e.g. 发布文章《…》). Read once per build with one `git log`
 * over the folders of the files asked about, following renames. Without usable history (no git, not
 * a repository, a shallow clone whose history is cut off) the answer is "no record", never a wrong
 * date, and the build goes on.
 */
import { execFileSync } from 'node:child_process';
import { posix } from 'node:path';
import { CONTENT_DIR, contentFile } from '../build/contentPaths';

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
  execFileSync('git', args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 30_000,
    maxBuffer: 256 * 1024 * 1024,
  });

/** `git log` record format: a record separator, then hash, committer date and subject. */
export const LOG_FORMAT = '%x1e%H%x1f%cI%x1f%s';

/**
 * The history of every file named in `git log --format=<LOG_FORMAT> --name-status -M` output
 * (newest first), under the name each file has now: a rename carries the older commits over.
 */
export function historiesFromLog(out: string): Map<string, Revision[]> {
  const histories = new Map<string, Revision[]>();
  /** Older name → the name it has now. */
  const renamed = new Map<string, string>();
  for (const record of out.split('\u001e')) {
    const [head = '', ...lines] = record.split('\n');
    const [commit = '', date = '', subject = ''] = head.split('\u001f');
    if (!/^[0-9a-f]{7,}$/u.test(commit)) continue;
    for (const line of lines) {
      const [status = '', path = '', newPath] = line.split('\t');
      if (!status || !path) continue;
      const name = status.startsWith('R') && newPath ? newPath : path;
      const current = renamed.get(name) ?? name;
      const list = histories.get(current) ?? [];
      // One entry per commit, even if a file appears twice in it (a rename and a change).
      if (list.at(-1)?.commit !== commit) list.push({ commit, date, subject });
      histories.set(current, list);
      if (status.startsWith('R') && newPath) renamed.set(path, current);
    }
  }
  return histories;
}

/** History of each file (paths relative to the repository root), newest first. */
export function revisionHistories(files: readonly string[], git: Git = realGit): Map<string, RevisionHistory> {
  const none = (reason: string): Map<string, RevisionHistory> =>
    new Map(files.map((f) => [f, { revisions: [], unavailable: reason }]));
  if (files.length === 0) return new Map();
  let shallow: string;
  try {
    shallow = git(['rev-parse', '--is-shallow-repository']).trim();
  } catch {
    return none('构建环境没有版本库历史');
  }
  if (shallow === 'true') return none('构建环境的版本库历史不完整');
  const folders = [...new Set(files.map((f) => posix.dirname(f)))].sort();
  let histories: Map<string, Revision[]>;
  try {
    // Renames only when nearly equal: two short entries written from one template are not one file.
    histories = historiesFromLog(git(['log', '-M90%', '--name-status', `--format=${LOG_FORMAT}`, '--', ...folders]));
  } catch {
    return none('读取版本库历史失败');
  }
  return new Map(
    files.map((f) => {
      const revisions = histories.get(f) ?? [];
      return [f, { revisions, unavailable: revisions.length === 0 ? '本文件尚未提交到版本库' : null }];
    }),
  );
}

let cached: { folder: string; histories: Map<string, RevisionHistory> } | undefined;

/**
 * The history of one content file; the first question reads the history of every file under
 * `folder` at once, so a build runs one `git log` for all its pages.
 * @param file the entry's filePath (relative to the repository root)
 * @param folder the content folder it lies in
 */
export function historyOf(file: string, folder: string): RevisionHistory {
  if (cached?.folder !== folder) {
    cached = { folder, histories: revisionHistories([...new Set([file, ...listed(folder)])]) };
  }
  let history = cached.histories.get(file);
  if (!history) {
    // A file git does not know yet: its own (empty) answer.
    history = revisionHistories([file]).get(file)!;
    cached.histories.set(file, history);
  }
  return history;
}

/** Every file under `folder` that git knows (so one log answers them all). */
function listed(folder: string): string[] {
  try {
    return realGit(['ls-files', '--', folder]).split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/** The 修订记录 of a content entry (its file, or where its collection keeps it). */
export function entryHistory(
  entry: { id: string; filePath?: string | undefined },
  collection: string,
): RevisionHistory {
  return historyOf(entry.filePath ?? contentFile(collection, `${entry.id}.md`), CONTENT_DIR);
}
