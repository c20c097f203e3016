// Serves dist/ the way deploy/nginx/kepu-portal.conf does: the same security headers and CSP
// (read from the nginx snippets), gzip, long cache for /_astro/, the 404 page with status 404.
// Used by the CSP quality test and `npm run lighthouse`. Usage: node scripts/deployServer.mjs [--port N]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { MIME_TYPES } from './staticServer.mjs';
import { cacheControlFor, deployHeadersFor } from './deployHeaders.mjs';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|wasm)|image\/svg)/;

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
async function isDir(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** @param {{ root?: string }} [options] */
export function createDeployServer({ root = 'dist' } = {}) {
  const base = resolve(root);
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    const target = normalize(join(base, pathname));
    if (target !== base && !target.startsWith(base + sep)) return void res.writeHead(400).end();
    // try_files $uri $uri/ =404
    let file = target;
    let status = 200;
    if (!(await isFile(file))) {
      if (await isDir(target)) {
        if (!url.pathname.endsWith('/')) return void res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        file = join(target, 'index.html');
      }
      if (!(await isFile(file))) {
        status = 404;
        file = join(base, '404.html');
      }
    }
    const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    let body = await readFile(file);
    /** @type {Record<string, string | number>} */
    const headers = { ...deployHeadersFor(url.pathname), 'Cache-Control': cacheControlFor(url.pathname), 'Content-Type': type, Vary: 'Accept-Encoding' };
    if (COMPRESSIBLE.test(type) && body.length >= 256 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 6 });
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, host: { type: 'string', default: '127.0.0.1' }, root: { type: 'string', default: 'dist' } } });
  const server = createDeployServer({ root: values.root });
  server.listen(Number(values.port), values.host, () => console.log(`dist/ with deploy headers: http://${values.host}:${values.port}/`));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
}
