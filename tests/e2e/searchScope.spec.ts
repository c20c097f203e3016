// What the search index holds, checked over the built site: a page's own text only. Boxes that
// quote other pages (related clauses, lists of 解读), 示例 notices and navigation are marked
// data-pagefind-ignore, so the indexer (the same pageFacts/splitSections code) never sees them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { FIXTURE_DIST } from '../fixtures/site';
import { listFiles, urlPathOf } from '../support/qualityDist';
import { pageFacts, type QueryableDocument } from '../../src/lib/search/build/pageFacts';

const DIST = FIXTURE_DIST;
/** Parts of a content page that are not its own text. */
const NOT_OWN = [
  '.related-clauses',
  '.policy-interpretations',
  '.badge-example',
  '.article-example',
  '.interpretation-example',
  '.event-example-note',
  'nav',
];

test('the search index holds no related-clause box, 示例 notice or navigation of any content page', () => {
  let checked = 0;
  for (const file of listFiles(DIST).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
    const html = readFileSync(join(DIST, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const { document } = parseHTML(html);
    const facts = pageFacts(document as unknown as QueryableDocument, urlPathOf(file))!;
    const indexed = facts.sections.map((s) => s.text).join('\n');
    for (const el of document.querySelectorAll(`[data-pagefind-body] :is(${NOT_OWN.join(', ')})`)) {
      checked++;
      // Every line of such a box is absent from the index, unless the page's own text also has it.
      const own = html.replace(el.outerHTML, '');
      for (const line of (el.textContent ?? '')
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter((l) => l.length > 6)) {
        if (own.includes(line)) continue;
        expect(indexed, `${file}: “${line}” from ${el.className || el.tagName}`).not.toContain(line);
      }
    }
  }
  expect(checked).toBeGreaterThan(0);
});
