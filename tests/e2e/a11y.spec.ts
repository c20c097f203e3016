import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pagesToScan, sitemapPaths } from './sitePages';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test('axe finds no WCAG 2.2 A/AA violations on any page type (normal and 长者模式)', async ({ page, request }) => {
  test.setTimeout(300_000);
  const paths = [...pagesToScan(await sitemapPaths(request)), '/no-such-page-for-404/'];
  expect(paths.length).toBeGreaterThan(3);
  const failures: string[] = [];
  for (const mode of ['0', '1']) {
    for (const path of paths) {
      await page.goto(`${path}?elder=${mode}`);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      for (const v of results.violations) {
        failures.push(`${path} [elder=${mode}] ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      }
    }
  }
  expect(failures, failures.join('\n')).toEqual([]);
});
