import { describe, expect, it } from 'vitest';
import { cutIntoParts, FAMILY_MAX_SHARE, pageFamily, type PartInput } from '../../../src/lib/search/build/indexParts';
import { DOC_NUMBER_META } from '../../../src/lib/search/query/docNumberToken';
import { mergeIndexParts } from '../../../src/lib/search/query/indexParts';

/** `count` pages of one kind, each with `perPage` records named after the page. */
function pages(prefix: string, count: number, perPage = 1): PartInput<string>[] {
  return Array.from({ length: count }, (_, i) => ({
    url: `/${prefix}/p${i}/`,
    records: Array.from({ length: perPage }, (_, j) => `/${prefix}/p${i}/#${j}`),
  }));
}

/** Which part each page's records landed in. */
function partOfPage(parts: ReturnType<typeof cutIntoParts<string>>): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of parts) for (const record of part.records) map.set(record.split('#')[0]!, part.name);
  return map;
}

describe('cutting the search index into parts', () => {
  it('keeps an index within the limit in one part, whatever its kinds', () => {
    const parts = cutIntoParts([...pages('policies', 2), ...pages('articles', 3), ...pages('about', 1)], 10);
    expect(parts).toEqual([
      {
        name: 'all',
        records: [
          '/policies/p0/#0',
          '/policies/p1/#0',
          '/articles/p0/#0',
          '/articles/p1/#0',
          '/articles/p2/#0',
          '/about/p0/#0',
        ],
      },
    ]);
  });

  it('cuts a larger index into as few parts as the limit allows, keeping every record once and each page whole', () => {
    const input = [...pages('policies', 150, 3), ...pages('articles', 150, 3)];
    const parts = cutIntoParts(input, 200);
    // 900 records at 200 per part: 5 parts.
    expect(parts.map((p) => p.name)).toEqual(['part-1', 'part-2', 'part-3', 'part-4', 'part-5']);
    const all = parts.flatMap((p) => p.records);
    expect(all.sort()).toEqual(input.flatMap((p) => p.records).sort());
    for (const part of parts) {
      const byPage = new Map<string, number>();
      for (const r of part.records) byPage.set(r.split('#')[0]!, (byPage.get(r.split('#')[0]!) ?? 0) + 1);
      expect([...byPage.values()].every((n) => n === 3)).toBe(true);
      // Hashing spreads the pages: every part is a sample of both kinds, none more than 1.5 times its share.
      expect(part.records.some((r) => r.startsWith('/policies/'))).toBe(true);
      expect(part.records.some((r) => r.startsWith('/articles/'))).toBe(true);
      expect(part.records.length).toBeLessThan((1.5 * 900) / 5);
    }
  });

  it('keeps a page in its part when the archive grows, until the number of parts changes', () => {
    const before = partOfPage(cutIntoParts(pages('events', 210), 100));
    const after = partOfPage(cutIntoParts(pages('events', 290), 100));
    for (const [page, part] of before) expect(after.get(page)).toBe(part);
    expect(new Set(partOfPage(cutIntoParts(pages('events', 310), 100)).values()).size).toBe(4);
  });

  it('puts the pages of one family (a document and the pages citing it first) in one part', () => {
    // 40 families of 4 pages (a notice and three pages citing it), 2 records each: 320 records, 4 parts of 100.
    const input = Array.from({ length: 160 }, (_, i) => ({
      url: `/p${i}/`,
      records: [`/p${i}/#0`, `/p${i}/#1`],
      family: `whfamily${i % 40}`,
    }));
    const parts = cutIntoParts(input, 100);
    expect(parts.length).toBe(4);
    const where = partOfPage(parts);
    for (let f = 0; f < 40; f++) {
      const members = input.filter((p) => p.family === `whfamily${f}`).map((p) => where.get(p.url));
      expect(new Set(members).size, `family ${f}`).toBe(1);
    }
  });

  it('spreads a family too large for one part by URL, so no part grows far beyond the others', () => {
    // One number cited first by 120 pages (240 records, more than a tenth of a part of 400).
    const big = Array.from({ length: 120 }, (_, i) => ({
      url: `/cites/p${i}/`,
      records: [`/cites/p${i}/#0`, `/cites/p${i}/#1`],
      family: 'whnational',
    }));
    expect(240).toBeGreaterThan(400 * FAMILY_MAX_SHARE);
    const parts = cutIntoParts([...big, ...pages('events', 1760)], 400);
    expect(parts.length).toBe(5);
    const holding = parts.filter((part) => part.records.some((r) => r.startsWith('/cites/')));
    expect(holding.length).toBe(parts.length);
  });

  it('takes a page’s family from the 文号 it bears, else the first it cites, else none', () => {
    const rec = (words?: string): { meta: Record<string, string> } => ({
      meta: words ? { [DOC_NUMBER_META]: words } : {},
    });
    expect(pageFamily([rec('whabcdefgown whabcdefg whzzzzzzz')])).toBe('whabcdefg');
    expect(pageFamily([rec(), rec('whzzzzzzz whabcdefg')])).toBe('whzzzzzzz');
    expect(pageFamily([rec(), rec()])).toBeUndefined();
  });

  it('leaves out pages without records, and a site without records has no parts', () => {
    expect(cutIntoParts([{ url: '/articles/a/', records: [] }])).toEqual([]);
  });
});

describe('merging the parts in the browser', () => {
  it('merges every listed part from beside the main bundle, with the given options', async () => {
    const merged: [string, Record<string, unknown> | undefined][] = [];
    const pf = {
      mergeIndex: async (path: string, options?: Record<string, unknown>) => void merged.push([path, options]),
    };
    const list = { merge: ['parts/articles/', 'parts/events/'] };
    const n = await mergeIndexParts(
      pf,
      'https://city.example/pagefind/',
      { baseUrl: 'https://city.example/' },
      async (url) =>
        url === 'https://city.example/pagefind/parts.json' ? Response.json(list) : new Response('', { status: 404 }),
    );
    expect(n).toBe(2);
    expect(merged).toEqual([
      ['https://city.example/pagefind/parts/articles/', { baseUrl: 'https://city.example/' }],
      ['https://city.example/pagefind/parts/events/', { baseUrl: 'https://city.example/' }],
    ]);
  });

  it('treats a bundle without a parts list as one part, and refuses an unreadable list', async () => {
    const pf = { mergeIndex: async () => {} };
    expect(await mergeIndexParts(pf, '/pagefind/', {}, async () => new Response('', { status: 404 }))).toBe(0);
    await expect(mergeIndexParts(pf, '/pagefind/', {}, async () => new Response('', { status: 500 }))).rejects.toThrow(
      /parts\.json（HTTP 500）/,
    );
  });
});
