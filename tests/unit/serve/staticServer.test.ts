import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../../scripts/serve/staticServer.mjs';

const root = mkdtempSync(join(tmpdir(), 'kepu-static-'));
mkdirSync(join(root, 'policies'));
writeFileSync(join(root, 'policies', 'index.html'), '<h1>政策文件</h1>');
writeFileSync(join(root, 'robots.txt'), 'User-agent: *');
const at = (path: string) => resolveStaticPath(root, new URL(path, 'http://localhost'));

describe('static path resolution (local server and deploy server)', () => {
  it('serves files and directory indexes', async () => {
    expect(await at('/robots.txt')).toMatchObject({ kind: 'file', status: 200, file: join(root, 'robots.txt') });
    expect(await at('/policies/')).toMatchObject({
      kind: 'file',
      status: 200,
      file: join(root, 'policies', 'index.html'),
    });
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

describe('hostile URLs (local server and deploy server)', () => {
  it('never redirects to another host', async () => {
    for (const path of [
      '/.//evil.example/..%2fpolicies',
      '//evil.example/..%2fpolicies',
      '/%2f%2fevil.example/..%2fpolicies',
      '/\\evil.example/..%2fpolicies',
    ]) {
      const found = await at(path);
      if (found.kind === 'redirect') {
        expect(found.location, path).toMatch(/^\/(?![/\\])/);
        expect(new URL(found.location, 'http://localhost:4321').host, path).toBe('localhost:4321');
      }
    }
    expect(await at('/.//evil.example/..%2fpolicies')).toEqual({ kind: 'redirect', location: '/policies/' });
  });

  it('answers 400 to malformed percent-encoding instead of serving a page', async () => {
    expect(await at('/%ff')).toEqual({ kind: 'bad' });
    expect(await at('/policies/%E4%B8')).toEqual({ kind: 'bad' });
    expect(await at('/robots.txt%00.html')).toEqual({ kind: 'bad' });
  });

  it('does not follow symlinks out of the root', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'kepu-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    mkdirSync(join(outside, 'dir'));
    writeFileSync(join(outside, 'dir', 'index.html'), 'secret');
    symlinkSync(join(outside, 'secret.txt'), join(root, 'leak.txt'));
    symlinkSync(join(outside, 'dir'), join(root, 'leakdir'));
    expect(await at('/leak.txt')).not.toMatchObject({ status: 200 });
    expect(await at('/leakdir/')).not.toMatchObject({ status: 200 });
  });
});
