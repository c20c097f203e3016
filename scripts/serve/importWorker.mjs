// One import from /admin/, in a worker thread (scripts/serve/importApi.mjs starts one per request):
// reading the library, unpacking a .docx and the importer's rules are CPU work that would otherwise
// hold up `npm start`'s event loop, so the site and /admin/ stop answering while a large file is read.
// The worker reads the library itself, so a save sees every document saved before it.
import { parentPort, workerData } from 'node:worker_threads';
import { commitImport, planImport, readLibrary } from '../../src/lib/import/store.ts';
import { ImportError } from '../../src/lib/import/index.ts';
import { markedBlocks } from '../../src/lib/policies/bodyFormat.ts';

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
 * @param {{ input: import('../../src/lib/import/store.ts').ImportInput, dirs: { outDir: string, sourceDir: string, outName: string }, save: boolean }} job
 */
async function run({ input, dirs, save }) {
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
        message: error instanceof Error ? error.message : String(error),
      },
    }),
);
