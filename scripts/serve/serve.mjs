// `npm start` serves the built site from dist/ on localhost (PORT overrides 4321) and runs
// decap-server for /admin/: it writes into this folder's src/content/ (or --cms-repo), answers
// on the site's own origin at /api/v1 (so /admin/ makes no cross-origin request) and, for tools
// that expect it there, on its usual port 8081 too. Both ports answer only requests addressed to
// a loopback name, and the API only writes from its own origin (scripts/serve/localOrigin.mjs).
// With --watch (what `npm start` uses) it also rebuilds the site whenever src/content, src/assets
// or src/config change (scripts/serve/siteWatcher.mjs) and reports the build at /api/build-status.
// Usage: node scripts/serve/serve.mjs [--port N] [--host H] [--root dist] [--no-cms] [--cms-port 8081|0] [--cms-repo DIR] [--watch]
// First: the CMS API's save check loads the build's TypeScript modules.
import './tsModules.mjs';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createStaticServer } from './staticServer.mjs';
import { createDecapApi, DECAP_API_PATH } from './decapApi.mjs';
import { buildStatusHandler, createBuildStatus } from './buildStatus.mjs';
import { refuseNonLocalRequest } from './localOrigin.mjs';
import { createImportApi } from './importApi.mjs';
import { createPublishApi } from './publishApi.mjs';
import { createSiteWatcher } from './siteWatcher.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: process.env.HOST ?? 'localhost' },
    root: { type: 'string', default: 'dist' },
    'no-cms': { type: 'boolean', default: false },
    'cms-port': { type: 'string', default: process.env.DECAP_SERVER_PORT ?? '8081' },
    'cms-repo': { type: 'string', default: '.' },
    watch: { type: 'boolean', default: false },
    'no-initial-build': { type: 'boolean', default: false },
  },
});

/** @type {ReturnType<typeof createSiteWatcher> | undefined} */
let watcher;
/** @type {((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean) | undefined} */
let statusFallback;
let builtAtStart = false;
/** @type {ReturnType<typeof createBuildStatus> | undefined} */
let status;
if (values.watch) {
  status = createBuildStatus();
  statusFallback = buildStatusHandler(status);
  watcher = createSiteWatcher({ dist: values.root, status });
  // A first build when there is nothing to serve yet; otherwise serve the last build at once and
  // rebuild in the background.
  if (!existsSync(values.root)) {
    console.log('正在构建网站（第一次需要一两分钟）…');
    await watcher.rebuild();
    builtAtStart = true;
  }
}

if (!existsSync(values.root)) {
  console.error(`找不到 ${values.root}/：请先运行 npm run build。`);
  process.exit(1);
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** @type {import('node:http').Server[]} */
const servers = [];
let fallback;

if (!values['no-cms']) {
  const api = await createDecapApi({ repo: values['cms-repo'] });
  // 导入政策文件 in /admin/: the importer behind /api/import (checks its own Host, Origin and client).
  const importApi = createImportApi({ repo: values['cms-repo'], record: api.recordImport });
  // 发布到正式网站 in /admin/: the production build and `npm run deploy`'s deploy module, from the
  // project the site is built from (as the watcher builds it).
  const publishApi = createPublishApi({ repo: '.', buildStatus: status });
  fallback = (req, res) => {
    if (importApi(req, res) || publishApi(req, res)) return true;
    const path = (req.url ?? '/').split('?')[0];
    if (path !== DECAP_API_PATH) return false;
    // The Host/Origin rule has already run (requestGuard below); this also refuses another
    // machine that names this one `localhost` in its Host header.
    // The API writes files: answer this machine only, even if the site is served to the network.
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('本地编辑接口只接受本机访问。');
      return true;
    }
    api(req, res);
    return true;
  };
  const cmsPort = Number(values['cms-port']);
  if (cmsPort > 0) {
    const cms = api.listen(cmsPort, '127.0.0.1', () => {
      console.log(
        `decap-server 已启动：http://127.0.0.1:${cmsPort}${DECAP_API_PATH}（内容目录 ${values['cms-repo']}）`,
      );
    });
    // Another decap-server may hold the port; /admin/ does not need it (it uses the site's origin).
    cms.on('error', (error) =>
      console.warn(`decap-server 未能监听端口 ${cmsPort}：${error.message}；/admin/ 仍可使用。`),
    );
    servers.push(cms);
  }
}

const cmsFallback = fallback;
if (statusFallback) fallback = (req, res) => statusFallback(req, res) || (cmsFallback?.(req, res) ?? false);
const server = createStaticServer({ root: values.root, fallback, requestGuard: refuseNonLocalRequest });
servers.push(server);
server.listen(Number(values.port), values.host, () => {
  // The port actually bound (--port 0 picks a free one; tests read it from this line).
  const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  console.log(`科普门户已启动：http://${values.host}:${port}/`);
  if (cmsFallback) console.log(`内容管理：http://${values.host}:${port}/admin/（本地编辑，点“登录”即可）`);
  if (watcher) console.log('保存内容后网站会自动重新构建（状态见 /admin/ 底部）。');
});
void watcher?.start({ initial: !builtAtStart && !values['no-initial-build'] });

function stop() {
  watcher?.close();
  let open = servers.length;
  const done = () => {
    open -= 1;
    if (open <= 0) process.exit(0);
  };
  for (const s of servers) {
    if (s.listening) s.close(done);
    else done();
    s.closeAllConnections?.();
  }
  // Never hang on a stuck connection.
  setTimeout(() => process.exit(0), 2000).unref();
}

for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, stop);
