import { describe, expect, it } from 'vitest';
import { pickParams, withParams } from '../../../src/lib/site/queryParams';
import { pageHref, requestedPage } from '../../../src/lib/site/pagination';
import { hasPolicyFilter, policyFilterHref, policyFilterOf } from '../../../src/lib/policies/filterUrl';
import { taskFilterOf } from '../../../src/lib/policies/intel/taskFilter';

describe('query-string state of the filtered lists', () => {
  it('picks the non-empty values of the named keys only', () => {
    expect(pickParams(new URLSearchParams('a=1&b=&c=3&page=2'), ['a', 'b', 'c'])).toEqual({ a: '1', c: '3' });
  });

  it('sets and removes values, keeping every other parameter in place', () => {
    const q = withParams('view=month&kind=x&month=2024-05', { kind: null, audience: '小学', month: '' });
    expect([...q]).toEqual([
      ['view', 'month'],
      ['audience', '小学'],
    ]);
  });

  it('keeps ?page= within the pages there are', () => {
    const page = (s: string, last: number) => requestedPage(new URLSearchParams(s), last);
    expect(page('', 5)).toBe(1);
    expect(page('page=3', 5)).toBe(3);
    expect(page('page=9', 5)).toBe(5);
    expect(page('page=0', 5)).toBe(1);
    expect(page('page=2.5', 5)).toBe(1);
    expect(page('page=abc', 5)).toBe(1);
  });

  it('links page 1 without ?page= and later pages with it', () => {
    const q = new URLSearchParams('type=工作要点&page=4');
    expect(decodeURIComponent(pageHref('/policies/', q, 1))).toBe('/policies/?type=工作要点');
    expect(decodeURIComponent(pageHref('/policies/', q, 2, '#list'))).toBe('/policies/?type=工作要点&page=2#list');
    expect(pageHref('/events/', new URLSearchParams(), 1)).toBe('/events/');
  });
});

describe('policy library filters in the URL', () => {
  it('reads the four filters and round-trips them through the link of a page', () => {
    const chosen = policyFilterOf(new URLSearchParams('issuer=益阳市科学技术协会&year=2023&q=ignored&status='));
    expect(chosen).toEqual({ issuer: '益阳市科学技术协会', year: '2023' });
    expect(hasPolicyFilter(chosen)).toBe(true);
    expect(hasPolicyFilter(policyFilterOf(new URLSearchParams('page=3')))).toBe(false);
    const href = policyFilterHref(chosen, 3);
    expect(href.startsWith('/policies/?')).toBe(true);
    const back = new URLSearchParams(href.slice(href.indexOf('?')));
    expect(policyFilterOf(back)).toEqual(chosen);
    expect(back.get('page')).toBe('3');
  });
});

describe('task list filters in the URL', () => {
  it('reads 牵头单位, 责任单位 and 完成时限 and nothing else', () => {
    expect(taskFilterOf(new URLSearchParams('lead=市科协&deadline=每年实施&type=x'))).toEqual({
      lead: '市科协',
      deadline: '每年实施',
    });
  });
});
