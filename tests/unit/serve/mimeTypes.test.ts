// One MIME table for the local servers and nginx: the committed nginx snippet must be the one
// generated from scripts/serve/mimeTypes.mjs, and nginx's site must use it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIME_TYPES, NGINX_MIME_CONF, nginxMimeConf } from '../../../scripts/serve/mimeTypes.mjs';
import { MIME_TYPES as SERVER_TYPES } from '../../../scripts/serve/staticServer.mjs';

/** Extension → Content-Type as nginx sends it: its types table plus its charset_types. */
function nginxTypes(conf: string): Record<string, string> {
  const table = /types\s*\{([^}]*)\}/.exec(conf)?.[1] ?? '';
  const charsetTypes = new Set((/charset_types\s+([^;]+);/.exec(conf)?.[1] ?? '').split(/\s+/));
  const charset = /^\s*charset\s+utf-8;/m.test(conf);
  const out: Record<string, string> = {};
  for (const line of table.split(';')) {
    const [type, ...exts] = line.trim().split(/\s+/);
    if (!type) continue;
    for (const ext of exts) out[`.${ext}`] = charset && charsetTypes.has(type) ? `${type}; charset=utf-8` : type;
  }
  return out;
}

describe('MIME types', () => {
  const conf = readFileSync(NGINX_MIME_CONF, 'utf8');

  it('nginx sends what the local servers send, for every extension', () => {
    expect(conf).toBe(nginxMimeConf());
    expect(nginxTypes(conf)).toEqual(SERVER_TYPES);
  });

  it('captions, the task list and calendars get their own types with UTF-8', () => {
    expect(nginxTypes(conf)['.vtt']).toBe('text/vtt; charset=utf-8');
    expect(nginxTypes(conf)['.csv']).toBe('text/csv; charset=utf-8');
    expect(nginxTypes(conf)['.ics']).toBe('text/calendar; charset=utf-8');
    expect(MIME_TYPES['.vtt']).toBe('text/vtt; charset=utf-8');
  });

  it('the nginx site includes the generated table and no other', () => {
    const site = readFileSync('deploy/nginx/kepu-portal.conf', 'utf8').replace(/#.*$/gm, '');
    expect(site).toContain('include snippets/kepu-portal/mime.conf;');
    expect(site).not.toMatch(/mime\.types|\btypes\s*\{|charset_types/);
  });

  it('HSTS covers subdomains', () => {
    expect(readFileSync('deploy/nginx/snippets/security-headers.conf', 'utf8')).toMatch(
      /Strict-Transport-Security "max-age=\d+; includeSubDomains"/,
    );
  });
});
