// The one MIME table of the site: the local servers (staticServer.mjs, deployServer.mjs) use it
// directly and deploy/nginx/snippets/mime.conf is generated from it (`node scripts/serve/mimeTypes.mjs
// --write`; tests/unit/serve/mimeTypes.test.ts fails when the two differ). Every file type dist/ holds
// must be listed: nginx answers anything else as application/octet-stream, and with `nosniff`
// browsers then refuse it (captions without text/vtt, for example).
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** [extension, type, charset?] — text types carry `; charset=utf-8` (Chinese text). */
export const MIME_LIST = /** @type {const} */ ([
  ['html', 'text/html', true],
  ['css', 'text/css', true],
  ['js', 'text/javascript', true],
  ['mjs', 'text/javascript', true],
  ['json', 'application/json', true],
  ['xml', 'application/xml', true],
  ['txt', 'text/plain', true],
  ['md', 'text/markdown', true],
  ['csv', 'text/csv', true],
  ['ics', 'text/calendar', true],
  ['vtt', 'text/vtt', true],
  ['svg', 'image/svg+xml', false],
  ['png', 'image/png', false],
  ['jpg', 'image/jpeg', false],
  ['jpeg', 'image/jpeg', false],
  ['webp', 'image/webp', false],
  ['avif', 'image/avif', false],
  ['gif', 'image/gif', false],
  ['ico', 'image/x-icon', false],
  ['mp4', 'video/mp4', false],
  ['webm', 'video/webm', false],
  ['mp3', 'audio/mpeg', false],
  ['ogg', 'audio/ogg', false],
  ['m4a', 'audio/mp4', false],
  ['wasm', 'application/wasm', false],
  ['woff2', 'font/woff2', false],
  ['pdf', 'application/pdf', false],
  // Pagefind's index files are binary.
  ['pf_meta', 'application/octet-stream', false],
  ['pf_index', 'application/octet-stream', false],
  ['pf_fragment', 'application/octet-stream', false],
  ['pf_filter', 'application/octet-stream', false],
]);

export const DEFAULT_TYPE = 'application/octet-stream';

/** `.ext` → full Content-Type, as the servers send it. @type {Record<string, string>} */
export const MIME_TYPES = Object.fromEntries(
  MIME_LIST.map(([ext, type, charset]) => [`.${ext}`, charset ? `${type}; charset=utf-8` : type]),
);

/** The nginx snippet: the complete types table (replaces /etc/nginx/mime.types) and its charsets. */
export function nginxMimeConf() {
  /** @type {Map<string, string[]>} */
  const byType = new Map();
  for (const [ext, type] of MIME_LIST) byType.set(type, [...(byType.get(type) ?? []), ext]);
  const charsetTypes = [...new Set(MIME_LIST.filter(([, , charset]) => charset).map(([, type]) => type))];
  return [
    '# Generated from scripts/serve/mimeTypes.mjs by `node scripts/serve/mimeTypes.mjs --write`; edit the list there.',
    '# The complete types table of the site, shared with the local servers (one list, tested).',
    'types {',
    ...[...byType].map(([type, exts]) => `    ${type} ${exts.join(' ')};`),
    '}',
    `default_type ${DEFAULT_TYPE};`,
    'charset utf-8;',
    `charset_types ${charsetTypes.join(' ')};`,
    '',
  ].join('\n');
}

export const NGINX_MIME_CONF = fileURLToPath(new URL('../../deploy/nginx/snippets/mime.conf', import.meta.url));

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv.includes('--write')) {
  writeFileSync(NGINX_MIME_CONF, nginxMimeConf());
  console.log(`written ${NGINX_MIME_CONF}`);
}
