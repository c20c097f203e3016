import { expect, test } from 'vitest';
import { allPages, laterPagePaths, pageCount, pageNumbers, pageOf, pagedPath } from '../../../src/lib/site/pagination';
import { policyRow, POLICY_PAGE_SIZE } from '../../../src/lib/policies/listRow';
import { filterPolicyRows } from '../../../src/lib/policies/filterUrl';
import type { PolicyFacts } from '../../../src/lib/policies/library';
import { compareUrl, MAX_COMPARE, plansFromSearch } from '../../../src/lib/policies/intel/compareChoice';
import { itemsByYear, itemYears } from '../../../src/lib/events/calendarItems';
import { deadlinesOnDay } from '../../../src/lib/events/monthGrid';

const archive = Array.from({ length: 2_400 }, (_, i) => `item-${i}`);

test('a list of 2,400 items splits into fixed-size pages: first, middle and last', () => {
  expect(pageCount(2_400, 20)).toBe(120);
  expect(pageCount(2_401, 20)).toBe(121);
  expect(pageCount(0, 20)).toBe(1);
  const first = pageOf(archive, 1, 20);
  expect(first.data).toEqual(archive.slice(0, 20));
  expect(first).toMatchObject({ currentPage: 1, lastPage: 120, total: 2_400, start: 0 });
  const middle = pageOf(archive, 60, 20);
  expect(middle.data[0]).toBe('item-1180');
  expect(middle.data).toHaveLength(20);
  const last = pageOf(['a', 'b', 'c', 'd', 'e'], 3, 2);
  expect(last.data).toEqual(['e']);
  expect(last.lastPage).toBe(3);
  expect(() => pageOf(archive, 121, 20)).toThrow(RangeError);
  expect(() => pageOf(archive, 0, 20)).toThrow(RangeError);
  expect(() => pageOf(archive, 1, 0)).toThrow(RangeError);
});

test('every item is on exactly one page, in order, and no page is larger than its size', () => {
  const pages = allPages(archive, 23);
  expect(pages.flatMap((p) => p.data)).toEqual(archive);
  expect(Math.max(...pages.map((p) => p.data.length))).toBe(23);
  expect(pages.map((p) => p.currentPage)).toEqual(Array.from({ length: pages.length }, (_, i) => i + 1));
  expect(allPages([], 20)).toHaveLength(1);
});

test('page 1 has the list’s own URL, later pages /page/<n>/', () => {
  expect(pagedPath('/policies/', 1)).toBe('/policies/');
  expect(pagedPath('/policies/', 2)).toBe('/policies/page/2/');
  expect(pagedPath('/policies/targets/', 17)).toBe('/policies/targets/page/17/');
  expect(() => pagedPath('/policies', 2)).toThrow(RangeError);
  expect(() => pagedPath('/policies/', 0)).toThrow(RangeError);
});

test('the pager lists the first, last and neighbouring pages, with gaps, however many pages there are', () => {
  expect(pageNumbers(1, 1)).toEqual([1]);
  expect(pageNumbers(1, 5)).toEqual([1, 2, null, 5]);
  expect(pageNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
  expect(pageNumbers(60, 120)).toEqual([1, null, 59, 60, 61, null, 120]);
  expect(pageNumbers(120, 120)).toEqual([1, null, 119, 120]);
  for (const current of [1, 2, 50, 119, 120]) {
    const shown = pageNumbers(current, 120);
    expect(shown.length).toBeLessThanOrEqual(7);
    expect(shown).toContain(current);
    const numbers = shown.filter((n): n is number => n !== null);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  }
});

const policy = (i: number): PolicyFacts => ({
  slug: `p${i}`,
  title: `文件${i}`,
  docType: i % 10 === 7 ? '工作要点' : '通知',
  docNumber: null,
  docNumberIncomplete: false,
  issuer: i % 2 ? '甲市科协' : null,
  issuedDate: `20${String(10 + (i % 15)).padStart(2, '0')}-03-01`,
  status: 'final',
  documentTitle: null,
});

test('a filter searches the whole library: its result holds documents from page 2 and later', () => {
  const rows = Array.from({ length: 300 }, (_, i) => policyRow(policy(i)));
  const found = filterPolicyRows(rows, { type: '工作要点' });
  expect(found).toHaveLength(30);
  const firstPage = new Set(pageOf(rows, 1, POLICY_PAGE_SIZE).data.map((r) => r.slug));
  expect(found.some((r) => !firstPage.has(r.slug))).toBe(true);
  expect(found.every((r) => r.docType === '工作要点')).toBe(true);
  expect(filterPolicyRows(rows, { type: '工作要点', issuer: '甲市科协' }).map((r) => r.slug)).toEqual(
    found.filter((r) => Number(r.slug.slice(1)) % 2 === 1).map((r) => r.slug),
  );
  expect(filterPolicyRows(rows, { issuer: '未注明' })).toHaveLength(150);
  expect(filterPolicyRows(rows, {})).toHaveLength(300);
});

test('a list row words the missing facts as the page does', () => {
  const row = policyRow({ ...policy(2), issuedDate: null, docNumber: '益科协〔2023〕', docNumberIncomplete: true });
  expect(row.issuer).toBe('发文机关未注明');
  expect(row.dateText).toBe('日期未注明');
  expect(row.docNumber).toBe('益科协〔2023〕（文号未填写完整）');
  expect(policyRow({ ...policy(2), manual: { issuer: '乙县' } }).issuer).toBe('乙县（编者补充）');
});

test('a chosen comparison survives the round trip through its URL', () => {
  const slugs = ['yiyang-plan', 'zhanjiang-plan', 'lixian-plan'];
  const url = compareUrl(slugs);
  expect(url).toBe('/policies/compare/?plans=yiyang-plan,zhanjiang-plan,lixian-plan');
  expect(plansFromSearch(new URL(url, 'https://x.cn').search)).toEqual(slugs);
  expect(plansFromSearch('?plans=a,,b,a')).toEqual(['a', 'b']);
  expect(plansFromSearch('?plans=')).toBeNull();
  expect(plansFromSearch('')).toBeNull();
  const many = Array.from({ length: MAX_COMPARE + 3 }, (_, i) => `p${i}`);
  expect(plansFromSearch(`?plans=${many.join(',')}`)).toHaveLength(MAX_COMPARE);
});

test('an event is in the calendar file of every year it overlaps', () => {
  expect(itemYears({ first: '2026-12-30', last: '2027-01-02' })).toEqual([2026, 2027]);
  expect(itemYears({ first: '2023-01-01', last: '2023-12-31' })).toEqual([2023]);
  // Its 报名截止 is shown in the month view too, in the year it falls in.
  expect(
    itemYears({ first: '2027-01-10', last: '2027-01-12', deadline: { day: '2026-12-20', text: '2026年12月20日' } }),
  ).toEqual([2026, 2027]);
  const item = (slug: string, first: string, last: string) =>
    ({ slug, first, last }) as Parameters<typeof itemsByYear>[0][number];
  const byYear = itemsByYear([
    item('a', '2027-03-01', '2027-03-02'),
    item('b', '2026-12-30', '2027-01-02'),
    item('c', '2025-05-01', '2025-05-01'),
  ]);
  expect([...byYear.keys()]).toEqual([2025, 2026, 2027]);
  expect(byYear.get(2027)!.map((i) => i.slug)).toEqual(['a', 'b']);
  expect(byYear.get(2026)!.map((i) => i.slug)).toEqual(['b']);
});

test('static paths for the later pages start at page 2, hold each page once and carry the shared props', () => {
  const items = Array.from({ length: 45 }, (_, i) => i);
  const paths = laterPagePaths(items, 20, { builtAt: 'x' });
  expect(paths.map((p) => p.params.page)).toEqual(['2', '3']);
  expect(paths.map((p) => p.props.page.data)).toEqual([items.slice(20, 40), items.slice(40)]);
  expect(paths.every((p) => p.props.builtAt === 'x')).toBe(true);
  expect(laterPagePaths(items.slice(0, 20), 20, {})).toEqual([]);
});

test('the month view places a 报名截止 on its own day, apart from the event days', () => {
  const contest = { slug: 'c', deadline: { day: '2027-03-31', text: '2027年3月31日 17:00' } };
  const talk = { slug: 't', deadline: null };
  expect(deadlinesOnDay([contest, talk], '2027-03-31').map((i) => i.slug)).toEqual(['c']);
  expect(deadlinesOnDay([contest, talk], '2027-04-01')).toEqual([]);
});
