// Quality gates over every HTML file in dist/ (no browser needed): html-validate, internal links
// and #fragments, resources from other origins, inline scripts allowed by the deployed CSP.
// They run in the e2e phase because that is where dist/ has just been built.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { type DOMReadyEvent, FileSystemConfigLoader, HtmlValidate, Rule, StaticConfigLoader } from 'html-validate';
import site from '../../src/config/site.json' with { type: 'json' };
import { deployHeadersFor, scriptHashes } from '../../scripts/deploy/deployHeaders.mjs';
import { FIXTURE_DIST } from '../fixtures/site';
import { cspHash, inlineScripts, linkProblems, listFiles, urlPathOf } from '../support/qualityDist';

const DIST = FIXTURE_DIST;
const htmlFiles = () => listFiles(DIST).filter((f) => f.endsWith('.html'));

test.beforeAll(() => {
  expect(existsSync(join(DIST, 'index.html')), `${FIXTURE_DIST}/ is missing: run npm run build:fixture first`).toBe(
    true,
  );
});

test('every HTML file in dist/ passes html-validate (.htmlvalidate.json)', async () => {
  test.setTimeout(300_000);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles();
  expect(files.length).toBeGreaterThan(3);
  const failures: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(DIST, file));
    for (const r of report.results) {
      for (const m of r.messages.filter((msg) => msg.severity === 2)) {
        failures.push(
          `${urlPathOf(file)} ${m.line}:${m.column} ${m.ruleId}: ${m.message} [${(m.selector ?? '').slice(0, 80)}]`,
        );
      }
    }
  }
  expect(failures, failures.join('\n')).toEqual([]);
});

/**
 * Nothing may follow </html>: a browser moves such a node into <body>, but it is a parse error
 * (html5lib: "unexpected start tag after </html>"), which Astro produces when a page puts a
 * <script> after its layout. html-validate's parser keeps such nodes beside <html>.
 */
class NothingAfterHtml extends Rule {
  override setup(): void {
    this.on('dom:ready', (event: DOMReadyEvent) => {
      let seenHtml = false;
      for (const node of event.document.root.childNodes) {
        if (node.nodeName === 'html') seenHtml = true;
        else if (seenHtml && (node.nodeType === 1 || (node.textContent ?? '').trim())) {
          this.report(null, `${node.nodeType === 1 ? `<${node.nodeName}>` : 'text'} after </html>`, node.location);
        }
      }
    });
  }
}

test('no page has content after </html>', async () => {
  const validator = new HtmlValidate(
    new StaticConfigLoader({
      root: true,
      plugins: [{ name: 'kepu', rules: { 'kepu/nothing-after-html': NothingAfterHtml } }],
      rules: { 'kepu/nothing-after-html': 'error' },
    }),
  );
  // The rule must see a misplaced script, or passing below would prove nothing.
  const probe = await validator.validateString(
    '<!doctype html><html><body></body></html>\n<script src="/a.js"></script>',
  );
  expect(probe.valid).toBe(false);
  const failures: string[] = [];
  for (const file of htmlFiles()) {
    const report = await validator.validateFile(join(DIST, file));
    for (const r of report.results)
      for (const m of r.messages) failures.push(`${urlPathOf(file)} ${m.line}:${m.column} ${m.message}`);
  }
  expect(failures, failures.join('\n')).toEqual([]);
});

test('every page has one description meta, and the 404 page names no address of its own', () => {
  const failures: string[] = [];
  const metaNames = (html: string) =>
    [...html.matchAll(/<meta\b[^>]*?\b(?:name|property)="([^"]+)"/gi)].map((m) => m[1]!.toLowerCase());
  for (const file of htmlFiles().filter((f) => !f.startsWith('admin/'))) {
    const count = metaNames(readFileSync(join(DIST, file), 'utf8')).filter((n) => n === 'description').length;
    if (count !== 1) failures.push(`${urlPathOf(file)}: ${count} description meta tags (names are case-insensitive)`);
  }
  expect(failures, failures.join('\n')).toEqual([]);
  // Served for any unknown path: a Url, og:url or canonical would name /404/, which is no page.
  const notFound = readFileSync(join(DIST, '404.html'), 'utf8');
  expect(metaNames(notFound)).not.toContain('url');
  expect(metaNames(notFound)).not.toContain('og:url');
  expect(notFound).not.toMatch(/rel="canonical"/);
});

test('no broken internal link, resource or #fragment, and nothing loaded from another origin', () => {
  test.setTimeout(300_000);
  const problems = linkProblems(DIST, site.baseUrl);
  expect(problems, problems.join('\n')).toEqual([]);
});

test('every inline script in dist/ is allowed by its hash in the deployed CSP (deploy/nginx/snippets)', () => {
  const failures: string[] = [];
  for (const file of htmlFiles()) {
    const page = urlPathOf(file);
    const allowed = new Set(scriptHashes(deployHeadersFor(page)['Content-Security-Policy'] ?? ''));
    const csp = page.startsWith('/admin/') ? 'csp-admin.conf' : 'csp-site.conf';
    for (const script of inlineScripts(readFileSync(join(DIST, file), 'utf8'))) {
      const hash = cspHash(script);
      if (!allowed.has(hash)) {
        failures.push(
          `${page}: inline script "${script.trim().slice(0, 60)}…" is blocked by the CSP: add '${hash}' to script-src in deploy/nginx/snippets/${csp}, or move it to a file`,
        );
      }
    }
  }
  expect(failures, failures.join('\n')).toEqual([]);
});
