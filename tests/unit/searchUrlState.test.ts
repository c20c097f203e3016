import { describe, expect, it } from 'vitest';
import { chineseDate, highlightLink, parseSearchState, toSearchParams } from '../../src/lib/search/urlState';

describe('search state in the URL', () => {
  it('reads the query, the filters and the order', () => {
    const state = parseSearchState(new URLSearchParams('q=双碳&type=政策文件&year=2023&sort=date&unknown=1'));
    expect(state).toEqual({ q: '双碳', filters: { 类型: '政策文件', 年份: '2023' }, sort: 'date' });
  });

  it('writes back the same URL, leaving out empty values and the default order', () => {
    const params = toSearchParams({ q: '科学素质', filters: { 类型: '活动', 专题: '' }, sort: 'relevance' });
    expect(params.toString()).toBe(new URLSearchParams({ q: '科学素质', type: '活动' }).toString());
    expect(parseSearchState(params)).toEqual({ q: '科学素质', filters: { 类型: '活动' }, sort: 'relevance' });
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
