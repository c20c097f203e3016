import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { cspHash, fileForPath, inlineScripts, linkProblems, urlPathOf } from '../../support/qualityDist';
import { parseAddHeaders, scriptHashes } from '../../../scripts/deploy/deployHeaders.mjs';

function distWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dist-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}
const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

test('URL paths map to dist files the way the servers resolve them', () => {
  const files = new Set(['index.html', 'a/index.html', 'feed.xml', '404.html']);
  expect(fileForPath(files, '/')).toBe('index.html');
  expect(fileForPath(files, '/a/')).toBe('a/index.html');
  expect(fileForPath(files, '/a')).toBe('a/index.html');
  expect(fileForPath(files, '/feed.xml')).toBe('feed.xml');
  expect(fileForPath(files, '/b/')).toBeUndefined();
  expect(urlPathOf('a/index.html')).toBe('/a/');
  expect(urlPathOf('404.html')).toBe('/404.html');
});

test('link check reports broken pages, missing fragments and foreign resources, and passes good links', () => {
  const root = distWith({
    'index.html': page(`
      <a href="/a/">ok</a> <a href="/a/#sec">ok frag</a> <a href="#top">top</a> <a href="mailto:x@y.cn">mail</a>
      <a href="https://www.gov.cn/zhengce/">external link is fine</a>
      <a href="/missing/">broken</a> <a href="/a/#nope">bad frag</a>
      <img src="https://cdn.example.com/x.png" alt="x"> <form action="/search/"></form>`),
    'a/index.html': page('<h2 id="sec">s</h2>'),
  });
  const problems = linkProblems(root, 'https://kepu.example.cn');
  expect(problems).toEqual([
    '/: <a href> "/missing/" → no such file in dist/ (broken link)',
    '/: <a href> "/a/#nope" → no element with id="nope" on /a/',
    '/: <img src> "https://cdn.example.com/x.png" → loaded from another origin (https://cdn.example.com); serve it from this site',
    '/: <form action> "/search/" → no such file in dist/ (broken link)',
  ]);
});

test('absolute links on the site origin are checked like root-relative ones', () => {
  const root = distWith({ 'index.html': page('<a href="https://kepu.example.cn/gone/">x</a>') });
  expect(linkProblems(root, 'https://kepu.example.cn')).toHaveLength(1);
});

test('only executable inline scripts count, and their CSP hash is the sha256 of the exact text', () => {
  const html = page(
    '<script>var a=1;</script><script type="application/ld+json">{}</script><script src="/x.js"></script><script type="module">b()</script>',
  );
  expect(inlineScripts(html)).toEqual(['var a=1;', 'b()']);
  // sha256("var a=1;") computed independently with `printf 'var a=1;' | openssl dgst -sha256 -binary | base64`
  expect(cspHash('var a=1;')).toBe('sha256-gaaMFNHZyRta8zB2VHkWLMP4tMxJ+d8v3dTW7nw2r6M=');
});

test('nginx add_header lines are read into headers, and script hashes out of the CSP', () => {
  const headers = parseAddHeaders(
    `# comment\nadd_header X-Test "a b" always;\nadd_header Content-Security-Policy "script-src 'self' 'sha256-AAA=' 'wasm-unsafe-eval'; style-src 'self'";\n`,
  );
  expect(headers['X-Test']).toBe('a b');
  expect(scriptHashes(headers['Content-Security-Policy']!)).toEqual(['sha256-AAA=']);
  expect(() => parseAddHeaders('add_header Broken;')).toThrow(/Broken/);
});
