// The state of the latest site build, as the local server reports it to /admin/ (GET
// /api/build-status): 正在更新 while a build runs, 已更新 with its time, or 更新失败 with the file,
// field and message the build printed, so an editor can fix the entry in the CMS.

/** Public path of the JSON status (served by scripts/serve/serve.mjs, read by cms/buildStatusBar.ts). */
export const BUILD_STATUS_PATH = '/api/build-status';

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
/** A project error line: "<file>：字段 <field>：<message>" (src/lib/*: clause refs, topics, events …). */
const FIELD_LINE = /([\w./-]+\.(?:mdx?|json|ya?ml))[：:]\s*字段\s*([^\s：:]+)\s*[：:]\s*(.+)/u;
/** A project error line naming only the file. */
const FILE_LINE =
  /([\w./-]*(?:src\/content|src\/config|src\/assets)[\w./-]*\.(?:mdx?|json|ya?ml|png|jpe?g|webp|svg))[：:]\s*(.+)/u;
/** Astro's schema error: "<collection> → <id> data does not match collection schema." then "**field**: message". */
const ASTRO_SCHEMA =
  /(\w+)\s*→\s*(\S+)\s+data does not match collection schema\.?[\s\S]*?\*{0,2}([\w.]+)\*{0,2}\s*:\s*([^\n]+)/u;

/**
 * Finds, in a failed build's output, the file, the field and the message to show the editor.
 * @param {string} output
 * @param {string} [contentDir] where the collections live, to name the file of an Astro schema error
 * @returns {{ file: string | null, field: string | null, message: string }}
 */
export function parseBuildError(output, contentDir = 'src/content') {
  const text = output.replace(ANSI, '').replace(/\r/g, '');
  const lines = text.split('\n').map((l) => l.trim().replace(/^[-•]\s+/, ''));
  for (const line of lines) {
    const m = FIELD_LINE.exec(line);
    if (m) return { file: m[1], field: m[2], message: m[3].trim() };
  }
  const astro = ASTRO_SCHEMA.exec(text);
  if (astro) return { file: `${contentDir}/${astro[1]}/${astro[2]}.md`, field: astro[3], message: astro[4].trim() };
  for (const line of lines) {
    const m = FILE_LINE.exec(line);
    if (m) return { file: m[1], field: null, message: m[2].trim() };
  }
  const error =
    lines.find((l) => /error|错误|失败|有误/i.test(l) && l.length > 8) ?? lines.filter(Boolean).pop() ?? '构建失败';
  return { file: null, field: null, message: error.replace(/^\[?ERROR\]?\s*/i, '') };
}

/** What the incremental build prints when Astro is done and the search index is made (scripts/build/buildIncremental.ts). */
const INDEX_STEP = /正在建立搜索索引/u;

/**
 * The status of the latest build, in memory. While building, `step` says where it is: pages
 * (构建页面, Astro), index (建立索引, the search index), publish (发布, the new build replaces the served one).
 * @param {{ now?: () => Date }} [options]
 */
export function createBuildStatus({ now = () => new Date() } = {}) {
  /** @type {{ state: 'idle' | 'building' | 'ok' | 'failed', step: 'pages' | 'index' | 'publish' | null, startedAt: string | null, finishedAt: string | null, lastSuccessAt: string | null, durationMs: number | null, error: { file: string | null, field: string | null, message: string } | null }} */
  const status = {
    state: 'idle',
    step: null,
    startedAt: null,
    finishedAt: null,
    lastSuccessAt: null,
    durationMs: null,
    error: null,
  };
  let started = 0;
  return {
    get: () => ({ ...status }),
    building() {
      started = now().getTime();
      Object.assign(status, { state: 'building', step: 'pages', startedAt: new Date(started).toISOString() });
    },
    /** @param {string} output a piece of the build's printed output */
    progress(output) {
      if (status.state === 'building' && status.step === 'pages' && INDEX_STEP.test(output)) status.step = 'index';
    },
    publishing() {
      if (status.state === 'building') status.step = 'publish';
    },
    succeeded() {
      const at = now();
      Object.assign(status, {
        state: 'ok',
        step: null,
        finishedAt: at.toISOString(),
        lastSuccessAt: at.toISOString(),
        durationMs: at.getTime() - started,
        error: null,
      });
    },
    /** @param {string} output the build's printed output @param {string} [contentDir] */
    failed(output, contentDir) {
      const at = now();
      Object.assign(status, {
        state: 'failed',
        step: null,
        finishedAt: at.toISOString(),
        durationMs: at.getTime() - started,
        error: parseBuildError(output, contentDir),
      });
    },
  };
}

/**
 * A request handler for the status path; returns false for any other path.
 * @param {{ get(): object }} status
 */
export function buildStatusHandler(status) {
  return (
    /** @type {import('node:http').IncomingMessage} */ req,
    /** @type {import('node:http').ServerResponse} */ res,
  ) => {
    if ((req.url ?? '/').split('?')[0] !== BUILD_STATUS_PATH) return false;
    res
      .writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
      .end(JSON.stringify(status.get()));
    return true;
  };
}
