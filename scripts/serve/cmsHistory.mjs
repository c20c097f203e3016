// The versions of a CMS entry and bringing one back, from the site branch's git history: the
// project's own actions on the local CMS API (entryHistory, restoreEntry, deletedEntries), answered
// behind the same guards as Decap's. A restore is a new commit; nothing is rewritten.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CMS_SITE_BRANCH, CmsGitError } from './cmsGit.mjs';
import { commitMessage, isEntryPath, kindOfPath, shownDate, titleOf } from './cmsCommitMessages.mjs';

const RECORD = '%x1e%H%x1f%aI%x1f%an%x1f%s';
const MAX_VERSIONS = 200;

/**
 * Parses `git log --format=<RECORD> --name-only` output.
 * @param {string} out
 * @returns {{ commit: string, date: string, author: string, subject: string, paths: string[] }[]}
 */
export function parseLogRecords(out) {
  return out
    .split('\x1e')
    .filter((r) => r.trim())
    .map((record) => {
      const [head = '', ...names] = record.split('\n');
      const [commit = '', date = '', author = '', subject = ''] = head.split('\x1f');
      return { commit, date, author, subject, paths: names.filter(Boolean) };
    })
    .filter((r) => /^[0-9a-f]{40}$/u.test(r.commit));
}

/**
 * @param {Awaited<ReturnType<typeof import('./cmsGit.mjs').openCmsRepository>>} repo
 */
export function cmsHistory(repo) {
  /** Versions of one entry on the site branch, newest first, each with its path at that commit. */
  async function entryHistory(/** @type {{ path: string }} */ { path }) {
    const out = await repo.git([
      'log',
      '--follow',
      // Renames only when nearly equal: two short entries written from one template are not one file.
      '-M90%',
      `--max-count=${MAX_VERSIONS}`,
      `--format=${RECORD}`,
      '--name-only',
      CMS_SITE_BRANCH,
      '--',
      path,
    ]);
    return parseLogRecords(out).map(({ paths, ...r }) => ({ ...r, path: paths[0] ?? path }));
  }

  /** Entries deleted from `folder` that are still gone, most recently deleted first. */
  async function deletedEntries(/** @type {{ folder: string }} */ { folder }) {
    const out = await repo.git([
      'log',
      '--diff-filter=D',
      '--no-renames',
      `--max-count=${MAX_VERSIONS}`,
      `--format=${RECORD}`,
      '--name-only',
      CMS_SITE_BRANCH,
      '--',
      folder,
    ]);
    const seen = new Set();
    const found = [];
    for (const record of parseLogRecords(out)) {
      for (const path of record.paths) {
        if (seen.has(path) || !isEntryPath(path) || existsSync(join(repo.worktree, path))) continue;
        seen.add(path);
        const version = (await repo.git(['rev-parse', `${record.commit}^`])).trim();
        const raw = await repo.git(['show', `${version}:${path}`]).catch(() => '');
        found.push({
          path,
          kind: kindOfPath(path),
          title: titleOf(path, raw),
          deletedAt: record.date,
          deletedBy: record.author,
          version,
        });
      }
    }
    return found;
  }

  /**
   * Writes `source` as it was at `commit` to `path` and commits that, as the editor.
   * @param {{ path: string, commit: unknown, source?: string }} params
   * @param {NodeJS.ProcessEnv} env author and committer
   */
  async function restoreEntry({ path, commit, source = path }, env) {
    if (typeof commit !== 'string' || !/^[0-9a-f]{40}$/u.test(commit))
      throw new CmsGitError('要恢复的版本号无效。', 400);
    const onBranch = await repo
      .git(['merge-base', '--is-ancestor', commit, CMS_SITE_BRANCH])
      .then(() => true)
      .catch(() => false);
    if (!onBranch) throw new CmsGitError('要恢复的版本不在网站的修改记录中。', 404);
    /** @type {Buffer} */
    let content;
    try {
      content = await repo.git(['show', `${commit}:${source}`], { buffer: true });
    } catch {
      throw new CmsGitError(`该版本中没有文件 ${source}。`, 404);
    }
    const target = join(repo.worktree, path);
    const existed = existsSync(target);
    if (existed && (await readFile(target)).equals(content))
      throw new CmsGitError('当前内容已经是这个版本，无需恢复。', 409);
    const date = (await repo.git(['log', '-1', '--format=%aI', commit])).trim();
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
    await repo.git(['add', '--', path]);
    const message = existed
      ? commitMessage.restore(path, content, shownDate(date))
      : commitMessage.undelete(path, content);
    await repo.git(['commit', '--quiet', '--no-verify', '--no-gpg-sign', '-m', message, '--', path], { env });
    return { message, commit: await repo.head() };
  }

  return { entryHistory, deletedEntries, restoreEntry };
}
