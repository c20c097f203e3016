// The CMS's own git worktree. decap-server's git mode checks branches out in its folder (each
// draft lives on a `cms/<collection>/<slug>` branch), so it must never run in the checkout that
// `npm start` builds the site from. It runs in a worktree of the same repository kept inside the
// git folder (`.git/kepu-cms-worktree`, so no tool of the project ever sees a second copy of the
// sources), on the branch `cms-site`, which follows the checkout's current branch (the site branch):
//   - before each CMS request, commits made in the checkout are brought into `cms-site`;
//   - after each CMS request that committed (a publish, a save in simple mode, an upload, a delete,
//     a restore), the checkout's branch is fast-forwarded to `cms-site`, which writes the published
//     files into the checkout's src/ — and the site watcher rebuilds. Git itself refuses the
//     fast-forward if it would overwrite a file modified in the checkout, so a developer's own work
//     is never touched, and the checkout is never switched to another branch.
import { execFile } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The branch the CMS worktree publishes to; it mirrors the checkout's branch. */
export const CMS_SITE_BRANCH = 'cms-site';
/** The worktree's folder inside the repository's git folder. */
const WORKTREE_NAME = 'kepu-cms-worktree';

/** A problem the editor must be told about (answered with `status` and the message). */
export class CmsGitError extends Error {
  /** @param {string} message @param {number} [status] */
  constructor(message, status = 409) {
    super(message);
    this.status = status;
  }
}

/**
 * Runs git and resolves with its standard output.
 * @param {string} cwd @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, buffer?: boolean }} [options]
 * @returns {Promise<any>}
 */
export function git(cwd, args, { env, buffer = false } = {}) {
  return new Promise((done, fail) => {
    execFile(
      'git',
      args,
      {
        cwd,
        env: { ...process.env, ...env, GIT_TERMINAL_PROMPT: '0' },
        maxBuffer: 256 * 1024 * 1024,
        encoding: buffer ? 'buffer' : 'utf8',
      },
      (error, stdout, stderr) => {
        if (error) fail(Object.assign(error, { stderr: String(stderr).trim() }));
        else done(stdout);
      },
    );
  });
}

/** @param {string} cwd @param {string[]} args */
async function succeeds(cwd, args) {
  try {
    await git(cwd, args);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens (creating it when missing) the CMS worktree of the repository checked out at `checkout`.
 * @param {string} checkout the project folder (`npm start`'s folder or --cms-repo)
 */
export async function openCmsRepository(checkout) {
  const root = resolve(checkout);
  let top;
  try {
    top = (await git(root, ['rev-parse', '--show-toplevel'])).trim();
  } catch {
    throw new CmsGitError(
      `${root} 不是 git 版本库：内容管理把每次修改记录为一次提交，请先在该目录运行 git init 并提交一次。`,
      503,
    );
  }
  if (realpathSync(top) !== realpathSync(root))
    throw new CmsGitError(`内容管理需要在版本库的根目录（${top}）运行，而不是 ${root}。`, 503);
  const common = resolve(root, (await git(root, ['rev-parse', '--git-common-dir'])).trim());
  const worktree = join(common, WORKTREE_NAME);
  // Which branch `cms-site` mirrors: when the checkout switches branches, the CMS follows it
  // instead of carrying one branch's commits into the other.
  const mirrorFile = join(common, `${WORKTREE_NAME}.branch`);
  const mirrored = () =>
    readFile(mirrorFile, 'utf8').then(
      (t) => t.trim(),
      () => '',
    );

  /** The checkout's current branch: what the site is built from and where publishes go. */
  async function siteBranch() {
    try {
      return (await git(root, ['symbolic-ref', '--quiet', '--short', 'HEAD'])).trim();
    } catch {
      throw new CmsGitError(`${root} 当前不在任何分支上：请先切换到网站的分支（如 git switch main）。`, 503);
    }
  }

  // A missing folder (deleted by hand) or a stale registration is recreated from the branch.
  await git(root, ['worktree', 'prune']);
  if (!existsSync(join(worktree, '.git'))) {
    const site = await siteBranch();
    if (!(await succeeds(root, ['rev-parse', '--verify', '--quiet', `${site}^{commit}`])))
      throw new CmsGitError(`版本库的分支 ${site} 还没有任何提交：请先提交一次网站文件。`, 503);
    await rm(worktree, { recursive: true, force: true });
    if (!(await succeeds(root, ['rev-parse', '--verify', '--quiet', `refs/heads/${CMS_SITE_BRANCH}`])))
      await git(root, ['branch', CMS_SITE_BRANCH, site]);
    await git(root, ['worktree', 'add', '--quiet', worktree, CMS_SITE_BRANCH]);
    await writeFile(mirrorFile, `${site}\n`);
  }

  // Git refuses to commit without a committer; an office machine may have none configured.
  const configured = async (/** @type {string} */ key) => {
    try {
      return (await git(root, ['config', key])).trim();
    } catch {
      return '';
    }
  };
  const machineName = await configured('user.name');
  const machineEmail = await configured('user.email');
  const committer = {
    GIT_COMMITTER_NAME: machineName || '内容管理',
    GIT_COMMITTER_EMAIL: machineEmail || 'cms@localhost',
  };

  /** Set when a request failed half-way: the worktree is cleaned before the next. */
  let unclean = true;

  /** Puts the worktree back on `cms-site` with no stray changes. */
  async function clean() {
    await git(worktree, ['reset', '--hard', '--quiet']);
    await git(worktree, ['clean', '-fdq']);
    const head = await git(worktree, ['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => '');
    if (head.trim() !== CMS_SITE_BRANCH) await git(worktree, ['checkout', '--quiet', '--force', CMS_SITE_BRANCH]);
    unclean = false;
  }

  /** Fast-forwards the checkout's branch to what the CMS published. */
  async function publishToCheckout() {
    try {
      await git(root, ['merge', '--ff-only', '--quiet', CMS_SITE_BRANCH]);
    } catch (error) {
      throw new CmsGitError(
        `修改已记录在版本库中，但没能写入网站目录 ${root}：${/** @type {any} */ (error).stderr || /** @type {Error} */ (error).message}。请提交或撤销该目录中与之冲突的修改，然后再保存一次。`,
      );
    }
  }

  /** Brings the checkout's commits into `cms-site` (and unpublished CMS commits into the checkout). */
  async function sync() {
    if (unclean) await clean();
    const site = await siteBranch();
    if ((await mirrored()) !== site) {
      // The checkout is on another branch now: start from that branch's published state.
      await git(worktree, ['reset', '--hard', '--quiet', site]);
      await writeFile(mirrorFile, `${site}\n`);
      return;
    }
    const [s, m] = (await git(root, ['rev-parse', site, CMS_SITE_BRANCH])).trim().split('\n');
    if (s === m) return;
    if (await succeeds(root, ['merge-base', '--is-ancestor', m, s])) {
      await git(worktree, ['merge', '--ff-only', '--quiet', s]);
      return;
    }
    if (!(await succeeds(root, ['merge-base', '--is-ancestor', s, m]))) {
      // Both moved (the last fast-forward of the checkout failed and it has commits of its own).
      try {
        await git(worktree, ['merge', '--no-edit', '--no-verify', '-m', `合并分支 ${site} 的修改`, s], {
          env: committer,
        });
      } catch (error) {
        await git(worktree, ['merge', '--abort']).catch(() => undefined);
        throw new CmsGitError(
          `分支 ${site} 与内容管理的修改冲突，无法自动合并：${/** @type {any} */ (error).stderr ?? ''}`,
        );
      }
    }
    await publishToCheckout();
  }

  /** The commit `cms-site` points at. */
  const head = async () => (await git(worktree, ['rev-parse', CMS_SITE_BRANCH])).trim();

  /** @type {Promise<unknown>} */
  let tail = Promise.resolve();
  /**
   * Runs `task` alone: one CMS request at a time touches the worktree, from sync to publish.
   * @template T @param {() => Promise<T>} task @returns {Promise<T>}
   */
  function exclusive(task) {
    const run = tail.then(task, task);
    tail = run.then(
      () => undefined,
      () => {
        unclean = true;
      },
    );
    return run;
  }

  return {
    root,
    worktree,
    committer,
    machineName,
    siteBranch,
    sync,
    head,
    publishToCheckout,
    exclusive,
    markUnclean() {
      unclean = true;
    },
    /** @param {string[]} args @param {{ env?: NodeJS.ProcessEnv, buffer?: boolean }} [options] */
    git: (args, options) => git(worktree, args, options),
  };
}
