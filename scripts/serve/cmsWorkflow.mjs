// What the local CMS API does around decap-server's git mode (scripts/serve/decapApi.mjs puts it
// after the request guards and before decap-server's handlers):
//   - one request at a time, in the CMS's own worktree (scripts/serve/cmsGit.mjs), synced with the
//     checkout before and published to it after;
//   - 先审后发: `info` offers the editorial workflow unless site settings switch it off
//     (reviewBeforePublish: false), and then a direct save is refused;
//   - 留痕: every commit is authored by the editor (scripts/serve/cmsAuthor.mjs) with a Chinese message
//     naming the entry (scripts/serve/cmsCommitMessages.mjs); publishing is one squashed commit
//     发布文章《…》 on the site branch;
//   - the project's history actions (scripts/serve/cmsHistory.mjs).
// decap-server's own unpublishedEntry compares a draft with the site branch's tip, so once another
// entry is published it would list that entry's files as the draft's too: it is answered here
// against the point where the draft branched off.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CMS_SITE_BRANCH, CmsGitError } from './cmsGit.mjs';
import { editorOfRequest } from './cmsAuthor.mjs';
import { commitMessage, isEntryPath } from './cmsCommitMessages.mjs';
import { cmsHistory } from './cmsHistory.mjs';
import { allowedCmsPath } from './cmsStorage.mjs';

const SITE_SETTINGS = 'src/config/site.json';
/** Decap's actions that may commit on the site branch (a draft save commits on its own branch). */
const SITE_COMMITS = ['persistEntry', 'persistMedia', 'deleteFile', 'deleteFiles'];
const DEFAULT_LABEL_PREFIX = 'decap-cms/';

/**
 * Why the collection and slug of a workflow request cannot name a draft branch, or undefined.
 * @param {any} body
 */
export function entryKeyProblem(body) {
  const p = body?.params ?? {};
  const keyed = [
    'unpublishedEntry',
    'unpublishedEntryDataFile',
    'unpublishedEntryMediaFile',
    'deleteUnpublishedEntry',
    'updateUnpublishedEntryStatus',
    'publishUnpublishedEntry',
  ];
  if (!keyed.includes(body?.action)) return undefined;
  let { collection, slug } = p;
  // Only unpublishedEntry names the entry by id; elsewhere `id` is a file's.
  if (body.action === 'unpublishedEntry' && typeof p.id === 'string')
    [collection, slug] = [p.id.slice(0, p.id.indexOf('/')), p.id.slice(p.id.indexOf('/') + 1)];
  const ok =
    typeof collection === 'string' &&
    /^[a-z][a-z0-9_-]*$/u.test(collection) &&
    typeof slug === 'string' &&
    /^[A-Za-z0-9][A-Za-z0-9._/-]*$/u.test(slug) &&
    !/\.\.|\/\/|\.lock(?:\/|$)|\/$/u.test(slug);
  return ok ? undefined : `内容标识无效：${String(collection)}/${String(slug)}`;
}

/** The draft branch of an entry (decap-server's naming). */
const draftBranch = (/** @type {string} */ collection, /** @type {string} */ slug) => `cms/${collection}/${slug}`;

/** The commit's author and committer for a request (the editor's name, else the machine's git user). */
function authorEnv(
  /** @type {Awaited<ReturnType<typeof import('./cmsGit.mjs').openCmsRepository>>} */ repo,
  /** @type {string | undefined} */ name,
) {
  return {
    ...repo.committer,
    GIT_AUTHOR_NAME: name ?? (repo.machineName || '内容管理'),
    GIT_AUTHOR_EMAIL: name ? 'editor@localhost' : repo.committer.GIT_COMMITTER_EMAIL,
  };
}

/** 先审后发 unless the published site settings turn it off. */
async function reviewFirst(/** @type {Awaited<ReturnType<typeof import('./cmsGit.mjs').openCmsRepository>>} */ repo) {
  try {
    const settings = JSON.parse(await repo.git(['show', `${CMS_SITE_BRANCH}:${SITE_SETTINGS}`]));
    return settings?.reviewBeforePublish !== false;
  } catch {
    return true;
  }
}

/**
 * How 导入政策文件 (scripts/serve/importApi.mjs) saves: through the CMS worktree, as a draft on
 * `cms/policies/<slug>` under 先审后发 (it then waits on the review board), else as a published commit.
 * @param {Awaited<ReturnType<typeof import('./cmsGit.mjs').openCmsRepository>>} repo
 * @returns {(req: any, entry: { slug: string, title: string }, write: (root: string) => Promise<void> | void) => Promise<{ draft: boolean }>}
 */
export function importRecorder(repo) {
  return (req, entry, write) => {
    const editor = editorOfRequest(req);
    if (editor.problem) return Promise.reject(Object.assign(new Error(editor.problem), { status: 400 }));
    const env = authorEnv(repo, editor.name);
    const path = `src/content/policies/${entry.slug}.md`;
    const raw = `---\ntitle: ${JSON.stringify(entry.title)}\n---\n`;
    return repo.exclusive(async () => {
      await repo.sync();
      const draft = await reviewFirst(repo);
      const branch = draftBranch('policies', entry.slug);
      const pending = await repo.git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]).then(
        () => true,
        () => false,
      );
      if (pending)
        throw new CmsGitError(`网址名 ${entry.slug} 已有一篇待审核的政策文件草稿，请换一个网址名或先处理那篇草稿`, 409);
      if (draft) await repo.git(['checkout', '--quiet', '-b', branch]);
      try {
        await write(repo.worktree);
        await repo.git(['add', '--all', '--', 'src/content/policies', 'seeds']);
        const message = draft ? commitMessage.draft(path, raw) : commitMessage.create(path, raw);
        await repo.git(['commit', '--quiet', '--no-verify', '--no-gpg-sign', '-m', message], { env });
        if (draft) await repo.git(['config', `branch.${branch}.description`, `${DEFAULT_LABEL_PREFIX}draft`]);
      } finally {
        if (draft) await repo.git(['checkout', '--quiet', CMS_SITE_BRANCH]);
      }
      if (!draft) await repo.publishToCheckout();
      return { draft };
    });
  };
}

/**
 * @param {Awaited<ReturnType<typeof import('./cmsGit.mjs').openCmsRepository>>} repo
 * @returns {(req: any, res: any, next: Function) => void}
 */
export function createCmsWorkflow(repo) {
  const history = cmsHistory(repo);

  const exists = (/** @type {string} */ ref) =>
    repo.git(['rev-parse', '--verify', '--quiet', `refs/heads/${ref}`]).then(
      () => true,
      () => false,
    );

  /** The draft's own changes since it branched off the site branch. */
  async function draftChanges(/** @type {string} */ branch) {
    const out = await repo.git(['diff', '--name-status', '--no-renames', '-z', `${CMS_SITE_BRANCH}...${branch}`]);
    const parts = out.split('\0').filter(Boolean);
    /** @type {{ status: string, path: string }[]} */
    const changes = [];
    for (let i = 0; i + 1 < parts.length; i += 2) {
      const letter = parts[i];
      changes.push({ status: letter === 'A' ? 'added' : letter === 'D' ? 'deleted' : 'modified', path: parts[i + 1] });
    }
    return changes;
  }

  async function unpublishedEntry(/** @type {any} */ p) {
    let { collection, slug } = p;
    if (typeof p.id === 'string')
      [collection, slug] = [p.id.slice(0, p.id.indexOf('/')), p.id.slice(p.id.indexOf('/') + 1)];
    const branch = draftBranch(collection, slug);
    if (!(await exists(branch))) return [404, { message: 'Not Found' }];
    // Files outside the CMS's folders (an imported notice's source in seeds/) are not Decap's to load.
    const diffs = (await draftChanges(branch))
      .filter(({ path }) => allowedCmsPath(path, 'file') !== undefined)
      .map(({ status, path }) => ({
        oldPath: path,
        newPath: status === 'deleted' ? '' : path,
        status,
        newFile: status === 'added',
        path,
        id: path,
        binary: !/\.(?:md|json)$/u.test(path),
      }));
    const label = await repo.git(['config', `branch.${branch}.description`]).catch(() => '');
    const prefix = p.cmsLabelPrefix || DEFAULT_LABEL_PREFIX;
    const status = label.trim().startsWith(prefix) ? label.trim().slice(prefix.length) : label.trim();
    const updatedAt = (await repo.git(['log', '-1', '--format=%cI', branch])).trim();
    return [200, { collection, slug, status, diffs, updatedAt }];
  }

  async function publish(/** @type {any} */ p, /** @type {NodeJS.ProcessEnv} */ env) {
    const branch = draftBranch(p.collection, p.slug);
    if (!(await exists(branch))) throw new CmsGitError('找不到这篇草稿：它可能已经发布或被删除，请刷新页面。', 404);
    const changes = await draftChanges(branch);
    const entry = changes.find((c) => isEntryPath(c.path) && c.status !== 'deleted') ?? changes[0];
    const raw = entry ? await repo.git(['show', `${branch}:${entry.path}`]).catch(() => null) : null;
    const writers = [...new Set((await repo.git(['log', '--format=%an', `${CMS_SITE_BRANCH}..${branch}`])).split('\n'))]
      .filter(Boolean)
      .reverse();
    try {
      await repo.git(['merge', '--squash', '--quiet', branch], { env });
    } catch (error) {
      await repo.git(['reset', '--hard', '--quiet']);
      throw new CmsGitError(
        `草稿与网站上已发布的内容冲突，无法发布：${/** @type {any} */ (error).stderr ?? ''}。请删除这篇草稿后重新编辑。`,
      );
    }
    const staged = await repo.git(['diff', '--cached', '--quiet']).then(
      () => false,
      () => true,
    );
    const message = commitMessage.publish(entry?.path ?? '', raw);
    if (staged) {
      const body = writers.length ? ['-m', `撰稿：${writers.join('、')}`] : [];
      await repo.git(['commit', '--quiet', '--no-verify', '--no-gpg-sign', '-m', message, ...body], { env });
    }
    await repo.git(['branch', '-D', branch]);
    await repo.git(['config', '--unset', `branch.${branch}.description`]).catch(() => undefined);
    return { message };
  }

  /** Rewrites Decap's English commit messages into ours (the entry read before it changes). */
  async function messageFor(/** @type {any} */ body) {
    const p = body.params;
    const read = (/** @type {string} */ path) => readFile(join(repo.worktree, path)).catch(() => null);
    switch (body.action) {
      case 'persistEntry': {
        const file = p.entry ?? p.dataFiles?.[0];
        const path = file?.newPath ?? file?.path ?? '';
        if (p.options.useWorkflow) return commitMessage.draft(path, file?.raw);
        return existsSync(join(repo.worktree, file?.path ?? path))
          ? commitMessage.update(path, file?.raw)
          : commitMessage.create(path, file?.raw);
      }
      case 'deleteFile':
        return commitMessage.delete(p.path, await read(p.path));
      case 'deleteFiles': {
        const path = p.paths.find(isEntryPath) ?? p.paths[0];
        return commitMessage.delete(path, await read(path));
      }
      case 'persistMedia':
        return commitMessage.upload(p.asset.path);
      default:
        return undefined;
    }
  }

  /**
   * Lets decap-server answer with the editor as author; holds its answer until a commit it made
   * has reached the checkout, so a save is only reported once it is on its way to the site.
   */
  function passOn(
    /** @type {any} */ res,
    /** @type {Function} */ next,
    /** @type {NodeJS.ProcessEnv} */ env,
    /** @type {boolean} */ commits,
  ) {
    return new Promise((done) => {
      // Only the actions that commit on the site branch need to be followed by a fast-forward.
      const before = commits ? repo.head() : undefined;
      const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
      // decap-server's git runs with the process environment: set for this request only (requests
      // run one at a time) and put back when it is answered.
      Object.assign(process.env, env);
      const restore = () => {
        for (const [k, v] of Object.entries(saved)) {
          if (v === undefined) delete process.env[k];
          else process.env[k] = v;
        }
        done(undefined);
      };
      res.once('finish', restore);
      res.once('close', restore);
      const json = res.json.bind(res);
      res.json = (/** @type {unknown} */ answer) => {
        if (res.statusCode >= 500) repo.markUnclean();
        Promise.all([before, before && repo.head()])
          .then(async ([a, b]) => {
            if (a !== b) await repo.publishToCheckout();
          })
          .then(
            () => json(answer),
            (/** @type {Error & { status?: number }} */ error) => {
              res.status(error.status ?? 500);
              json({ error: error.message });
            },
          );
        return res;
      };
      next();
    });
  }

  /**
   * A rename (every data file with a new path), moved here before decap-server writes: its own
   * commitEntry starts the moves without waiting for them, so its commit could miss the move and
   * the rename would be lost. A draft (a cms/ branch rebased on the site branch) is not renamed:
   * its 网址名 is its published URL.
   * @param {any} p the persistEntry params
   */
  async function moveBeforeSave(p) {
    const files = Array.isArray(p?.dataFiles) ? p.dataFiles : p?.entry ? [p.entry] : [];
    if (files.length === 0 || !files.every((/** @type {any} */ f) => typeof f?.newPath === 'string')) return;
    if (p.options?.useWorkflow)
      throw new CmsGitError('已有的内容不能改网址名（已发布的链接会失效）；如需新的网址，请新建一篇。', 409);
    for (const f of files) {
      await repo.git(['mv', '--', f.path, f.newPath]);
      f.path = f.newPath;
      delete f.newPath;
    }
  }

  return (req, res, next) => {
    const editor = editorOfRequest(req);
    if (editor.problem) return res.status(400).json({ error: editor.problem });
    const keyProblem = entryKeyProblem(req.body);
    if (keyProblem) return res.status(400).json({ error: keyProblem });
    const body = req.body;
    const env = authorEnv(repo, editor.name);
    repo
      .exclusive(async () => {
        await repo.sync();
        // Read only where it matters: every request costs git processes, and /admin/ sends many.
        const review = ['info', 'persistEntry'].includes(body.action) && (await reviewFirst(repo));
        const p = body.params;
        switch (body.action) {
          case 'info':
            return res.json({
              repo: basename(repo.root),
              publish_modes: review ? ['editorial_workflow', 'simple'] : ['simple'],
              type: 'local_git',
            });
          case 'unpublishedEntry': {
            const [status, answer] = await unpublishedEntry(p);
            return res.status(status).json(answer);
          }
          case 'publishUnpublishedEntry': {
            const answer = await publish(p, env);
            await repo.publishToCheckout();
            return res.json(answer);
          }
          case 'entryHistory':
            return res.json(await history.entryHistory(p));
          case 'deletedEntries':
            return res.json(await history.deletedEntries(p));
          case 'restoreEntry': {
            const answer = await history.restoreEntry(p, env);
            await repo.publishToCheckout();
            return res.json(answer);
          }
          case 'persistEntry':
            if (review && p?.options?.useWorkflow === false)
              throw new CmsGitError(
                '本站实行先审后发：请保存为草稿，经审核后再发布（一人办公可在“站点设置”中关闭先审后发）。',
                403,
              );
            await moveBeforeSave(p);
            break;
          default:
            break;
        }
        if (p && typeof p === 'object') {
          p.branch = CMS_SITE_BRANCH;
          const message = await messageFor(body);
          if (message && p.options) p.options.commitMessage = message;
        }
        await passOn(res, next, env, SITE_COMMITS.includes(body.action));
      })
      .catch((/** @type {Error & { status?: number }} */ error) => {
        if (res.headersSent) return;
        res.status(error.status ?? 500).json({ error: error.message });
      });
  };
}
