import { describe, expect, it } from 'vitest';
import { compareNewestFirst, facets, type PolicyFacts } from '../../../src/lib/policies/library';
import { filterPolicyRows } from '../../../src/lib/policies/filterUrl';
import { policyRow } from '../../../src/lib/policies/listRow';

function doc(slug: string, over: Partial<PolicyFacts> = {}): PolicyFacts {
  return {
    slug,
    title: `文件${slug}`,
    docType: '规划实施方案',
    docNumber: null,
    docNumberIncomplete: false,
    issuer: null,
    issuedDate: null,
    status: 'final',
    documentTitle: null,
    ...over,
  };
}

describe('library order and filters', () => {
  const list = [
    doc('a', { issuedDate: '2022-06-02', issuer: '湛江市人民政府' }),
    doc('b', { title: '某县实施方案（2021-2025年）（征求意见稿）', status: 'draft' }),
    doc('c', { issuedDate: '2023-04-07', issuer: '益阳市科学技术协会', docType: '工作要点' }),
    doc('d', { title: '某区实施方案（2022－2030年）', manual: { issuer: '某区' } }),
  ];

  it('puts the newest first and undated documents last, by the end of the period they cover', () => {
    expect([...list].sort(compareNewestFirst).map((p) => p.slug)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('counts each filter value, missing facts as 未注明, hand-added issuers included', () => {
    const f = facets(list);
    expect(f.year).toEqual([
      { value: '2023', count: 1 },
      { value: '2022', count: 1 },
      { value: '未注明', count: 2 },
    ]);
    expect(f.status).toContainEqual({ value: '征求意见稿', count: 1 });
    expect(f.issuer).toContainEqual({ value: '某区', count: 1 });
    expect(f.issuer.at(-1)).toEqual({ value: '未注明', count: 1 });
  });

  it('combines filters', () => {
    const rows = list.map(policyRow);
    expect(filterPolicyRows(rows, { type: '规划实施方案', year: '未注明' }).map((p) => p.slug)).toEqual(['b', 'd']);
    expect(filterPolicyRows(rows, { type: '工作要点', status: '征求意见稿' })).toEqual([]);
    expect(filterPolicyRows(rows, { issuer: '某区' }).map((p) => p.slug)).toEqual(['d']);
  });
});
