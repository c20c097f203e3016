import { describe, expect, it } from 'vitest';
import { columnFindings, homeFindings, type Column } from '../../../src/lib/inspect/rules/columns';

const column = (name: string, newest: string | null, count = 1, periodDays = 14): Column => ({
  name,
  url: `/${name}/`,
  count,
  newest,
  periodDays,
  periodSetting: '更新周期',
});
const limits = { vetoStaleColumns: 5, vetoEmptyColumns: 5 };
const TODAY = '2026-12-08';

describe('栏目不更新和空白栏目', () => {
  it('reports a column whose newest item is older than its period, and not one within it', () => {
    const found = columnFindings([column('动态', '2026-11-23'), column('要闻', '2026-11-24')], TODAY, limits);
    expect(found.map((f) => [f.rule, f.severity, f.field])).toEqual([['column-stale', 'deduct', '/动态/']]);
    expect(found[0]!.text).toContain('已 15 天，超过更新周期 14 天');
  });

  it('does not check a column with period 0 (a historical 专题)', () => {
    expect(columnFindings([column('旧专题', '2020-01-01', 3, 0)], TODAY, limits)).toEqual([]);
  });

  it('makes stale columns 单项否决 only above the threshold (more than 5)', () => {
    const stale = (n: number) => Array.from({ length: n }, (_, i) => column(`栏目${i}`, '2025-01-01'));
    expect(new Set(columnFindings(stale(5), TODAY, limits).map((f) => f.severity))).toEqual(new Set(['deduct']));
    expect(new Set(columnFindings(stale(6), TODAY, limits).map((f) => f.severity))).toEqual(new Set(['veto']));
  });

  it('reports empty columns, 单项否决 above their own threshold', () => {
    const empty = (n: number) => Array.from({ length: n }, (_, i) => column(`空${i}`, null, 0));
    expect(columnFindings(empty(1), TODAY, limits).map((f) => [f.rule, f.severity])).toEqual([
      ['column-empty', 'deduct'],
    ]);
    expect(columnFindings(empty(6), TODAY, limits).every((f) => f.severity === 'veto')).toBe(true);
    expect(
      columnFindings(empty(6), TODAY, { ...limits, vetoEmptyColumns: 6 }).every((f) => f.severity === 'deduct'),
    ).toBe(true);
  });
});

describe('网站不更新', () => {
  it('is 单项否决 when nothing on the site is newer than the period, and silent otherwise', () => {
    const found = homeFindings([column('动态', '2026-11-20'), column('专题', '2026-11-23')], TODAY, 14, '首页更新周期');
    expect(found.map((f) => [f.rule, f.severity, f.text])).toEqual([
      ['home-stale', 'veto', '首页最新的内容在 2026-11-23，已 15 天没有更新，超过 14 天'],
    ]);
    expect(homeFindings([column('动态', '2026-11-20'), column('专题', '2026-11-24')], TODAY, 14, 'x')).toEqual([]);
    expect(homeFindings([column('动态', '2020-01-01')], TODAY, 0, 'x')).toEqual([]);
  });
});
