import { describe, expect, it } from 'vitest';
import { chineseDate, highlightLink, parseSearchState, toSearchParams } from '../../../src/lib/search/query/urlState';

describe('search state in the URL', () => {
  it('reads the query, the filters and the order', () => {
    const state = parseSearchState(new URLSearchParams('q=双碳&type=政策文件&year=2023&sort=date&page=3&unknown=1'));
    expect(state).toEqual({ q: '双碳', filters: { 类型: '政策文件', 年份: '2023' }, sort: 'date', page: 3 });
    expect(parseSearchState(new URLSearchParams('q=双碳&page=-2')).page).toBe(1);
    expect(parseSearchState(new URLSearchParams('q=双碳&page=abc')).page).toBe(1);
  });

  it('writes back the same URL, leaving out empty values and the default order', () => {
    const params = toSearchParams({ q: '科学素质', filters: { 类型: '活动', 专题: '' }, sort: 'relevance', page: 1 });
    expect(params.toString()).toBe(new URLSearchParams({ q: '科学素质', type: '活动' }).toString());
    expect(parseSearchState(params)).toEqual({ q: '科学素质', filters: { 类型: '活动' }, sort: 'relevance', page: 1 });
    expect(toSearchParams({ q: '科普', filters: {}, sort: 'relevance', page: 2 }).toString()).toBe(
      'q=%E7%A7%91%E6%99%AE&page=2',
    );
  });

  it('links a result with the term to highlight, keeping the clause anchor last', () => {
    expect(highlightLink('/policies/a/#s3', '双碳')).toBe('/policies/a/?highlight=%E5%8F%8C%E7%A2%B3#s3');
    expect(highlightLink('/articles/b/', 'AED')).toBe('/articles/b/?highlight=AED');
  });

  it('shows plain calendar dates in Chinese, and nothing for a missing date', () => {
    expect(chineseDate('2023-04-07')).toBe('2023年4月7日');
    expect(chineseDate(undefined)).toBeNull();
  });
});
