// A small static file server for dist/: directory index, /path → /path/ redirects,
// the site's own 404 page with status 404, and correct MIME types for feeds and Pagefind.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.vtt': 'text/vtt; charset=utf-8',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.m4a': 'audio/mp4',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

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
    pathname = '/';
  }
  const target = normalize(join(base, pathname));
  if (target !== base && !target.startsWith(base + sep)) return { kind: 'bad' };
  let file = target;
  let info = await fileAt(file);
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith('/')) return { kind: 'redirect', location: `${url.pathname}/${url.search}` };
    file = join(target, 'index.html');
    info = await fileAt(file);
  }
  if (info?.isFile()) return { kind: 'file', status: 200, file, size: info.size };
  file = join(base, '404.html');
  info = await fileAt(file);
  return info?.isFile() ? { kind: 'file', status: 404, file, size: info.size } : { kind: 'missing' };
}

/**
 * @param {{ root: string, headers?: Record<string, string>, fallback?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean }} options
 */
export function createStaticServer({ root, headers = {}, fallback }) {
  const base = resolve(root);
  return createServer(async (req, res) => {
    if (fallback?.(req, res)) return;
    const found = await resolveStaticPath(base, new URL(req.url ?? '/', 'http://localhost'));
    if (found.kind === 'bad') return void res.writeHead(400).end();
    if (found.kind === 'redirect') return void res.writeHead(301, { Location: found.location }).end();
    if (found.kind === 'missing') return void res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404');
    const type = MIME_TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(found.status, { ...headers, 'Content-Type': type, 'Content-Length': found.size });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(found.file).pipe(res);
  });
}
