import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { FULL_SCAN_LIMIT, pagesToScan, routeOfHtml, routeTyper } from '../../support/sitePages';

test('the route marker BaseLayout writes is read back from a page', () => {
  expect(routeOfHtml('<html><body class="x" data-route="/events/[slug]"><main></main></body></html>')).toBe(
    '/events/[slug]',
  );
  expect(routeOfHtml('<html><body><p data-route="/no">x</p></body></html>')).toBeUndefined();
});

test('sampling by route keeps a one-off page that shares its path shape with many detail pages', () => {
  const root = mkdtempSync(join(tmpdir(), 'dist-'));
  const write = (file: string, route: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), `<!doctype html><html><body data-route="${route}"></body></html>`);
  };
  const details = Array.from({ length: FULL_SCAN_LIMIT + 5 }, (_, i) => `/policies/a${String(i).padStart(3, '0')}/`);
  for (const p of details) write(`${p.slice(1)}index.html`, '/policies/[slug]');
  write('policies/lineage/index.html', '/policies/lineage');
  const paths = [...details, '/policies/lineage/'];
  // By path shape alone the one-off page falls outside the sample of /policies/*.
  expect(pagesToScan(paths)).not.toContain('/policies/lineage/');
  const sample = pagesToScan(paths, routeTyper(root));
  expect(sample).toContain('/policies/lineage/');
  expect(sample.filter((p) => p !== '/policies/lineage/')).toHaveLength(3);
});
