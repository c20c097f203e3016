// decap-server (Decap CMS's local backend) as an in-process request handler: it reads and
// writes the Markdown files of `repo` for /admin/, in its git mode: every change is a commit, drafts
// live on `cms/…` branches, in a worktree of the CMS's own (scripts/serve/cmsGit.mjs), and what
// is published reaches `repo`'s working tree (scripts/serve/cmsWorkflow.mjs). Used by scripts/serve/serve.mjs (npm start)
// and by cms/integration.ts (astro dev), so /admin/ talks to /api/v1 on its own origin.
//
// decap-server itself would read and write any file of the checkout and allows cross-origin
// requests from every localhost page. Here only its request handlers are used, behind two
// guards: the local-request rule (scripts/serve/localOrigin.mjs: loopback Host, own Origin, no CORS)
// and the storage rule (scripts/serve/cmsStorage.mjs: only the folders the CMS config names).
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { refuseNonLocalRequest } from './localOrigin.mjs';
import { allowedCmsPath, staysInsideCmsStorage } from './cmsStorage.mjs';
import { openCmsRepository } from './cmsGit.mjs';
import { createCmsWorkflow, importRecorder } from './cmsWorkflow.mjs';

const require = createRequire(import.meta.url);

/** The API path Decap's local backend posts to. */
export const DECAP_API_PATH = '/api/v1';

/**
 * Every path a request names, by action, with whether it names a file or a folder. Actions not
 * listed carry no path (info, getDeployPreview; the workflow actions name an entry by collection and
 * slug, checked by cmsWorkflow.mjs).
 * @param {any} body
 * @returns {{ path: unknown, kind: 'file' | 'folder' }[]}
 */
export function pathsOfRequest(body) {
  const p = body?.params ?? {};
  const files = (/** @type {unknown[]} */ list) =>
    (Array.isArray(list) ? list : [list]).map((path) => ({ path, kind: /** @type {const} */ ('file') }));
  switch (body?.action) {
    case 'entriesByFolder':
      return [{ path: p.folder, kind: 'folder' }];
    case 'getMedia':
      return [{ path: p.mediaFolder, kind: 'folder' }];
    case 'entriesByFiles':
      return files((p.files ?? []).map((/** @type {any} */ f) => f?.path));
    case 'getEntry':
    case 'getMediaFile':
    case 'deleteFile':
    case 'unpublishedEntryDataFile':
    case 'unpublishedEntryMediaFile':
    case 'entryHistory':
      return files(p.path);
    case 'restoreEntry':
      return files([p.path, p.source ?? p.path]);
    case 'deletedEntries':
      return [{ path: p.folder, kind: 'folder' }];
    case 'deleteFiles':
      return files(p.paths ?? []);
    case 'persistMedia':
      return files(p.asset?.path);
    case 'persistEntry': {
      const data = [...(p.entry ? [p.entry] : []), ...(Array.isArray(p.dataFiles) ? p.dataFiles : [])];
      return files([
        ...data.flatMap((/** @type {any} */ f) => (f?.newPath === undefined ? [f?.path] : [f?.path, f.newPath])),
        ...(Array.isArray(p.assets) ? p.assets : []).map((/** @type {any} */ a) => a?.path),
      ]);
    }
    default:
      return [];
  }
}

/**
 * @param {{ repo: string, logLevel?: string }} options
 * @returns {Promise<import('node:http').RequestListener & { listen: Function, recordImport?: ReturnType<typeof importRecorder> }>} an express app
 */
export async function createDecapApi({ repo, logLevel = 'warn' }) {
  const serverEntry = require.resolve('decap-server/dist/middlewares.js');
  // express is decap-server's own dependency: resolve it from there, not from the project.
  const express = createRequire(serverEntry)('express');
  const { registerLocalGit } = require(serverEntry);
  const checkout = resolve(repo);
  let cms;
  try {
    cms = await openCmsRepository(checkout);
  } catch (error) {
    // The site is still served; /admin/ shows why it cannot save.
    console.warn(`内容管理不可用：${/** @type {Error} */ (error).message}`);
    const app = express();
    app.disable('x-powered-by');
    app.use(DECAP_API_PATH, (/** @type {any} */ req, /** @type {any} */ res) => {
      if (!refuseNonLocalRequest(req, res))
        res.status(/** @type {any} */ (error).status ?? 500).json({ error: /** @type {Error} */ (error).message });
    });
    return app;
  }
  const root = cms.worktree;
  // Take decap-server's /api/v1 handlers (request validation, then the git backend) and
  // leave out what it registers with `use`: its permissive CORS rule and its request logger.
  /** @type {Function[]} */
  const handlers = [];
  const recorder = {
    use() {},
    post(/** @type {string} */ _path, /** @type {Function} */ handler) {
      handlers.push(handler);
    },
  };
  // decap-server reads the repository folder from the environment when it registers.
  const previous = process.env.GIT_REPO_DIRECTORY;
  process.env.GIT_REPO_DIRECTORY = root;
  try {
    await registerLocalGit(recorder, { logLevel });
  } finally {
    if (previous === undefined) delete process.env.GIT_REPO_DIRECTORY;
    else process.env.GIT_REPO_DIRECTORY = previous;
  }

  const app = express();
  app.disable('x-powered-by');
  app.use(DECAP_API_PATH, (/** @type {any} */ req, /** @type {any} */ res, /** @type {Function} */ next) => {
    if (!refuseNonLocalRequest(req, res)) next();
  });
  /** Refuses, before decap-server sees it, a request naming any path outside the CMS storage. */
  const storageOnly = (/** @type {any} */ req, /** @type {any} */ res, /** @type {Function} */ next) => {
    const checks = pathsOfRequest(req.body).map(async ({ path, kind }) => {
      const normal = allowedCmsPath(path, kind);
      return normal !== undefined && (await staysInsideCmsStorage(root, normal)) ? undefined : String(path);
    });
    Promise.all(checks).then(
      (refused) => {
        const bad = refused.filter((r) => r !== undefined);
        if (bad.length === 0) return next();
        res.status(403).json({ error: `内容管理只能读写内容目录和上传目录：${bad.join('、')}` });
      },
      (error) => next(error),
    );
  };
  app.post(DECAP_API_PATH, express.json({ limit: '50mb' }), storageOnly, createCmsWorkflow(cms), ...handlers);
  // 导入政策文件 (scripts/serve/importApi.mjs) saves through the same worktree, as a draft or a commit.
  app.recordImport = importRecorder(cms);
  return app;
}
