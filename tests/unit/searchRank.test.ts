import { describe, expect, it } from 'vitest';
import { comparePages, longestRun, probeOrder, runSearch, type FragmentLike, type PagefindLike, type PageHit } from '../../src/lib/search/engine';
import { prepareQuery } from '../../src/lib/search/query';
import { DOC_NUMBER_FILTER, PAGE_FILTER } from '../../src/lib/search/records';

interface FakeRecord {
  page: string;
  content: string;
  title: string;
  score: number;
  words?: number[];
  docKey?: string;
  type?: string;
}

/** A tiny stand-in for Pagefind: a record "matches" when it contains any character of the term. */
function fakePagefind(records: FakeRecord[]) {
  const downloads: string[] = [];
  const pf: PagefindLike = {
    async filters() {
      return {};
    },
    async search(term, options = {}) {
      const f = options.filters ?? {};
      const hits = records.filter(
        (r) =>
          (term === null || [...term.replace(/\s/g, '')].some((ch) => r.content.includes(ch))) &&
          (!f[PAGE_FILTER] || f[PAGE_FILTER] === r.page) &&
          (!f[DOC_NUMBER_FILTER] || f[DOC_NUMBER_FILTER] === r.docKey) &&
          (!f['类型'] || f['类型'] === r.type),
      );
      const counts: Record<string, number> = {};
      for (const h of hits) counts[h.page] = (counts[h.page] ?? 0) + 1;
      return {
        filters: { [PAGE_FILTER]: counts },
        results: hits
          .map((r, i) => ({
            id: `${r.page}${i}`,
            score: r.score,
            words: r.words ?? [],
            data: async (): Promise<FragmentLike> => {
              downloads.push(r.page);
              return { url: r.page, content: r.content, meta: { title: r.title, link: r.page, ...(r.type ? { 类型: r.type } : {}) } };
            },
          }))
          .sort((a, b) => b.score - a.score),
      };
    },
  };
  return { pf, downloads };
}

describe('re-ranking by exact phrase', () => {
  it('puts pages with the exact phrase before pages that only share its characters, whatever Pagefind scored', async () => {
    const { pf } = fakePagefind([
      { page: '/a/', title: 'A', content: '双减政策与碳排放', score: 9 },
      { page: '/b/', title: 'B', content: '宣传“双碳”目标', score: 1 },
      { page: '/c/', title: 'C', content: '没有关系', score: 5 },
    ]);
    const out = await runSearch(pf, prepareQuery('双碳')!);
    expect(out.exact.map((h) => h.url)).toEqual(['/b/']);
    expect(out.partial.map((h) => h.url)).toEqual(['/a/']);
    expect(out.exact[0]!.sections[0]!.ranges).toEqual([[3, 5]]);
  });

  it('finds the exact phrase in a later section of a page', async () => {
    const { pf } = fakePagefind([
      { page: '/a/', title: 'A', content: '科学技术普及', score: 5 },
      { page: '/a/', title: 'A', content: '提升科学素质', score: 1 },
    ]);
    const out = await runSearch(pf, prepareQuery('科学素质')!);
    expect(out.exact.map((h) => h.url)).toEqual(['/a/']);
    expect(out.exact[0]!.sections.map((s) => s.content)).toEqual(['提升科学素质']);
  });

  it('ranks the document whose own 文号 was typed first, in any bracket style', async () => {
    const { pf } = fakePagefind([
      { page: '/cites/', title: '引用它的方案', content: '根据益科协〔2023〕12号文件，益科协〔2023〕12号', score: 9 },
      { page: '/doc/', title: '科普工作要点', content: '益科协〔2023〕12号 各区县市科协', score: 1, docKey: '益科协〔2023〕12号' },
    ]);
    for (const written of ['益科协[2023]12号', '益科协（2023）12号', '益科协2023年12号']) {
      const out = await runSearch(pf, prepareQuery(written)!);
      expect(out.exact.map((h) => h.url)).toEqual(['/doc/', '/cites/']);
      expect(out.exact[0]!.ownNumber).toBe(true);
    }
  });

  it('among exact pages, prefers the one that has the text exactly as typed, brackets included', async () => {
    const { pf } = fakePagefind([
      { page: '/normalized/', title: 'N', content: '（国发〔2021〕9号）', score: 9 },
      { page: '/as-printed/', title: 'P', content: '（国发〔2021）9号）', score: 1 },
    ]);
    const out = await runSearch(pf, prepareQuery('国发〔2021）9号')!);
    expect(out.exact.map((h) => h.url)).toEqual(['/as-printed/', '/normalized/']);
  });

  it('passes filters through, so a filter narrows the results', async () => {
    const { pf } = fakePagefind([
      { page: '/p/', title: 'P', content: '科普大篷车', score: 1, type: '政策文件' },
      { page: '/e/', title: 'E', content: '科普大篷车进校园', score: 1, type: '活动' },
    ]);
    const all = await runSearch(pf, prepareQuery('科普大篷车')!);
    const events = await runSearch(pf, prepareQuery('科普大篷车')!, { filters: { 类型: '活动' } });
    expect(all.exact).toHaveLength(2);
    expect(events.exact.map((h) => h.url)).toEqual(['/e/']);
  });

  it('stops downloading a page once it is confirmed, and caps the probes of pages that never match', async () => {
    const records: FakeRecord[] = [{ page: '/yes/', title: 'Y', content: '双碳', score: 5 }];
    for (let i = 0; i < 20; i++) records.push({ page: '/no/', title: 'N', content: `双减${i}碳`, score: 1 });
    const { pf, downloads } = fakePagefind(records);
    await runSearch(pf, prepareQuery('双碳')!, { maxProbesPerPage: 4, subResults: 0 });
    expect(downloads.filter((p) => p === '/yes/')).toHaveLength(1);
    expect(downloads.filter((p) => p === '/no/')).toHaveLength(4);
  });

  it('reports candidate pages it did not check', async () => {
    const records = Array.from({ length: 5 }, (_, i) => ({ page: `/p${i}/`, title: `P${i}`, content: '科普', score: i }));
    const { pf } = fakePagefind(records);
    const out = await runSearch(pf, prepareQuery('科普')!, { maxPages: 3 });
    expect(out.exact).toHaveLength(3);
    expect(out.unchecked).toBe(2);
  });
});

describe('ordering helpers', () => {
  it('measures runs of adjacent word positions', () => {
    expect(longestRun([])).toBe(0);
    expect(longestRun([7, 3, 4, 5, 9])).toBe(3);
  });

  it('probes phrase-like hits first', () => {
    const order = probeOrder([
      { score: 9, words: [1, 5] },
      { score: 1, words: [10, 11] },
    ]);
    expect(order[0]!.score).toBe(1);
  });

  it('sorts by date when asked, exact pages still first', () => {
    const hit = (url: string, exact: boolean, date: string): PageHit => ({
      url, title: url, meta: { date }, sections: [], exact, ownNumber: false, verbatim: false, titleMatch: false, score: 1, candidateSections: 1,
    });
    const sorted = [hit('/old/', true, '2021-01-01'), hit('/partial/', false, '2024-01-01'), hit('/new/', true, '2023-05-01')].sort(comparePages('date'));
    expect(sorted.map((h) => h.url)).toEqual(['/new/', '/old/', '/partial/']);
  });
});
