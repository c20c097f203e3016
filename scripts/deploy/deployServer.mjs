// Serves dist/ the way deploy/nginx/kepu-portal.conf does: the same security headers and CSP
// (read from the nginx snippets), gzip, long cache for /_astro/, the 404 page with status 404.
// Used by the CSP quality test and `npm run lighthouse`. Usage: node scripts/deploy/deployServer.mjs [--port N]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { resolveStaticPath } from '../serve/staticServer.mjs';
import { DEFAULT_TYPE, MIME_TYPES } from '../serve/mimeTypes.mjs';
import { cacheControlFor, deployHeadersFor } from './deployHeaders.mjs';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|wasm)|image\/svg)/;

/** @param {{ root?: string }} [options] */
export function createDeployServer({ root = 'dist' } = {}) {
  const base = resolve(root);
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = await resolveStaticPath(base, url);
    if (found.kind === 'bad') return void res.writeHead(400).end();
    if (found.kind === 'redirect') return void res.writeHead(301, { Location: found.location }).end();
    if (found.kind === 'missing')
      return void res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404');
    const { file, status } = found;
    const type = MIME_TYPES[extname(file).toLowerCase()] ?? DEFAULT_TYPE;
    let body = await readFile(file);
    /** @type {Record<string, string | number>} */
    const headers = {
      ...deployHeadersFor(url.pathname),
      'Cache-Control': cacheControlFor(url.pathname),
      'Content-Type': type,
      Vary: 'Accept-Encoding',
    };
    if (
      COMPRESSIBLE.test(type) &&
      body.length >= 256 &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    ) {
      body = gzipSync(body, { level: 6 });
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      root: { type: 'string', default: 'dist' },
    },
  });
  const server = createDeployServer({ root: values.root });
  server.listen(Number(values.port), values.host, () =>
    console.log(`dist/ with deploy headers: http://${values.host}:${values.port}/`),
  );
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
}
