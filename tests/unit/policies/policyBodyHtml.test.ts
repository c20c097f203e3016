// The Markdown pipeline's step for policy bodies, run the way the build runs it (the sanitiser, then this
// step) on a small policy body (tests/fixtures/policy-body/).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownSanitizePlugin } from '../../../src/lib/build/markdownSanitize';
import { isPolicyBodyFile, policyBodyHtmlPlugin } from '../../../src/lib/policies/policyBodyHtml';
import { parseDocument } from '../../../src/lib/import/document';
import { CONTENT_DIR } from '../../../src/lib/build/contentPaths';
import { FIXTURE_CONTENT_DIR } from '../../fixtures/site';

const FIXTURE = join(import.meta.dirname, '../../fixtures/policy-body/clauses-and-table.md');
const { data, body } = parseDocument(readFileSync(FIXTURE, 'utf8'));

function render(markdown: string, file: string, frontmatter: Record<string, unknown> = data): Document {
  const { html } = markdownToHtml(markdown, {
    hastPlugins: [markdownSanitizePlugin as never, policyBodyHtmlPlugin as never],
    features: { rawHtml: true },
    fileURL: pathToFileURL(resolve(file)),
    // The part of the Markdown processor's data the step reads (Astro fills in the rest).
    data: { astro: { frontmatter } } as never,
  });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

const policyFile = `${CONTENT_DIR}/policies/clauses-and-table.md`;

describe('policy body HTML step', () => {
  it('gives each marked heading and clause its id and a link to itself, and leaves other paragraphs alone', () => {
    const doc = render(body, policyFile);
    const marked = [...doc.querySelectorAll('[id]')].filter((el) => el.matches('.clause-heading, .clause'));
    expect(marked.map((el) => [el.tagName.toLowerCase(), el.id, el.className])).toEqual([
      ['h2', 's1', 'clause-heading'],
      ['p', 's1-1', 'clause'],
      ['h3', 's1-2', 'clause-heading'],
    ]);
    for (const el of marked) {
      const link = el.querySelector('a.clause-link');
      expect(link?.getAttribute('href')).toBe(`#${el.id}`);
      expect(link?.hasAttribute('data-pagefind-ignore')).toBe(true);
    }
    expect(doc.body.textContent).not.toContain('{#');
    const plain = [...doc.querySelectorAll('p')].find((p) => p.textContent?.startsWith('说明段落'));
    expect(plain?.outerHTML).toBe('<p>说明段落，a &lt; b &amp; c，不是条款。</p>');
    // The blank inside a clause stays a blank.
    expect(doc.querySelector('#s1-1 .doc-blank')).not.toBeNull();
  });

  it('puts the front matter table in place of its slot, between two runs of prose', () => {
    const doc = render(body, policyFile);
    expect(doc.querySelector('.policy-table-slot')).toBeNull();
    expect([...doc.body.children].map((el) => el.className)).toEqual([
      'prose',
      'table-scroll policy-table-wrap',
      'prose',
    ]);
    const table = doc.querySelector('table#t1');
    expect(table?.querySelector('caption')?.textContent).toBe('工作任务清单（共 3 项）');
    expect([...table!.querySelectorAll('tbody > tr[id]')].map((tr) => tr.id)).toEqual(['t1-r1', 't1-r2', 't1-r3']);
    expect(table?.querySelectorAll('tbody')).toHaveLength(2);
    expect(table?.querySelector('tr.policy-table-group-header')?.textContent).toBe('重点工程主要工作任务');
    expect(doc.querySelector('#t1-r2 td.is-inherited')?.textContent).toBe('同上：青少年科学素质提升行动');
    expect(doc.querySelector('#t1-r2 td.is-empty')?.textContent).toBe('未注明');
    expect(doc.querySelector('section.policy-table-wrap')?.getAttribute('aria-labelledby')).toBe('t1-caption');
    // The heading after the table is in the second prose run.
    expect(doc.body.children[2]?.querySelector('#s1-2')).not.toBeNull();
  });

  it('stops with the file named when the slots and the front matter tables disagree', () => {
    expect(() => render(body, policyFile, { tables: [] })).toThrow(/clauses-and-table\.md.*表格位置 0.*不存在/u);
    expect(() => render(body.replace(/<div class="policy-table-slot"[^>]*><\/div>/u, ''), policyFile)).toThrow(
      /clauses-and-table\.md：正文中有 0 个表格位置，front matter tables 中有 1 个表格/u,
    );
  });

  it('leaves every other collection’s Markdown as the sanitiser wrote it', () => {
    const doc = render(body, `${CONTENT_DIR}/articles/clauses-and-table.md`);
    expect(doc.querySelector('.clause, .clause-heading, .prose, table')).toBeNull();
    expect(doc.querySelector('.policy-table-slot')).not.toBeNull();
    expect(doc.body.textContent).toContain('一、总体要求 {#s1}');
  });

  it('recognises policy bodies by their place in the content set being built', () => {
    expect(isPolicyBodyFile(resolve(CONTENT_DIR, 'policies/a.md'))).toBe(true);
    expect(isPolicyBodyFile(resolve(FIXTURE_CONTENT_DIR, 'policies/a.md'), FIXTURE_CONTENT_DIR)).toBe(true);
    expect(isPolicyBodyFile(resolve(CONTENT_DIR, 'policies-old/a.md'))).toBe(false);
    expect(isPolicyBodyFile(resolve(CONTENT_DIR, 'articles/policies/a.md'))).toBe(false);
    expect(isPolicyBodyFile(resolve(CONTENT_DIR, 'policies/a.mdx'))).toBe(false);
  });
});
