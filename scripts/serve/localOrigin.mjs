// The one rule every local server follows (npm start, astro dev, the CMS API port): it answers
// only requests addressed to this machine by a loopback name, and takes writes only from its
// own origin. The Host check defeats DNS rebinding (evil.example resolving to 127.0.0.1 still
// sends `Host: evil.example`); the Origin check stops any other web page, including pages on
// other localhost ports, from posting to the local CMS API.

/** Host names (as they appear in a Host header, IPv6 in brackets) that mean "this machine". */
export const LOOPBACK_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * Splits a Host header into name and port; undefined when it is not a plain host[:port].
 * @param {string} host
 */
export function parseHost(host) {
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(host);
  if (!m) return undefined;
  return { name: m[1].toLowerCase(), port: m[2] === undefined ? undefined : Number(m[2]) };
}

/**
 * Why a request must be refused, or undefined when it may be answered.
 * @param {{ method?: string, headers: Record<string, string | string[] | undefined>, socket?: { localPort?: number } }} req
 * @returns {string | undefined}
 */
export function localRequestProblem(req) {
  const host = typeof req.headers.host === 'string' ? req.headers.host : '';
  const parsed = parseHost(host);
  if (!parsed || !LOOPBACK_HOSTNAMES.has(parsed.name)) return `Host ${JSON.stringify(host)} is not a loopback name`;
  // A port in the Host header must be the one this server listens on (another local port is
  // another origin); without a port the client used the scheme's default.
  const localPort = req.socket?.localPort;
  if (parsed.port !== undefined && localPort !== undefined && parsed.port !== localPort)
    return `Host port ${parsed.port} is not this server's port ${localPort}`;
  if (SAFE_METHODS.has((req.method ?? 'GET').toUpperCase())) return undefined;
  const origin = req.headers.origin;
  if (origin !== `http://${host.toLowerCase()}`)
    return `Origin ${JSON.stringify(origin ?? null)} is not this site's own (http://${host})`;
  return undefined;
}

/**
 * Request guard for Node http servers and connect/express middleware stacks: answers 403 and
 * returns true when the request must not be served, returns false otherwise.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function refuseNonLocalRequest(req, res) {
  const problem = localRequestProblem(req);
  if (!problem) return false;
  res
    .writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' })
    .end(`本地服务只接受本机地址的访问（${problem}）。`);
  return true;
}

/** The same guard as connect/express middleware. */
export function localRequestsOnly(req, res, next) {
  if (!refuseNonLocalRequest(req, res)) next();
}

/** Client addresses of this machine (an IPv4 client on a dual-stack socket shows as ::ffff:127.0.0.1). */
const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Why a request may not use one of the local JSON endpoints (导入, 发布), as [status, Chinese message],
 * or null when it may: a client on this machine, the Host and Origin rule above, a same-origin fetch
 * and a JSON body. `name` names the endpoint in the message; `reads` lets GET and HEAD through.
 * @param {import('node:http').IncomingMessage} req
 * @param {string} name
 * @param {{ reads?: boolean }} [options]
 * @returns {[number, string] | null}
 */
export function localJsonRequestProblem(req, name, { reads = false } = {}) {
  if (!LOOPBACK_ADDRESSES.has(req.socket.remoteAddress ?? '')) return [403, `${name}只接受本机访问。`];
  const problem = localRequestProblem(req);
  if (problem) return [403, `${name}只接受本站页面（同源）的请求（${problem}）。`];
  if (reads && SAFE_METHODS.has(req.method ?? 'GET')) return null;
  if (req.method !== 'POST') return [405, `${name}只接受 ${reads ? 'GET 和 POST' : 'POST'} 请求。`];
  const site = req.headers['sec-fetch-site'];
  if (site && site !== 'same-origin') return [403, `${name}只接受本站页面（同源）的请求。`];
  if (!/^application\/json\b/u.test(req.headers['content-type'] ?? '')) return [415, '请求应为 JSON。'];
  return null;
}

/**
 * Answers a local endpoint's JSON: never cached, never sniffed as another type.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 */
export function sendJson(res, status, body) {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}
