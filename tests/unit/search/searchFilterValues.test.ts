import { describe, expect, it } from 'vitest';
import { addFilterValues, sortedFilterValues, type FilterValues } from '../../../src/lib/search/query/filterValues';

describe('filter values for the search form', () => {
  it('counts each page once per value and keeps every filter', () => {
    const acc: FilterValues = {};
    addFilterValues(acc, { 类型: ['政策文件'], 专题: ['双碳', '双碳', '健康'] });
    addFilterValues(acc, { 类型: ['活动'], 年份: ['2024'] });
    addFilterValues(acc, { 类型: ['政策文件'], 专题: ['双碳'] });
    expect(acc).toEqual({ 类型: { 政策文件: 2, 活动: 1 }, 专题: { 双碳: 2, 健康: 1 }, 年份: { 2024: 1 } });
  });

  it('writes names and values in a stable order, whatever order the pages came in', () => {
    const a = addFilterValues(addFilterValues({}, { 年份: ['2023'], 专题: ['健康'] }), {
      年份: ['2021'],
      专题: ['双碳'],
    });
    const b = addFilterValues(addFilterValues({}, { 专题: ['双碳'], 年份: ['2021'] }), {
      专题: ['健康'],
      年份: ['2023'],
    });
    expect(JSON.stringify(sortedFilterValues(a))).toBe(JSON.stringify(sortedFilterValues(b)));
    expect(Object.keys(sortedFilterValues(a).年份!)).toEqual(['2021', '2023']);
  });
});
