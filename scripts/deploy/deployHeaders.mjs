// Reads the response headers out of deploy/nginx/snippets/*.conf, so the test server and the
// Lighthouse run send exactly the headers nginx will send (one source of truth: the nginx files).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SNIPPETS = fileURLToPath(new URL('../../deploy/nginx/snippets/', import.meta.url));

/**
 * `add_header Name "value" always;` lines of an nginx snippet, as a header object.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseAddHeaders(text) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line.startsWith('add_header')) continue;
    const m = /^add_header\s+([A-Za-z0-9-]+)\s+"([^"]*)"(?:\s+always)?\s*;$/.exec(line);
    if (!m) throw new Error(`deploy/nginx: cannot read header line: ${raw.trim()}`);
    headers[m[1]] = m[2];
  }
  return headers;
}

/** @param {string} name snippet file name, e.g. csp-site.conf */
export function snippetHeaders(name) {
  return parseAddHeaders(readFileSync(SNIPPETS + name, 'utf8'));
}

/**
 * The headers nginx sends for a path (kepu-portal.conf's locations), minus caching.
 * @param {string} pathname
 */
export function deployHeadersFor(pathname) {
  const csp = pathname.startsWith('/admin/') ? 'csp-admin.conf' : 'csp-site.conf';
  return { ...snippetHeaders('security-headers.conf'), ...snippetHeaders(csp) };
}

/** Cache-Control as kepu-portal.conf sets it. @param {string} pathname */
export function cacheControlFor(pathname) {
  return pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The `'sha256-…'` sources of a CSP's script-src. @param {string} csp */
export function scriptHashes(csp) {
  const directive = csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src '));
  return (directive ?? '')
    .split(/\s+/)
    .filter((s) => /^'sha(256|384|512)-/.test(s))
    .map((s) => s.slice(1, -1));
}
