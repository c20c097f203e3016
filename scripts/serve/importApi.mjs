// The CMS's 导入政策文件 endpoint: /admin/ posts a .txt or .docx (or pasted text) here; it runs the
// importer (src/lib/import, the same modules as `npm run import`) to show what it found, and saves
// through the same writer: the source into seeds/, the document into src/content/policies/, nothing
// else. Local editing only: it answers loopback clients with a loopback Host and same-origin JSON
// POSTs (a page on another origin cannot make the browser send those), like decap-server's API beside it.
import { resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { localJsonRequestProblem, sendJson as send } from './localOrigin.mjs';

export const IMPORT_API_PATH = '/api/import';

/** Largest source file accepted (a .docx with images can be large). */
export const MAX_SOURCE_BYTES = 30 * 1024 * 1024;
/** Largest request: the file in base64 (a third larger) and a little JSON around it. */
const MAX_BODY = Math.ceil((MAX_SOURCE_BYTES * 4) / 3) + 64 * 1024;
const TOO_LARGE = `文件太大（上限 ${MAX_SOURCE_BYTES / 1024 / 1024} MB）。`;
/** An import that takes longer than this is stopped (no real notice comes near it). */
const IMPORT_TIMEOUT_MS = 120_000;
/** Heap of one import's worker: a hostile file stops the worker, never the server. */
const WORKER_HEAP_MB = 1024;

/** Why a request may not use the endpoint, or null when it may. */
export function refuseRequest(req) {
  return localJsonRequestProblem(req, '导入接口');
}

/** The request body, refused past MAX_BODY. Parsed in the worker: 40 MB of JSON is CPU work too. */
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw Object.assign(new Error(TOO_LARGE), { status: 413 });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Runs one import in a worker thread (scripts/serve/importWorker.mjs), with a heap cap and a time limit.
 * @returns {Promise<object>} the answer to send; rejects with { refused, message } or an Error
 */
function runImport(job) {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./importWorker.mjs', import.meta.url), {
      workerData: job,
      // The body moves to the worker without a copy.
      transferList: [job.body.buffer],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (fn, value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn(value);
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(fail, {
          refused: true,
          status: 503,
          message: `导入超过 ${IMPORT_TIMEOUT_MS / 1000} 秒，已停止，未写入`,
        }),
      IMPORT_TIMEOUT_MS,
    );
    worker.on('message', (m) => (m.error ? settle(fail, m.error) : settle(done, m.answer)));
    worker.on('error', (error) =>
      settle(
        fail,
        error?.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { refused: true, status: 413, message: '文件解析所需内存过大，已停止，未写入' }
          : error,
      ),
    );
    worker.on('exit', () => settle(fail, new Error('import worker stopped without an answer')));
  });
}

/**
 * @param {{ repo: string, record?: (req: any, entry: { slug: string, title: string }, write: (root: string) => Promise<void>) => Promise<{ draft: boolean }> }} options
 *   the project folder: writes go to <repo>/src/content/policies and <repo>/seeds only; with `record`
 *   (the local CMS's, scripts/serve/cmsWorkflow.mjs) they go through git instead: a draft or a commit
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean} true when it answered
 */
export function createImportApi({ repo, record }) {
  const dirs = {
    outDir: resolve(repo, 'src/content/policies'),
    sourceDir: resolve(repo, 'seeds'),
    outName: 'src/content/policies',
  };
  const root = resolve(repo);
  /** Messages name files relative to the project, never by the machine's paths. */
  const withoutRoot = (/** @type {string} */ text) => text.replaceAll(`${root}${sep}`, '').replaceAll(root, '.');
  // Saves one at a time: each save's worker reads the library after the previous save wrote to it,
  // so two saves of one slug (or one source) cannot both succeed.
  let saving = Promise.resolve();
  /** Where a save writes when it goes through the CMS's worktree (`record`): the same folders there. */
  const inWorktree = (/** @type {string} */ dir) => ({
    ...dirs,
    outDir: resolve(dir, dirs.outName),
    sourceDir: resolve(dir, 'seeds'),
  });
  /**
   * A save through git: the worker plans the document against the site's library to name it, then
   * writes it into the CMS's worktree (re-reading the library there) inside the draft or commit `record` makes.
   */
  async function recordedSave(/** @type {any} */ req, /** @type {any} */ job) {
    // The worker takes the body without a copy: the second run needs its own.
    const preview = await runImport({ ...job, body: job.body.slice(), save: false });
    /** @type {any} */
    let written;
    const { draft } = await /** @type {NonNullable<typeof record>} */ (record)(
      req,
      { slug: preview.found.slug, title: preview.found.title },
      async (dir) => {
        written = await runImport({ ...job, dirs: inWorktree(dir) });
      },
    );
    return { ...written, draft };
  }
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== `${IMPORT_API_PATH}/preview` && path !== `${IMPORT_API_PATH}/save`) return false;
    const refused = refuseRequest(req);
    if (refused) {
      send(res, refused[0], { ok: false, error: refused[1] });
      return true;
    }
    const save = path.endsWith('/save');
    (async () => {
      let fileName = '';
      try {
        const body = new Uint8Array(await readBody(req));
        const job = { body, dirs, save, maxSourceBytes: MAX_SOURCE_BYTES };
        let answer;
        if (save) {
          const turn = saving.then(() => (record ? recordedSave(req, job) : runImport(job)));
          saving = turn.catch(() => undefined);
          answer = await turn;
        } else answer = await runImport(job);
        send(res, 200, answer);
      } catch (error) {
        if (typeof error?.fileName === 'string') fileName = error.fileName;
        const known = error?.refused === true || typeof error?.status === 'number';
        // Anything unforeseen is logged here and answered briefly: no stack trace, no machine path.
        if (!known) console.error('导入接口出错：', error);
        const status = error?.status ?? (error?.refused ? 422 : 500);
        const message = known ? withoutRoot(String(error.message)) : '导入时出错（详情见运行 npm start 的终端）。';
        send(res, status, { ok: false, error: fileName ? `${fileName}：${message}` : message });
      }
    })();
    return true;
  };
}
