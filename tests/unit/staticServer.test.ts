import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../scripts/staticServer.mjs';

const root = mkdtempSync(join(tmpdir(), 'kepu-static-'));
mkdirSync(join(root, 'policies'));
writeFileSync(join(root, 'policies', 'index.html'), '<h1>政策文件</h1>');
writeFileSync(join(root, 'robots.txt'), 'User-agent: *');
const at = (path: string) => resolveStaticPath(root, new URL(path, 'http://localhost'));

describe('static path resolution (local server and deploy server)', () => {
  it('serves files and directory indexes', async () => {
    expect(await at('/robots.txt')).toMatchObject({ kind: 'file', status: 200, file: join(root, 'robots.txt') });
    expect(await at('/policies/')).toMatchObject({ kind: 'file', status: 200, file: join(root, 'policies', 'index.html') });
  });

  it('adds the trailing slash to a directory, keeping the query', async () => {
    expect(await at('/policies?type=x')).toEqual({ kind: 'redirect', location: '/policies/?type=x' });
  });

  it('answers 404 with the site 404 page once it exists, and says so when it does not', async () => {
    expect(await at('/nope/')).toEqual({ kind: 'missing' });
    writeFileSync(join(root, '404.html'), '<h1>页面未找到</h1>');
    expect(await at('/nope/')).toMatchObject({ kind: 'file', status: 404, file: join(root, '404.html') });
  });

  it('never leaves the root folder', async () => {
    // Dot segments are resolved by the URL parser; encoded slashes reach the file system check.
    expect(await at('/%2e%2e/%2e%2e/etc/passwd')).toMatchObject({ status: 404 });
    expect(await at('/..%2F..%2Fetc%2Fpasswd')).toEqual({ kind: 'bad' });
  });
});
