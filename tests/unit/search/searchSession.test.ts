import { describe, expect, it } from 'vitest';
import {
  CHECK_ALL_UP_TO,
  CHECK_PER_LOAD,
  openSearch,
  PAGES_PER_SCREEN,
  runSearch,
  type FragmentLike,
  type PagefindLike,
} from '../../../src/lib/search/query/engine';
import { prepareQuery, rarestLookup } from '../../../src/lib/search/query/query';
import {
  COMMON_MIN_RECORDS,
  countPagesHolding,
  WordCounter,
  wordFrequency,
} from '../../../src/lib/search/query/commonWords';
import { IndexParts, searchesMainPartFirst } from '../../../src/lib/search/query/indexParts';

interface FakeRecord {
  page: string;
  content: string;
}

/**
 * A stand-in for Pagefind that records what a browser would download: each lookup term (an index
 * chunk per word) and each record's fragment. A record matches when it holds every looked-up word.
 */
function fakePagefind(records: FakeRecord[]) {
  const fragments: number[] = [];
  const lookups: string[] = [];
  const pf: PagefindLike = {
    async search(term) {
      lookups.push(term ?? '');
      const words = (term ?? '').split(' ').filter(Boolean);
      return {
        results: records
          .map((r, i) => ({ r, i }))
          .filter(({ r }) => words.every((w) => r.content.includes(w)))
          .map(({ r, i }) => ({
            id: `record-${i}`,
            score: 1000 - i,
            words: [],
            data: async (): Promise<FragmentLike> => {
              fragments.push(i);
              return {
                url: `${r.page}#${i}`,
                content: r.content,
                meta: { title: `标题${r.page}`, page: r.page, link: r.page },
              };
            },
          })),
      };
    },
  };
  return { pf, fragments, lookups };
}

/** `n` pages, one section each, holding the phrase. */
const holding = (n: number, phrase = '科普讲座') =>
  Array.from({ length: n }, (_, i) => ({ page: `/p${i}/`, content: `第${i}段：举办${phrase}。` }));

describe('search session: only what the result page shown needs', () => {
  it('the first page downloads at most one screen of fragments when many sections are candidates, the next page the next ones', async () => {
    const { pf, fragments } = fakePagefind(holding(75));
    const session = await openSearch(pf, prepareQuery('科普讲座')!);
    const first = await session.load(1);
    expect(fragments.length).toBeLessThanOrEqual(PAGES_PER_SCREEN);
    expect(first.hits).toHaveLength(10);
    expect(first.complete).toBe(false);
    expect(first.candidates).toBe(75);

    const second = await session.load(2);
    expect(fragments.length).toBeLessThanOrEqual(2 * PAGES_PER_SCREEN);
    // The next sections, none of the first page's again.
    expect(new Set(fragments).size).toBe(fragments.length);
    expect(second.hits.slice(0, 10).map((h) => h.url)).toEqual(first.hits.map((h) => h.url));
    expect(second.hits).toHaveLength(20);
    expect(second.complete).toBe(false);

    // Going back to page 1 downloads nothing more.
    const before = fragments.length;
    await session.load(1);
    expect(fragments.length).toBe(before);
  });

  it('the count is exact once every candidate is checked, and never counts a page twice', async () => {
    // 40 pages; every page has two sections with the phrase.
    const records = holding(40).flatMap((r) => [r, { ...r, content: `${r.content}再次举办科普讲座。` }]);
    const { pf, fragments } = fakePagefind(records);
    const session = await openSearch(pf, prepareQuery('科普讲座')!);
    const first = await session.load(1);
    expect(first.complete).toBe(false);
    expect(first.hits.length).toBeLessThanOrEqual(40);
    const last = await session.load(99);
    expect(last.complete).toBe(true);
    expect(last.hits).toHaveLength(40);
    expect(new Set(last.hits.map((h) => h.url)).size).toBe(40);
    expect(fragments).toHaveLength(80);
  });

  it('sections that hold the words but not the phrase are checked and left out: the lower bound is never above the truth', async () => {
    // Every record holds 科普 and 讲座 (both looked up), only every third one the phrase 科普讲座.
    const records = Array.from({ length: 90 }, (_, i) => ({
      page: `/p${i}/`,
      content: i % 3 === 0 ? `科普讲座第${i}场` : `科普活动与讲座第${i}场`,
    }));
    const { pf } = fakePagefind(records);
    const session = await openSearch(pf, prepareQuery('科普讲座')!);
    const first = await session.load(1);
    expect(first.hits).toHaveLength(10);
    expect(first.complete).toBe(false);
    for (const hit of first.hits) expect(hit.sections[0]!.content).toContain('科普讲座');
    const all = await runSearch(pf, prepareQuery('科普讲座')!);
    expect(all.exact).toHaveLength(30);
    expect(first.hits.length).toBeLessThanOrEqual(all.exact.length);
  });

  it(`with at most ${CHECK_ALL_UP_TO} candidate sections every one is checked on the first page: complete, ranked and counted exactly`, async () => {
    const records = holding(CHECK_ALL_UP_TO);
    // The last candidate in Pagefind's order has the phrase in its title: it must still come first.
    records[CHECK_ALL_UP_TO - 1] = { page: '/p-title/', content: '科普讲座' };
    const { pf, fragments } = fakePagefind(records);
    const session = await openSearch(pf, prepareQuery('科普讲座')!);
    const first = await session.load(1);
    expect(fragments).toHaveLength(CHECK_ALL_UP_TO);
    expect(first.complete).toBe(true);
    expect(first.hits).toHaveLength(CHECK_ALL_UP_TO);
  });

  it('asking for a page beyond the results loads to the end and reports the complete list', async () => {
    const { pf } = fakePagefind(holding(45));
    const session = await openSearch(pf, prepareQuery('科普讲座')!);
    const view = await session.load(9);
    expect(view.complete).toBe(true);
    expect(view.hits).toHaveLength(45);
  });
});

/**
 * `n` candidate sections that hold 科普 and 讲座 (both looked up) but not the phrase 科普讲座, except
 * the ones at `holders` (positions in Pagefind's order), each on a page of its own.
 */
const mostlyFalse = (n: number, holders: number[]) =>
  Array.from({ length: n }, (_, i) => ({
    page: `/p${i}/`,
    content: holders.includes(i) ? `科普讲座第${i}场` : `科普活动与讲座第${i}场`,
  }));

describe('search session: a budget of checks per load', () => {
  // Two real matches, one in the second budget's worth of candidates and one in the third.
  const n = 2 * CHECK_PER_LOAD + CHECK_PER_LOAD / 2;
  const holders = [CHECK_PER_LOAD + 7, 2 * CHECK_PER_LOAD + 3];

  it('stops after the budget with the page not full, goes on from there when asked again, and ends complete', async () => {
    const { pf, fragments } = fakePagefind(mostlyFalse(n, holders));
    const session = await openSearch(pf, prepareQuery('科普讲座')!);

    const first = await session.load(1);
    expect(first.budgetSpent).toBe(true);
    expect(first.complete).toBe(false);
    expect(first.hits).toHaveLength(0);
    expect(first.checked).toBe(CHECK_PER_LOAD);
    expect(first.candidates).toBe(n);
    expect(fragments).toHaveLength(CHECK_PER_LOAD);

    const second = await session.load(1);
    expect(second.budgetSpent).toBe(true);
    expect(second.checked).toBe(2 * CHECK_PER_LOAD);
    expect(second.hits.map((h) => h.url)).toEqual([`/p${holders[0]}/`]);
    // The next batch, not the first again.
    expect(fragments).toHaveLength(2 * CHECK_PER_LOAD);
    expect(new Set(fragments).size).toBe(fragments.length);

    const third = await session.load(1);
    expect(third.budgetSpent).toBe(false);
    expect(third.complete).toBe(true);
    expect(third.checked).toBe(n);
    // The result listed before keeps its place.
    expect(third.hits.map((h) => h.url)).toEqual([`/p${holders[0]}/`, `/p${holders[1]}/`]);
    expect(fragments).toHaveLength(n);
    expect(new Set(fragments).size).toBe(n);
  });

  it('does not apply to load(Infinity) or runSearch: every candidate is checked in one call', async () => {
    const { pf, fragments } = fakePagefind(mostlyFalse(n, holders));
    const session = await openSearch(pf, prepareQuery('科普讲座')!);
    await session.load(1);
    const all = await session.load(Infinity);
    expect(all.budgetSpent).toBe(false);
    expect(all.complete).toBe(true);
    expect(all.hits).toHaveLength(2);
    expect(new Set(fragments).size).toBe(n);

    const other = fakePagefind(mostlyFalse(n, holders));
    const outcome = await runSearch(other.pf, prepareQuery('科普讲座')!);
    expect(outcome.checked).toBe(n);
    expect(outcome.exact).toHaveLength(2);
    expect(other.fragments).toHaveLength(n);
  });

  it('changes nothing when it is larger than the candidates', async () => {
    const { pf, fragments } = fakePagefind(mostlyFalse(n, holders));
    const session = await openSearch(pf, prepareQuery('科普讲座')!, { checkPerLoad: n + 1 });
    const view = await session.load(1);
    expect(view.budgetSpent).toBe(false);
    expect(view.complete).toBe(true);
    expect(view.checked).toBe(n);
    expect(view.hits).toHaveLength(2);
    expect(fragments).toHaveLength(n);
  });

  it('does not pause a query whose phrase fills the page early', async () => {
    const { pf, fragments } = fakePagefind(holding(3 * CHECK_PER_LOAD));
    const view = await (await openSearch(pf, prepareQuery('科普讲座')!)).load(1);
    expect(view.budgetSpent).toBe(false);
    expect(view.hits).toHaveLength(PAGES_PER_SCREEN);
    expect(fragments.length).toBeLessThanOrEqual(PAGES_PER_SCREEN);
  });

  it(`is never below ${CHECK_ALL_UP_TO}: a lookup that small is still checked whole in one call`, async () => {
    const small = fakePagefind(mostlyFalse(CHECK_ALL_UP_TO, [CHECK_ALL_UP_TO - 1]));
    const whole = await (await openSearch(small.pf, prepareQuery('科普讲座')!, { checkPerLoad: 5 })).load(1);
    expect(whole.complete).toBe(true);
    expect(whole.budgetSpent).toBe(false);
    expect(whole.hits).toHaveLength(1);

    const large = fakePagefind(mostlyFalse(n, holders));
    const paused = await (await openSearch(large.pf, prepareQuery('科普讲座')!, { checkPerLoad: 5 })).load(1);
    expect(paused.budgetSpent).toBe(true);
    expect(paused.checked).toBe(CHECK_ALL_UP_TO);
  });

  it('counts across widening an index in parts, and goes on into the merged parts', async () => {
    const budget = 50;
    // The main bundle holds fewer candidates than the budget, none of them a match; the one match is
    // deep in the last part.
    const main = mostlyFalse(40, []);
    const partOne = mostlyFalse(100, []).map((r, i) => ({ ...r, page: `/q${i}/` }));
    const partTwo = mostlyFalse(60, [55]).map((r, i) => ({ ...r, page: `/r${i}/` }));
    const { engine, indexParts, fragments, mergedPaths } = await partedIndex([main, partOne, partTwo]);
    const session = await openSearch(engine, prepareQuery('科普讲座')!, {
      more: () => indexParts.mergeAll(),
      checkPerLoad: budget,
    });

    const first = await session.load(1);
    // The main bundle's 40, then the parts were merged and 10 of theirs were checked.
    expect(mergedPaths).toHaveLength(2);
    expect(first.budgetSpent).toBe(true);
    expect(first.complete).toBe(false);
    expect(first.checked).toBe(budget);
    expect(first.candidates).toBe(200);
    expect(first.hits).toHaveLength(0);

    const views = [first];
    while (views.at(-1)!.budgetSpent) views.push(await session.load(1));
    for (const [i, view] of views.entries()) expect(view.checked).toBe(Math.min(200, (i + 1) * budget));
    const last = views.at(-1)!;
    expect(last.complete).toBe(true);
    expect(last.hits.map((h) => h.url)).toEqual(['/r55/']);
    expect(fragments).toHaveLength(200);
    expect(new Set(fragments).size).toBe(200);
  });
});

describe('rarest-word lookup', () => {
  it('looks up only the least common word when every word of the phrase is common', () => {
    const words = ['科学', '素质'];
    expect(rarestLookup(words, { 科学: 9000, 素质: 4000 })).toEqual([1]);
    expect(rarestLookup(words, { 科学: 3000, 素质: 4000 })).toEqual([0]);
  });

  it('leaves common words out when a rarer word is in the query', () => {
    expect(rarestLookup(['提升', '科学', '素质'], { 科学: 9000, 素质: 4000 })).toEqual([0]);
    expect(rarestLookup(['青少年', '科技', '创新'], { 科技: 9000 })).toEqual([0, 2]);
    // A lone character left over is not taken for a rare word when a longer one is there.
    expect(rarestLookup(['科学', '家', '精神'], { 科学: 9000 })).toEqual([2]);
    expect(rarestLookup(['双', '碳'], { 科学: 9000 })).toEqual([0, 1]);
    expect(rarestLookup(['科技', '活动', '周'], { 科技: 149, 活动: 108 })).toEqual([1]);
  });

  it('the prepared query asks Pagefind for that word only, and for the longest words without the list', async () => {
    expect(prepareQuery('科学素质', { 科学: 9000, 素质: 4000 })!.engineTerm).toBe('素质');
    expect(prepareQuery('科学素质')!.engineTerm).toBe('科学 素质');
    // One lookup (one index chunk) instead of two.
    const { pf, lookups } = fakePagefind(holding(3, '科学素质'));
    await runSearch(pf, prepareQuery('科学素质', { 科学: 9000, 素质: 4000 })!);
    expect(lookups).toEqual(['素质']);
  });

  it('counts the records holding each word and lists only the common ones, most common first', () => {
    const counter = new WordCounter();
    for (let i = 0; i < COMMON_MIN_RECORDS + 20; i++) counter.add(i % 2 ? `提升科学素质${i}` : `普及科学知识${i}`);
    const common = counter.common();
    expect(counter.records).toBe(COMMON_MIN_RECORDS + 20);
    expect(wordFrequency(common, '科学')).toBe(COMMON_MIN_RECORDS + 20);
    // 素质 is in half of the records: fewer than the floor of COMMON_MIN_RECORDS.
    expect(wordFrequency(common, '素质')).toBe(0);
    expect(Object.keys(common)).toEqual(['科学']);
  });
});

/**
 * An index in parts: a fake Pagefind that searches only the parts merged so far (the first from the
 * start, as the main bundle), and an IndexParts over it that merges the others on demand.
 */
async function partedIndex(parts: FakeRecord[][]) {
  const merged = [parts[0]!];
  const mergedPaths: string[] = [];
  const all = parts.flat();
  const { pf, fragments, lookups } = fakePagefind(all);
  const engine: PagefindLike = {
    async search(term, options) {
      const response = await pf.search(term, options);
      const inMerged = new Set(merged.flat());
      // Ids stay those of the whole list, as a merged index keeps its pages' ids.
      return { results: (response?.results ?? []).filter((r) => inMerged.has(all[Number(r.id.slice(7))]!)) };
    },
  };
  const mergeable = {
    async mergeIndex(path: string) {
      mergedPaths.push(path);
      merged.push(parts[Number(/part(\d+)/.exec(path)![1])]!);
    },
  };
  const list = { merge: parts.slice(1).map((_, i) => `parts/part${i + 1}/`) };
  const indexParts = await IndexParts.open(mergeable, '/pagefind/', {}, async () => Response.json(list));
  return { engine, indexParts, fragments, lookups, mergedPaths };
}

describe('search over an index in parts', () => {
  const part = (from: number, n: number, phrase = '科普讲座') =>
    Array.from({ length: n }, (_, i) => ({ page: `/p${from + i}/`, content: `第${from + i}段：举办${phrase}。` }));

  it('main bundle first: a full first screen from it merges no other part, and the count says there may be more', async () => {
    const { engine, indexParts, mergedPaths, lookups } = await partedIndex([part(0, 40), part(40, 40), part(80, 40)]);
    const session = await openSearch(engine, prepareQuery('科普讲座')!, { more: () => indexParts.mergeAll() });
    const first = await session.load(1);
    expect(first.hits).toHaveLength(PAGES_PER_SCREEN);
    expect(first.complete).toBe(false);
    expect(mergedPaths).toEqual([]);
    expect(lookups).toHaveLength(1);
    // Asking for everything merges every part, and the list is then complete and exact.
    const everything = await session.load(Infinity);
    expect(mergedPaths).toEqual(['/pagefind/parts/part1/', '/pagefind/parts/part2/']);
    expect(everything.complete).toBe(true);
    expect(everything.hits).toHaveLength(120);
    expect(new Set(everything.hits.map((h) => h.url)).size).toBe(120);
  });

  it('main bundle first: too few results in it merges the other parts at once, never checking a section twice', async () => {
    const { engine, indexParts, fragments, mergedPaths } = await partedIndex([part(0, 3), part(3, 4), part(7, 30)]);
    const session = await openSearch(engine, prepareQuery('科普讲座')!, { more: () => indexParts.mergeAll() });
    const first = await session.load(1);
    expect(mergedPaths).toHaveLength(2);
    expect(first.hits).toHaveLength(PAGES_PER_SCREEN);
    expect(new Set(fragments).size).toBe(fragments.length);
    // The main bundle's pages are listed, and the other parts filled the rest of the screen.
    const urls = first.hits.map((h) => h.url);
    for (const page of ['/p0/', '/p1/', '/p2/']) expect(urls).toContain(page);
    expect(urls.filter((u) => !['/p0/', '/p1/', '/p2/'].includes(u))).toHaveLength(7);
  });

  it('without `more` the engine searches what is merged: all parts merged first give the same list as one index', async () => {
    const records = [part(0, 5), part(5, 5, '其他内容'), part(10, 5)];
    const { engine, indexParts } = await partedIndex(records);
    expect(await indexParts.mergeAll()).toBe(true);
    expect(await indexParts.mergeAll()).toBe(false);
    const parted = await runSearch(engine, prepareQuery('科普讲座')!);
    const whole = await runSearch(fakePagefind(records.flat()).pf, prepareQuery('科普讲座')!);
    expect(parted.exact.map((h) => h.url)).toEqual(whole.exact.map((h) => h.url));
    expect(parted.exact).toHaveLength(10);
  });

  it('looks in the main bundle first only for a query of common words without filters, date order or 文号', () => {
    const common = { 科普: 900, 讲座: 300 };
    const plain = { filters: {} };
    const first = (q: string, state: Parameters<typeof searchesMainPartFirst>[2] = plain, list = common) =>
      searchesMainPartFirst(prepareQuery(q, list)!, list, state);
    expect(first('科普')).toBe(true);
    expect(first('科普讲座')).toBe(true);
    expect(first('科普', { filters: { 类型: '科普文章' } })).toBe(false);
    expect(first('科普', { filters: {}, sort: 'date' })).toBe(false);
    // 中暑 is not a common word: every part is needed for its few results.
    expect(first('科普中暑')).toBe(false);
    expect(first('益科协〔2023〕12号')).toBe(false);
    expect(searchesMainPartFirst(prepareQuery('科普')!, undefined, plain)).toBe(false);
  });
});

describe('pages holding a common word', () => {
  it('counts pages, not sections, and matches as a result is matched (normalized text, inside longer words)', () => {
    const pages = [['开展科普活动', '科普日'], ['全国科普日'], ['ＫＥＰＵ 科 普'], ['科学普及']];
    expect(countPagesHolding(['科普', 'kepu', '普及'], pages)).toEqual({ 科普: 3, kepu: 1, 普及: 1 });
  });
});
