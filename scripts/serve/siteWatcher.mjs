// Rebuilds the site when its content changes, for `npm start`: a save in /admin/ (decap-server
// writes src/content/ or src/assets/uploads/) or any edit under src/content, src/assets or
// src/config starts a build after a short pause. Each build goes into a fresh folder and replaces
// dist/ only when it succeeds, in one synchronous pair of renames: the server keeps serving the
// last good build while building and after a failure, and a failed build never empties dist/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, watch } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

/** Folders whose changes rebuild the site. */
export const WATCHED = ['src/content', 'src/assets', 'src/config'];
/** Where builds are made before they replace dist/ (same file system, so renames are atomic). */
export const BUILDS_DIR = '.site-builds';
const OUTPUT_LIMIT = 64 * 1024;

/**
 * Runs the project's incremental build (Astro with its caches kept, then the search index with
 * each unchanged page's records reused; scripts/build/buildIncremental.ts) into `out`. Its output equals
 * a clean build's; only pages whose content or inputs changed are rendered again.
 * @param {string} cwd @param {string} out
 * @param {(text: string) => void} [onOutput] each piece of output as it is printed (the status follows the steps)
 * @returns {Promise<{ ok: boolean, output: string }>}
 */
export function buildInto(cwd, out, onOutput) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(cwd, 'scripts/build/buildIncremental.ts'), '--out-dir', out], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (/** @type {Buffer} */ chunk) => {
      const text = chunk.toString('utf8');
      output = (output + text).slice(-OUTPUT_LIMIT);
      onOutput?.(text);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => done({ ok: false, output: `${output}\n${error.message}` }));
    child.on('close', (code) => done({ ok: code === 0, output }));
  });
}

/**
 * 网站自查 of the site just swapped in (`npm run inspect -- --warn-only`), in the background: its
 * report (dist/admin/inspection.json) feeds the CMS's 网站自查 panel; the site is already live, so
 * the check never delays it. Nothing happens where the project has no inspect script.
 * @param {string} cwd @param {string} dist
 */
export function inspectSite(cwd, dist) {
  const script = join(cwd, 'scripts/inspect/inspect.ts');
  if (!existsSync(script)) return;
  const child = spawn(process.execPath, [script, '--dist', relative(cwd, dist), '--warn-only'], {
    cwd,
    stdio: 'ignore',
  });
  child.on('error', () => {});
  child.unref();
}

/**
 * Replaces `dist` by `next` with two renames in the same tick (no request is served between them).
 * @param {string} next @param {string} dist @param {string} graveyard
 */
export function swapIn(next, dist, graveyard) {
  const old = join(graveyard, `old-${Date.now()}`);
  const hadOld = existsSync(dist);
  if (hadOld) renameSync(dist, old);
  try {
    renameSync(next, dist);
  } catch (error) {
    if (hadOld) renameSync(old, dist);
    throw error;
  }
  if (hadOld) void rm(old, { recursive: true, force: true });
}

/**
 * @param {{
 *   cwd?: string, dist?: string, debounceMs?: number, watched?: string[],
 *   status: ReturnType<typeof import('./buildStatus.mjs').createBuildStatus>,
 *   build?: (cwd: string, out: string, onOutput?: (text: string) => void) => Promise<{ ok: boolean, output: string }>,
 *   log?: (line: string) => void,
 * }} options
 */
export function createSiteWatcher({
  cwd = '.',
  dist = 'dist',
  debounceMs = 400,
  watched = WATCHED,
  status,
  build = buildInto,
  log = console.log,
}) {
  const root = resolve(cwd);
  const distPath = resolve(root, dist);
  const builds = join(root, BUILDS_DIR);
  /** @type {import('node:fs').FSWatcher[]} */
  const watchers = [];
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  let running = false;
  let again = false;
  /** @type {Promise<void>} */
  let idle = Promise.resolve();

  async function runOnce() {
    // Always the same folder: Astro's incremental cache is kept per output path. swapIn moves it
    // away on success; a failed build's leftovers are removed before the next.
    const out = join(builds, 'next');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(builds, { recursive: true });
    status.building();
    log('内容有变化：正在重新构建网站…');
    const result = await build(root, out, (text) => status.progress(text));
    if (result.ok && existsSync(join(out, 'index.html'))) {
      status.publishing();
      swapIn(out, distPath, builds);
      status.succeeded();
      inspectSite(root, distPath);
      log(`网站已更新（${status.get().durationMs} ms）。`);
    } else {
      rmSync(out, { recursive: true, force: true });
      status.failed(result.output, process.env.KEPU_CONTENT_DIR || 'src/content');
      const e = status.get().error;
      log(
        `网站更新失败，仍在提供上一次成功的版本：${e?.file ?? ''} ${e?.field ? `字段 ${e.field}` : ''} ${e?.message ?? ''}`,
      );
    }
  }

  function run() {
    if (running) {
      again = true;
      return idle;
    }
    running = true;
    idle = (async () => {
      try {
        do {
          again = false;
          await runOnce().catch((/** @type {Error} */ error) => status.failed(String(error?.stack ?? error)));
        } while (again);
      } finally {
        running = false;
      }
    })();
    return idle;
  }

  /** Schedules a rebuild after `debounceMs` without further changes. */
  function changed() {
    clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  }

  return {
    /** Starts watching; rebuilds now too when `initial` is set. */
    start({ initial = false } = {}) {
      for (const dir of watched) {
        const path = join(root, dir);
        if (!existsSync(path)) continue;
        const w = watch(path, { recursive: true }, changed);
        w.on('error', (error) => log(`无法监视 ${dir}：${error.message}`));
        watchers.push(w);
      }
      if (initial) return run();
      return Promise.resolve();
    },
    /** Resolves when no build is running or scheduled. */
    whenIdle: () => idle,
    rebuild: run,
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
