import { describe, expect, it } from 'vitest';
import { homeName, isHome } from '../../../src/lib/search/query/homeRegion';
import {
  comparePages,
  phraseDistance,
  probeOrder,
  runSearch,
  type FragmentLike,
  type PagefindLike,
  type PageHit,
} from '../../../src/lib/search/query/engine';
import { prepareQuery } from '../../../src/lib/search/query/query';
import { docNumberToken, docNumberTokens, ownDocNumberToken } from '../../../src/lib/search/query/docNumberToken';

interface FakeRecord {
  page: string;
  content: string;
  title: string;
  score: number;
  words?: number[];
  /** The page's own 文号 (canonical), carried by this record as pageRecords does for a first record. */
  docKey?: string;
  type?: string;
  /** Heading of the section (meta.section). */
  heading?: string;
}

/** The 文号 words a record carries, as pageRecords writes them. */
function recordTokens(r: FakeRecord): string[] {
  return [...(r.docKey ? [ownDocNumberToken(r.docKey), docNumberToken(r.docKey)] : []), ...docNumberTokens(r.content)];
}

/** Like Pagefind on our records: a 文号 word matches records carrying a word it prefixes. */
function fakeMatch(term: string, r: FakeRecord): boolean {
  const words = term.split(' ');
  if (words.every((w) => /^wh[a-z]+$/.test(w))) return words.some((w) => recordTokens(r).some((t) => t.startsWith(w)));
  return [...term.replace(/\s/g, '')].some((ch) => r.content.includes(ch));
}

/** A tiny stand-in for Pagefind: a record "matches" when it contains any character of the term. */
function fakePagefind(records: FakeRecord[]) {
  const downloads: string[] = [];
  const lookups: (string | null)[] = [];
  const pf: PagefindLike = {
    async search(term, options = {}) {
      lookups.push(term);
      const f = options.filters ?? {};
      const hits = records
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => (term === null || fakeMatch(term, r)) && (!f.类型 || f.类型 === r.type));
      return {
        results: hits
          .map(({ r, i }) => ({
            id: `record-${i}`,
            score: r.score,
            words: r.words ?? [],
            data: async (): Promise<FragmentLike> => {
              downloads.push(r.page);
              return {
                url: `${r.page}#${i}`,
                content: r.content,
                meta: {
                  title: r.title,
                  page: r.page,
                  link: r.page,
                  ...(r.heading ? { section: r.heading } : {}),
                  ...(r.docKey ? { 文号: r.docKey } : {}),
                  ...(r.type ? { 类型: r.type } : {}),
                },
              };
            },
          }))
          .sort((a, b) => b.score - a.score),
      };
    },
  };
  return { pf, downloads, lookups };
}

describe('re-ranking by exact phrase', () => {
  it('lists only pages with the exact phrase, never pages that merely share its characters, whatever Pagefind scored', async () => {
    const { pf } = fakePagefind([
      { page: '/a/', title: 'A', content: '双减政策与碳排放', score: 9 },
      { page: '/b/', title: 'B', content: '宣传“双碳”目标', score: 1 },
      { page: '/c/', title: 'C', content: '没有关系', score: 5 },
    ]);
    const out = await runSearch(pf, prepareQuery('双碳')!);
    expect(out.exact.map((h) => h.url)).toEqual(['/b/']);
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
      {
        page: '/doc/',
        title: '科普工作要点',
        content: '益科协〔2023〕12号 各区县市科协',
        score: 1,
        docKey: '益科协〔2023〕12号',
      },
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

  it('groups the sections of one page into one result, whatever order they come in', async () => {
    const { pf } = fakePagefind([
      { page: '/a/', title: 'A', content: '双碳目标', score: 9 },
      { page: '/b/', title: 'B', content: '双碳行动', score: 5 },
      { page: '/a/', title: 'A', content: '宣传双碳', score: 1 },
    ]);
    const out = await runSearch(pf, prepareQuery('双碳')!);
    expect(out.exact.map((h) => h.url)).toEqual(['/a/', '/b/']);
    expect(out.exact[0]!.sections.map((s) => s.content)).toEqual(['双碳目标', '宣传双碳']);
  });

  it('checks every candidate section, so the list is complete and the count exact', async () => {
    const records = Array.from({ length: 75 }, (_, i) => ({
      page: `/p${i % 50}/`,
      title: `P${i}`,
      content: i % 3 ? '科普' : '科学普及',
      score: 75 - i,
    }));
    const { pf, downloads } = fakePagefind(records);
    const out = await runSearch(pf, prepareQuery('科普')!, { batch: 7 });
    expect(downloads).toHaveLength(75);
    const truth = new Set(records.filter((r) => r.content.includes('科普')).map((r) => r.page));
    expect(new Set(out.exact.map((h) => h.url))).toEqual(truth);
    expect(out.exact).toHaveLength(truth.size);
    expect(out.checked).toBe(75);
  });

  it('pauses after the lookup and after every batch, so a page can yield to the reader', async () => {
    const records = Array.from({ length: 25 }, (_, i) => ({
      page: `/p${i}/`,
      title: `P${i}`,
      content: '科普',
      score: 25 - i,
    }));
    const { pf } = fakePagefind(records);
    let pauses = 0;
    await runSearch(pf, prepareQuery('科普')!, { batch: 10, pause: async () => void pauses++ });
    expect(pauses).toBe(1 + 3);
  });

  it('ranks a page whose title or a heading holds the query above pages that mention it in passing', async () => {
    const { pf } = fakePagefind([
      { page: '/passing/', title: '高血压管理', content: '顺带提到科普两次：科普', score: 9 },
      { page: '/heading/', title: '工作方案', content: '加强科普阵地建设', score: 2, heading: '三、科普阵地' },
      { page: '/title/', title: '科普工作要点', content: '全年工作', score: 1 },
      { page: '/title/', title: '科普工作要点', content: '一次科普', score: 1 },
    ]);
    const out = await runSearch(pf, prepareQuery('科普')!);
    expect(out.exact.map((h) => h.url)).toEqual(['/title/', '/heading/', '/passing/']);
    expect(out.exact[1]!.headingMatch).toBe(true);
    expect(out.exact[2]!.occurrences).toBe(2);
  });

  it('asks Pagefind at most twice, however many pages are candidates', async () => {
    const records: FakeRecord[] = Array.from({ length: 200 }, (_, i) => ({
      page: `/p${i % 70}/`,
      title: 'T',
      content: `引用益科协〔2023〕12号 第${i}段`,
      score: 1,
    }));
    records.push({
      page: '/doc/',
      title: '科普工作要点',
      content: '各区县市科协',
      score: 0.1,
      docKey: '益科协〔2023〕12号',
    });
    const { pf, lookups } = fakePagefind(records);
    const byNumber = await runSearch(pf, prepareQuery('益科协（2023）12号')!);
    expect(lookups).toHaveLength(2);
    // The bearer of the number comes first although 200 citing sections outrank it and fill the budget.
    expect(byNumber.exact[0]!.url).toBe('/doc/');
    expect(byNumber.exact[0]!.ownNumber).toBe(true);
    lookups.length = 0;
    await runSearch(pf, prepareQuery('第1段')!);
    expect(lookups).toHaveLength(1);
  });
});

describe('文号 words', () => {
  it('gives every bracket style of a 文号 the same word, and different numbers different words', () => {
    const text = '根据国发〔2021）9号、益科协[2023]12号和益科协2023年12号，以及益科协〔2023〕13号';
    const tokens = docNumberTokens(text);
    expect(tokens).toEqual([
      docNumberToken('国发〔2021〕9号'),
      docNumberToken('益科协〔2023〕12号'),
      docNumberToken('益科协〔2023〕13号'),
    ]);
    expect(new Set(tokens).size).toBe(3);
    expect(tokens.every((t) => /^wh[a-z]{7}$/.test(t))).toBe(true);
    // The bearer's word extends the citation word, so looking up the citation word finds the bearer too.
    expect(ownDocNumberToken('国发〔2021〕9号').startsWith(tokens[0]!)).toBe(true);
    expect(ownDocNumberToken('国发〔2021〕9号')).not.toBe(tokens[0]);
  });

  it('a 文号 query looks up its word, not the common words it is made of', () => {
    expect(prepareQuery('益科协（2023）12号')!.engineTerm).toBe(docNumberToken('益科协〔2023〕12号'));
    expect(prepareQuery('科学素质')!.engineTerm).not.toMatch(/^wh/);
  });
});

describe('ordering helpers', () => {
  it('measures how far a section is from holding the words as far apart as typed', () => {
    expect(phraseDistance([], 1)).toBe(Infinity);
    expect(phraseDistance([4], 1)).toBe(Infinity);
    expect(phraseDistance([30, 3, 12, 14], 2)).toBe(0);
    expect(phraseDistance([30, 3, 12, 14], 1)).toBe(1);
    expect(phraseDistance([3, 40], 2)).toBe(35);
  });

  it('downloads sections with the typed spacing first: 科学家精神 before 科学精神', () => {
    const query = prepareQuery('科学家精神')!;
    // The segmenter sees 科学|家|精神 and looks up 科学 and 精神, two positions apart.
    expect(query.engineTerm).toBe('科学 精神');
    expect(query.engineGap).toBe(2);
    const order = probeOrder(
      [
        { id: '科学精神', score: 9, words: [10, 11] },
        { id: '科学……精神', score: 8, words: [3, 40] },
        { id: '科学家精神', score: 1, words: [20, 22] },
      ],
      query.engineGap,
    );
    expect(order.map((r) => r.id)).toEqual(['科学家精神', '科学精神', '科学……精神']);
  });

  it('keeps Pagefind’s order when the spacing of the words is unknown', () => {
    expect(prepareQuery('双碳 食品')!.engineGap).toBeNull();
    const results = [
      { score: 1, words: [1, 2] },
      { score: 9, words: [5, 40] },
    ];
    expect(probeOrder(results, null)).toEqual(results);
  });

  it('sorts by date when asked, exact pages still first', () => {
    const hit = (url: string, exact: boolean, date: string): PageHit => ({
      url,
      title: url,
      meta: { date },
      sections: [],
      exact,
      ownNumber: false,
      verbatim: false,
      titleMatch: false,
      headingMatch: false,
      occurrences: 1,
      score: 1,
    });
    const sorted = [
      hit('/old/', true, '2021-01-01'),
      hit('/partial/', false, '2024-01-01'),
      hit('/new/', true, '2023-05-01'),
    ].sort(comparePages('date'));
    expect(sorted.map((h) => h.url)).toEqual(['/new/', '/old/', '/partial/']);
  });

  it('puts the site’s own region first among pages equally about the query, never above a better one', () => {
    const plan = (url: string, title: string, occurrences: number, titleMatch = true): PageHit => ({
      url,
      title,
      meta: { title, 机关: `${title.slice(0, 3)}人民政府` },
      sections: [],
      exact: true,
      ownNumber: false,
      verbatim: true,
      titleMatch,
      headingMatch: false,
      occurrences,
      home: isHome({ title, 机关: `${title.slice(0, 3)}人民政府` }, homeName('湖南省益阳市')),
      score: occurrences,
    });
    const sorted = [
      plan('/zhanjiang/', '湛江市全民科学素质行动实施方案', 40),
      plan('/yiyang/', '益阳市全民科学素质行动实施方案', 12),
      plan('/article/', '什么是科学素质', 60),
      plan('/yiyang-notice/', '益阳市科协工作要点', 3, false),
    ].sort(comparePages('relevance'));
    expect(sorted.map((h) => h.url)).toEqual(['/yiyang/', '/article/', '/zhanjiang/', '/yiyang-notice/']);
  });

  it('knows a region by the name its documents carry', () => {
    expect(homeName('湖南省益阳市')).toBe('益阳');
    expect(homeName('湖南省常德市澧县')).toBe('澧县');
    expect(homeName('湖南省岳阳市南湖新区')).toBe('南湖新区');
    expect(homeName('新疆维吾尔自治区阿克苏地区')).toBe('阿克苏');
    expect(homeName('北京市')).toBe('北京');
    expect(homeName('')).toBeNull();
  });
});
