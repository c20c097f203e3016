// The CMS search finds an entry by any part of its text, Chinese included, over the fixture content
// read as Decap lists it (front matter and body), and ranks title hits first.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FrontmatterInfer } from 'decap-cms-core/dist/esm/formats/frontmatter';
import { searchEntries, searchForm, type SearchableEntry } from '../../../cms/search/entrySearch';
import { fixtureContent } from '../../fixtures/site';

const COLLECTIONS = ['articles', 'events', 'policies', 'interpretations', 'topics'];

const entries: (SearchableEntry & { raw: string })[] = COLLECTIONS.flatMap((collection) =>
  readdirSync(fixtureContent(collection))
    .filter((f) => f.endsWith('.md'))
    .map((file) => {
      const raw = readFileSync(fixtureContent(collection, file), 'utf8');
      return { collection, slug: file.replace(/\.md$/, ''), raw, data: FrontmatterInfer.fromFile(raw) };
    }),
);

const ids = (found: SearchableEntry[]) => found.map((e) => `${e.collection}/${e.slug}`);

describe('CMS search', () => {
  it.each(['中暑', '厨余', '垃圾分类', '科学素质'])('finds exactly the entries whose text contains %s', (term) => {
    const expected = entries.filter((e) => e.raw.includes(term));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(searchEntries(entries, term)).sort()).toEqual(ids(expected).sort());
  });

  it('finds a policy by the prefix of its 文号 and by the 文号 typed with other brackets or spaces', () => {
    const policy = entries.find(
      (e) => typeof e.data?.docNumber === 'string' && /〔\d{4}〕\d+号/.test(e.data.docNumber),
    )!;
    const number = policy.data!.docNumber as string;
    const prefix = number.slice(0, number.indexOf('〔'));
    expect(ids(searchEntries(entries, prefix))).toContain(`policies/${policy.slug}`);
    const typed = number.replace('〔', '[').replace('〕', '] ');
    expect(ids(searchEntries(entries, typed))).toContain(`policies/${policy.slug}`);
  });

  it('ranks an entry with the term in its title before one with it only in the body', () => {
    const found = searchEntries(entries, '中暑');
    const inTitle = found.findIndex((e) => String(e.data?.title).includes('中暑'));
    const bodyOnly = found.findIndex((e) => !String(e.data?.title).includes('中暑'));
    expect(inTitle).toBeGreaterThanOrEqual(0);
    if (bodyOnly >= 0) expect(inTitle).toBeLessThan(bodyOnly);
  });

  it('finds nothing for an empty term or text no entry holds', () => {
    expect(searchEntries(entries, '  ')).toEqual([]);
    expect(searchEntries(entries, '量子纠缠火锅')).toEqual([]);
  });

  it('compares without case, width, spaces or bracket style', () => {
    expect(searchForm('ＡＢｃ 〔2024〕')).toBe(searchForm('abc[2024]'));
    expect(searchForm('（一）')).toBe(searchForm('(一)'));
  });
});
