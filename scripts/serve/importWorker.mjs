// One import from /admin/, in a worker thread (scripts/serve/importApi.mjs starts one per request):
// reading the library, unpacking a .docx and the importer's rules are CPU work that would otherwise
// hold up `npm start`'s event loop, so the site and /admin/ stop answering while a large file is read.
// The worker reads the library itself, so a save sees every document saved before it.
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { commitImport, planImport, readLibrary } from '../../src/lib/import/store.ts';
import { ImportError } from '../../src/lib/import/index.ts';
import { markedBlocks } from '../../src/lib/policies/bodyFormat.ts';
import { POLICY_DOC_TYPES } from '../../src/lib/import/metadata.ts';

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
    docTypes: POLICY_DOC_TYPES,
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

const tooLarge = (/** @type {number} */ limit) => `文件太大（上限 ${limit / 1024 / 1024} MB）。`;

/** The request's JSON. */
function parseBody(/** @type {Uint8Array} */ body) {
  try {
    return JSON.parse(Buffer.from(body).toString('utf8'));
  } catch {
    throw Object.assign(new Error('请求不是有效的 JSON。'), { status: 400 });
  }
}

/** { fileName, data (base64) } for an upload, { text, fileName? } for pasted text; slug and docType optional. */
function inputOf(body, maxSourceBytes) {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw Object.assign(new Error('请求的格式不对。'), { status: 400 });
  const slug = typeof body.slug === 'string' && body.slug.trim() ? body.slug.trim() : undefined;
  const docType = typeof body.docType === 'string' && body.docType ? body.docType : undefined;
  const chosen = { ...(slug ? { slug } : {}), ...(docType ? { docType } : {}) };
  if (typeof body.text === 'string') {
    const bytes = new TextEncoder().encode(body.text);
    if (bytes.length > maxSourceBytes) throw Object.assign(new Error(tooLarge(maxSourceBytes)), { status: 413 });
    // Pasted text is stored in seeds/ under a name of its own: the 网址名, or the text's fingerprint.
    const named = slug ?? `wenben-${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}`;
    const fileName = typeof body.fileName === 'string' && body.fileName ? body.fileName : `${named}.txt`;
    return { bytes, fileName, ...chosen };
  }
  if (typeof body.fileName !== 'string' || typeof body.data !== 'string') {
    throw Object.assign(new Error('请选择一个 .txt 或 .docx 文件，或粘贴文本。'), { status: 400 });
  }
  const bytes = new Uint8Array(Buffer.from(body.data, 'base64'));
  if (bytes.length > maxSourceBytes) throw Object.assign(new Error(tooLarge(maxSourceBytes)), { status: 413 });
  return {
    bytes,
    fileName: body.fileName,
    ...chosen,
  };
}

/** The file name the request names, for messages. */
let fileName = '';

/**
 * @param {{ body: Uint8Array, dirs: { outDir: string, sourceDir: string, outName: string }, save: boolean, maxSourceBytes: number }} job
 */
async function run({ body, dirs, save, maxSourceBytes }) {
  const json = parseBody(body);
  if (typeof json?.fileName === 'string') fileName = json.fileName;
  const input = inputOf(json, maxSourceBytes);
  fileName = input.fileName;
  // Only new documents from /admin/: a document with this slug or source is never replaced.
  const plan = await planImport({ ...input, replace: false }, dirs, readLibrary(dirs.outDir));
  if (plan.updates)
    throw new ImportError(
      `这份原文已导入为 ${dirs.outName}/${plan.updates.file}（${plan.updates.title}），不需要再次导入`,
    );
  if (!save) return { ok: true, saved: false, found: summary(plan, dirs) };
  commitImport(plan, input, dirs);
  return { ok: true, saved: true, found: summary(plan, dirs), sourceFile: `seeds/${plan.sourceFile}` };
}

run(workerData).then(
  (answer) => parentPort?.postMessage({ answer }),
  (error) =>
    parentPort?.postMessage({
      error: {
        refused: error?.name === 'ImportError',
        ...(typeof error?.status === 'number' ? { status: error.status } : {}),
        fileName,
        message: error instanceof Error ? error.message : String(error),
      },
    }),
);
