import { expect, test } from 'vitest';
import { FULL_SCAN_LIMIT, pageType, pagesToScan } from '../../support/sitePages';

test('page sampling keeps every page type once the site is large', () => {
  expect(pageType('/')).toBe('/');
  expect(pageType('/events/')).toBe('/events/');
  expect(pageType('/events/a/')).toBe(pageType('/events/b/'));
  expect(pageType('/topics/a/2/')).not.toBe(pageType('/topics/a/'));
  const many = Array.from({ length: FULL_SCAN_LIMIT + 10 }, (_, i) => `/articles/a${i}/`);
  const sample = pagesToScan([...many, '/', '/events/']);
  expect(sample).toContain('/');
  expect(sample).toContain('/events/');
  expect(sample.filter((p) => p.startsWith('/articles/')).length).toBe(3);
});
