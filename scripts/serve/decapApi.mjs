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
import {
  allowedCmsPath,
  listedFileInside,
  mediaListing,
  renameProblem,
  staysInsideCmsStorage,
  writePathProblem,
} from './cmsStorage.mjs';
import { openCmsRepository } from './cmsGit.mjs';
import { createCmsWorkflow, importRecorder } from './cmsWorkflow.mjs';

const require = createRequire(import.meta.url);

/** The API path Decap's local backend posts to. */
export const DECAP_API_PATH = '/api/v1';
/** Largest request (an upload travels in base64 inside the JSON), in MB: the limit and its message. */
const MAX_REQUEST_MB = 50;

/** A request decap-server would not understand: answered 400, never a stack trace. */
class BadRequest extends Error {}

/**
 * The files a save writes (persistEntry: the entry or its data files), each with its new path
 * when it is renamed.
 * @param {any} body
 * @returns {{ path: unknown, newPath: unknown, raw: unknown }[]}
 */
export function writtenEntries(body) {
  if (body?.action !== 'persistEntry') return [];
  const p = body.params ?? {};
  return [...(p.entry ? [p.entry] : []), ...(Array.isArray(p.dataFiles) ? p.dataFiles : [])].map((f) => ({
    path: f?.path,
    newPath: f?.newPath,
    raw: f?.raw,
  }));
}

/**
 * Every path a write would create (entries, their new names, media): the paths writePathProblem judges.
 * @param {any} body
 * @returns {unknown[]}
 */
export function createdPaths(body) {
  const p = body?.params ?? {};
  if (body?.action === 'persistMedia') return [p.asset?.path];
  if (body?.action !== 'persistEntry') return [];
  return [
    ...writtenEntries(body).flatMap((f) => (f.newPath === undefined ? [f.path] : [f.path, f.newPath])),
    ...(Array.isArray(p.assets) ? p.assets : []).map((/** @type {any} */ a) => a?.path),
  ];
}

/** Where a content file is checked by the build's own rules, and how. */
const SITE_JSON = 'src/config/site.json';
const CONTENT_ENTRY = /^src\/content\/([a-z]+)\/.+\.md$/;

/**
 * Everything the build would refuse in a file a save writes, in Chinese, naming the file and the
 * field: the collection's schema and source checks for an entry (cms/entryTextCheck.ts), the site
 * schema for site.json. Empty when the build accepts it.
 * @param {string} path repository-relative path the file is saved at
 * @param {unknown} raw the file's text
 * @returns {Promise<string[]>}
 */
export async function entrySaveProblems(path, raw) {
  if (typeof raw !== 'string') return [`${path}：内容不是文本`];
  const where = (/** @type {(string | number)[]} */ field) => (field.length ? `字段 ${field.join('.')}：` : '');
  if (path === SITE_JSON) {
    let data;
    try {
      data = JSON.parse(raw);
    } catch {
      return [`${path}：不是有效的 JSON`];
    }
    const { siteSchema } = await import('../../src/config/siteSchema.ts');
    const result = siteSchema.safeParse(data);
    return result.success
      ? []
      : result.error.issues.map((i) => `${path}：${where(i.path.filter((k) => typeof k !== 'symbol'))}${i.message}`);
  }
  const collection = CONTENT_ENTRY.exec(path)?.[1];
  if (collection === undefined) return [];
  const { entryTextIssues } = await import('../../cms/entryTextCheck.ts');
  return entryTextIssues(collection, raw).issues.map((i) => `${path}：${where(i.path)}${i.message}`);
}

/**
 * Every path a request names, by action, with whether it names a file or a folder. Actions not
 * listed carry no path (info, getDeployPreview; the workflow actions name an entry by collection and
 * slug, checked by cmsWorkflow.mjs).
 * @param {any} body
 * @returns {{ path: unknown, kind: 'file' | 'folder' }[]}
 */
export function pathsOfRequest(body) {
  const p = body?.params ?? {};
  for (const key of ['files', 'paths', 'dataFiles', 'assets'])
    if (p[key] !== undefined && !Array.isArray(p[key])) throw new BadRequest(`参数 ${key} 应为列表`);
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
 * The storage rule for one request, before decap-server sees it: every path it names inside the
 * CMS storage (no symlink on the way), every path it creates named by writePathProblem's rule, a
 * rename only within its folder, and every saved file accepted by the build's own checks.
 * @param {string} root absolute repository folder
 * @param {any} body the request's JSON
 * @returns {Promise<{ status: number, error: string } | undefined>} the refusal, or undefined to go on
 */
export async function saveGuard(root, body) {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new BadRequest('请求应为 JSON 对象');
  const outside = [];
  for (const { path, kind } of pathsOfRequest(body)) {
    const normal = allowedCmsPath(path, kind);
    if (normal === undefined || !(await staysInsideCmsStorage(root, normal))) outside.push(String(path));
  }
  if (outside.length) return { status: 403, error: `内容管理只能读写内容目录和上传目录：${outside.join('、')}` };
  const names = createdPaths(body).flatMap((path) => {
    const problem = writePathProblem(path);
    return problem ? [`${String(path)}：${problem}`] : [];
  });
  if (names.length) return { status: 403, error: `文件名不合规则：${names.join('；')}` };
  const written = writtenEntries(body);
  // decap-server renames only when every data file has a new path.
  if (written.length && written.every((f) => f.newPath !== undefined))
    for (const f of written) {
      const problem = await renameProblem(root, String(f.path), String(f.newPath));
      if (problem) return { status: 403, error: `不能改名：${problem}` };
    }
  const problems = [];
  for (const f of written) problems.push(...(await entrySaveProblems(String(f.newPath ?? f.path), f.raw)));
  if (problems.length) return { status: 422, error: `无法保存：${problems.join('；')}` };
  return undefined;
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
    saveGuard(root, req.body).then(
      (refusal) => (refusal ? res.status(refusal.status).json({ error: refusal.error }) : next()),
      (error) => next(error),
    );
  };
  /** decap-server's listings follow symbolic links: only files really inside the storage are answered. */
  const listingsInside = (/** @type {any} */ req, /** @type {any} */ res, /** @type {Function} */ next) => {
    if (req.body?.action === 'getMedia') {
      const folder = allowedCmsPath(req.body.params?.mediaFolder, 'folder');
      if (folder === undefined) return next(new BadRequest('mediaFolder'));
      mediaListing(root, folder).then((list) => res.json(list), next);
      return;
    }
    if (req.body?.action !== 'entriesByFolder') return next();
    const json = res.json.bind(res);
    res.json = (/** @type {unknown} */ list) => {
      if (!Array.isArray(list)) return json(list);
      Promise.all(list.map((item) => listedFileInside(root, item?.file?.path ?? item?.path))).then(
        (inside) => json(list.filter((_item, i) => inside[i])),
        (error) => next(error),
      );
      return res;
    };
    next();
  };
  /** Any failure is answered as short Chinese JSON: no stack trace, no path of this machine. */
  const errorsAsJson = (
    /** @type {any} */ error,
    /** @type {any} */ _req,
    /** @type {any} */ res,
    /** @type {Function} */ _next,
  ) => {
    const status = error instanceof BadRequest || error?.type === 'entity.parse.failed' ? 400 : error?.status;
    if (status === 400)
      return res
        .status(400)
        .json({ error: `请求的格式不对${error instanceof BadRequest ? `：${error.message}` : ''}` });
    if (status === 413) return res.status(413).json({ error: `请求太大（上限 ${MAX_REQUEST_MB} MB）` });
    console.error('内容管理接口出错：', error);
    res.status(500).json({ error: '内容管理接口出错（详情见运行 npm start 的终端）' });
  };
  app.post(
    DECAP_API_PATH,
    express.json({ limit: `${MAX_REQUEST_MB}mb` }),
    storageOnly,
    listingsInside,
    createCmsWorkflow(cms),
    ...handlers,
  );
  // 导入政策文件 (scripts/serve/importApi.mjs) saves through the same worktree, as a draft or a commit.
  app.recordImport = importRecorder(cms);
  app.use(errorsAsJson);
  return app;
}
