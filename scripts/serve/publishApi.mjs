// 发布到正式网站 in /admin/ (local editing, an office without CI): POST /api/publish builds the
// production site (SITE_EXAMPLES=hide, into .site-builds/publish) and publishes it with the deploy
// module of `npm run deploy` (scripts/deploy/deploy.mjs) to the 发布目标 in src/config/site.json;
// {"action":"rollback"} switches the public site back to the previous release. GET /api/publish
// reports progress and the result. Refused while the site's build fails (the editor sees that
// build error) or when no target is set. Same guard as the other local APIs: loopback clients with a
// loopback Host, writes only as same-origin JSON.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deployTargetProblem } from '../../src/lib/deploy/deployTarget.ts';
import { deploy, rollback } from '../deploy/deploy.mjs';
import { parseBuildError } from './buildStatus.mjs';
import { localJsonRequestProblem, sendJson as send } from './localOrigin.mjs';
import { BUILDS_DIR } from './siteWatcher.mjs';

export const PUBLISH_API_PATH = '/api/publish';

const SITE_JSON = 'src/config/site.json';
const OUTPUT_LIMIT = 64 * 1024;
/** How long a publish waits for another deploy to the same target (e.g. the CI's). */
const WAIT_SECONDS = 60;

/** Why a request may not use the endpoint, or null when it may. */
function refuseRequest(req) {
  return localJsonRequestProblem(req, '发布接口', { reads: true });
}

async function readAction(req) {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 1024) break;
  }
  try {
    const action = JSON.parse(text)?.action;
    return action === 'publish' || action === 'rollback' ? action : null;
  } catch {
    return null;
  }
}

/** The 发布目标 from site settings, or throws the Chinese reason it cannot be used. */
function targetOf(repo) {
  let target;
  try {
    target = JSON.parse(readFileSync(join(repo, SITE_JSON), 'utf8')).deployTarget ?? '';
  } catch (error) {
    throw new Error(`${SITE_JSON} 无法读取：${error.message}`);
  }
  const problem = typeof target === 'string' ? deployTargetProblem(target) : '应为文字';
  if (!problem) return target;
  if (!String(target).trim())
    throw new Error(
      '尚未设置发布目标：请在“站点设置 → 网站信息 → 发布目标”中填写正式网站服务器上的网站目录（如 deploy@web.example.gov.cn:/srv/kepu-portal），保存后再发布。',
    );
  throw new Error(`${SITE_JSON}：字段 deployTarget（发布目标）：${problem}`);
}

/**
 * The production build (`SITE_EXAMPLES=hide npm run build`) into `out`.
 * @param {string} repo @param {string} out
 * @returns {Promise<{ ok: boolean, output: string }>}
 */
export function productionBuild(repo, out) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_EXAMPLES: 'hide' };
  const step = (args) =>
    new Promise((done) => {
      const child = spawn(process.execPath, args, { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      const keep = (chunk) => {
        output = (output + chunk).slice(-OUTPUT_LIMIT);
      };
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      child.on('error', (error) => done({ ok: false, output: `${output}\n${error.message}` }));
      child.on('close', (code) => done({ ok: code === 0, output }));
    });
  return (async () => {
    const astro = await step([join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out]);
    if (!astro.ok) return astro;
    return step([join(repo, 'scripts/build/indexSearch.ts'), '--dist', out]);
  })();
}

/**
 * @param {{
 *   repo: string,
 *   buildStatus?: { get(): { state: string, error: { file: string | null, field: string | null, message: string } | null } },
 *   build?: (repo: string, out: string) => Promise<{ ok: boolean, output: string }>,
 *   env?: NodeJS.ProcessEnv,
 * }} options buildStatus: the watcher's (npm start); build: the production build (tests replace it)
 * @returns {((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean) & { idle(): Promise<void> }}
 */
export function createPublishApi({ repo, buildStatus, build = productionBuild, env = process.env }) {
  const root = resolve(repo);
  /** @type {{ state: 'idle' | 'running' | 'done' | 'failed', action: string | null, target: string | null, log: string[], release: string | null, error: string | null, startedAt: string | null, finishedAt: string | null }} */
  let job = {
    state: 'idle',
    action: null,
    target: null,
    log: [],
    release: null,
    error: null,
    startedAt: null,
    finishedAt: null,
  };
  const log = (line) => {
    job.log = [...job.log, line].slice(-200);
  };

  async function publish(target) {
    const out = join(root, BUILDS_DIR, 'publish');
    rmSync(out, { recursive: true, force: true });
    log('正在构建正式版本（不含示例内容），需要一两分钟…');
    const started = Date.now();
    const result = await build(root, out);
    if (!result.ok || !existsSync(join(out, 'index.html'))) {
      const e = parseBuildError(result.output, env.KEPU_CONTENT_DIR || 'src/content');
      const where = [e.file ? `文件 ${e.file}` : '', e.field ? `字段 ${e.field}` : ''].filter(Boolean).join('，');
      throw new Error(`构建失败，没有发布任何内容：${where ? `${where}：` : ''}${e.message}`);
    }
    log(`构建完成（${Math.round((Date.now() - started) / 1000)} 秒）。正在发布到 ${target}…`);
    try {
      return await deploy(out, target, { waitSeconds: WAIT_SECONDS, log, env });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }

  function start(action, target) {
    job = {
      state: 'running',
      action,
      target,
      log: [],
      release: null,
      error: null,
      startedAt: new Date().toISOString(),
      finishedAt: null,
    };
    const work = action === 'publish' ? publish(target) : rollback(target, { waitSeconds: WAIT_SECONDS, log, env });
    return work.then(
      (release) => {
        log(action === 'publish' ? `已发布：正式网站现在是 ${release} 版。` : `已退回到 ${release} 版。`);
        job = { ...job, state: 'done', release, finishedAt: new Date().toISOString() };
      },
      (error) => {
        job = {
          ...job,
          state: 'failed',
          error: error instanceof Error ? error.message : String(error),
          finishedAt: new Date().toISOString(),
        };
      },
    );
  }

  /** @type {Promise<void>} */
  let running = Promise.resolve();
  const handler = (req, res) => {
    if ((req.url ?? '/').split('?')[0] !== PUBLISH_API_PATH) return false;
    const refused = refuseRequest(req);
    if (refused) {
      send(res, refused[0], { ok: false, error: refused[1] });
      return true;
    }
    if (req.method !== 'POST') {
      let target = null;
      let problem = null;
      try {
        target = targetOf(root);
      } catch (error) {
        problem = error.message;
      }
      send(res, 200, { ok: true, ...job, configuredTarget: target, targetProblem: problem });
      return true;
    }
    void (async () => {
      const action = await readAction(req);
      if (!action)
        return send(res, 400, { ok: false, error: '请求应为 {"action":"publish"} 或 {"action":"rollback"}。' });
      if (job.state === 'running') return send(res, 409, { ok: false, error: '正在发布，请等这一次完成。' });
      let target;
      try {
        target = targetOf(root);
      } catch (error) {
        return send(res, 400, { ok: false, error: error.message });
      }
      const site = buildStatus?.get();
      if (action === 'publish' && site?.state === 'failed') {
        const e = site.error;
        const where = [e?.file ? `文件 ${e.file}` : '', e?.field ? `字段 ${e.field}` : ''].filter(Boolean).join('，');
        return send(res, 409, {
          ok: false,
          error: `网站构建失败，不能发布：${where ? `${where}：` : ''}${e?.message ?? '构建出错'}。请先在内容管理中改正。`,
        });
      }
      running = start(action, target);
      send(res, 202, { ok: true, state: 'running', action, target });
    })();
    return true;
  };
  /** Resolves when the current publish or rollback has ended (tests). */
  handler.idle = () => running;
  return handler;
}
