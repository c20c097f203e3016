// The CMS's 导入政策文件 endpoint: /admin/ posts a .txt or .docx (or pasted text) here; it runs the
// importer (src/lib/import, the same modules as `npm run import`) to show what it found, and saves
// through the same writer: the source into seeds/, the document into src/content/policies/, nothing
// else. Local editing only: it answers loopback clients with a loopback Host and same-origin JSON
// POSTs (a page on another origin cannot make the browser send those), like decap-server's API beside it.
import { resolve } from 'node:path';
import { ImportError } from '../../src/lib/import/index.ts';
import { commitImport, planImport, readLibrary } from '../../src/lib/import/store.ts';
import { markedBlocks } from '../../src/lib/policies/bodyFormat.ts';
import { localRequestProblem } from './localOrigin.mjs';

export const IMPORT_API_PATH = '/api/import';

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
/** Largest request accepted (a .docx with images can be large; its base64 is a third larger). */
const MAX_BODY = 40 * 1024 * 1024;

function send(res, status, body) {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}

/** Why a request may not use the endpoint, or null when it may. */
export function refuseRequest(req) {
  if (!LOOPBACK_ADDRESSES.has(req.socket.remoteAddress ?? '')) return [403, '导入接口只接受本机访问。'];
  if (req.method !== 'POST') return [405, '导入接口只接受 POST 请求。'];
  // The Host and Origin rule every local server follows (loopback name, same origin).
  const problem = localRequestProblem(req);
  if (problem) return [403, `导入接口只接受本站页面（同源）的请求（${problem}）。`];
  const site = req.headers['sec-fetch-site'];
  if (site && site !== 'same-origin') return [403, '导入接口只接受本站页面（同源）的请求。'];
  if (!/^application\/json\b/u.test(req.headers['content-type'] ?? '')) return [415, '请求应为 JSON。'];
  return null;
}

async function readJson(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw Object.assign(new Error('文件太大（上限 30 MB）。'), { status: 413 });
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw Object.assign(new Error('请求不是有效的 JSON。'), { status: 400 });
  }
}

/** { fileName, data (base64) } for an upload, { text, fileName? } for pasted text. */
function inputOf(body) {
  const slug = typeof body.slug === 'string' && body.slug.trim() ? body.slug.trim() : undefined;
  if (typeof body.text === 'string') {
    const bytes = new TextEncoder().encode(body.text);
    const fileName = typeof body.fileName === 'string' && body.fileName ? body.fileName : `${slug ?? 'pasted'}.txt`;
    return { bytes, fileName, ...(slug ? { slug } : {}) };
  }
  if (typeof body.fileName !== 'string' || typeof body.data !== 'string') {
    throw Object.assign(new Error('请选择一个 .txt 或 .docx 文件，或粘贴文本。'), { status: 400 });
  }
  return {
    bytes: new Uint8Array(Buffer.from(body.data, 'base64')),
    fileName: body.fileName,
    ...(slug ? { slug } : {}),
  };
}

/** What the editor sees before saving. */
function summary(plan, dirs) {
  const d = plan.result.data;
  const headings = markedBlocks(plan.result.body)
    .filter((b) => b.level >= 2)
    .map((b) => ({ level: b.level, text: b.text }));
  return {
    title: d.title,
    slug: d.slug,
    issuer: d.issuer,
    docNumber: d.docNumber,
    docNumberAsPrinted: d.docNumberAsPrinted ?? null,
    docNumberIncomplete: d.docNumberIncomplete,
    issuedDate: d.issuedDate,
    docType: d.docType,
    status: d.status,
    documentTitle: d.documentTitle,
    attachments: d.attachments ?? [],
    headings,
    tables: d.tables.map((t) => ({ caption: t.caption, columns: t.headers[0]?.length ?? 0, rows: t.rows.length })),
    characters: plan.characters,
    source: d.source,
    file: `${dirs.outName}/${plan.outFile}`,
  };
}

/**
 * @param {{ repo: string, record?: (req: any, entry: { slug: string, title: string }, write: (root: string) => void) => Promise<{ draft: boolean }> }} options
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
        const input = inputOf(await readJson(req));
        fileName = input.fileName;
        // Only new documents from /admin/: a document with this slug or source is never replaced.
        const plan = await planImport({ ...input, replace: false }, dirs, readLibrary(dirs.outDir));
        if (plan.updates)
          throw new ImportError(
            `这份原文已导入为 ${dirs.outName}/${plan.updates.file}（${plan.updates.title}），不需要再次导入`,
          );
        if (save) {
          let draft = false;
          if (record) {
            const root = (/** @type {string} */ dir) => ({
              ...dirs,
              outDir: resolve(dir, dirs.outName),
              sourceDir: resolve(dir, 'seeds'),
            });
            const slug = plan.result.data.slug;
            ({ draft } = await record(req, { slug, title: plan.result.data.title }, (dir) =>
              commitImport(plan, input, root(dir)),
            ));
          } else commitImport(plan, input, dirs);
          const found = summary(plan, dirs);
          send(res, 200, { ok: true, saved: true, draft, found, sourceFile: `seeds/${plan.sourceFile}` });
        } else send(res, 200, { ok: true, saved: false, found: summary(plan, dirs) });
      } catch (error) {
        const status = error?.status ?? (error?.name === 'ImportError' ? 422 : 500);
        const message = error instanceof Error ? error.message : String(error);
        send(res, status, { ok: false, error: fileName ? `${fileName}：${message}` : message });
      }
    })();
    return true;
  };
}
