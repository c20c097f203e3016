// A small static file server for dist/: directory index, /path → /path/ redirects,
// the site's own 404 page with status 404, and correct MIME types for feeds and Pagefind.
// Hostile URLs get nothing: malformed percent-encoding is a 400, redirects stay on this host,
// and no file outside the root is served, through `..` or through a symlink.
import { createServer } from 'node:http';
import { open, realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { DEFAULT_TYPE, MIME_TYPES } from './mimeTypes.mjs';

// One MIME table for this server, deployServer.mjs and nginx (deploy/nginx/snippets/mime.conf).
export { MIME_TYPES } from './mimeTypes.mjs';

async function fileAt(path) {
  try {
    const s = await stat(path);
    return s;
  } catch {
    return undefined;
  }
}

/**
 * Maps a request URL to what a static host answers, like nginx's `try_files $uri $uri/ =404`:
 * a file, a directory's index.html, a redirect to add the trailing slash, or the site's 404 page.
 * Shared by the local server and the deploy-header server so both resolve paths the same way.
 * @param {string} base absolute root folder
 * @param {URL} url
 * @returns {Promise<{ kind: 'bad' } | { kind: 'redirect', location: string } | { kind: 'file', status: number, file: string, size: number } | { kind: 'missing' }>}
 */
export async function resolveStaticPath(base, url) {
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'bad' };
  }
  if (pathname.includes('\0')) return { kind: 'bad' };
  const target = normalize(join(base, pathname));
  if (target !== base && !target.startsWith(base + sep)) return { kind: 'bad' };
  let file = target;
  let info = await fileAt(file);
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      // The canonical path of the folder found, never the request's own text: `//host/…` in a
      // Location header would send the browser to another site.
      const canonical = relative(base, target).split(sep).filter(Boolean).map(encodeURIComponent).join('/');
      return { kind: 'redirect', location: `/${canonical}${canonical ? '/' : ''}${url.search}` };
    }
    file = join(target, 'index.html');
    info = await fileAt(file);
  }
  if (info?.isFile() && (await insideRoot(base, file))) return { kind: 'file', status: 200, file, size: info.size };
  file = join(base, '404.html');
  info = await fileAt(file);
  return info?.isFile() ? { kind: 'file', status: 404, file, size: info.size } : { kind: 'missing' };
}

/** True when a file, with every symlink resolved, still lies inside the root folder. */
async function insideRoot(base, file) {
  try {
    const [realBase, realFile] = await Promise.all([realpath(base), realpath(file)]);
    return realFile.startsWith(realBase + sep);
  } catch {
    return false;
  }
}

/**
 * @param {{ root: string, headers?: Record<string, string>, requestGuard?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean, fallback?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean }} options
 */
export function createStaticServer({ root, headers = {}, fallback, requestGuard }) {
  const base = resolve(root);
  return createServer(async (req, res) => {
    if (requestGuard?.(req, res)) return;
    if (fallback?.(req, res)) return;
    const found = await resolveStaticPath(base, new URL(req.url ?? '/', 'http://localhost'));
    if (found.kind === 'bad') return void res.writeHead(400).end();
    if (found.kind === 'redirect') return void res.writeHead(301, { Location: found.location }).end();
    if (found.kind === 'missing')
      return void res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404');
    // Open before answering: a file removed after it was found (npm start swapping in a new build,
    // a test deleting its output) is a 404, not an unhandled stream error that stops the server.
    // The open handle keeps the file readable even if it is removed while it is sent.
    let handle;
    try {
      handle = await open(found.file, 'r');
    } catch {
      return void res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404');
    }
    const type = MIME_TYPES[extname(found.file).toLowerCase()] ?? DEFAULT_TYPE;
    res.writeHead(found.status, { ...headers, 'Content-Type': type, 'Content-Length': found.size });
    if (req.method === 'HEAD') {
      await handle.close();
      return void res.end();
    }
    const stream = handle.createReadStream();
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  });
}
