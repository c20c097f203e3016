import { describe, expect, it } from 'vitest';
import { alter, nearPhraseCases } from '../../../scripts/bench/nearPhrases';

describe('half-remembered wording for the search benchmark', () => {
  it('drops, swaps or replaces one character in the middle, in turn', () => {
    expect(alter('科学素质比例超过', 0)).toEqual({ q: '科学素质例超过', edit: 'drop' });
    expect(alter('科学素质比例超过', 1)).toEqual({ q: '科学素比质例超过', edit: 'swap' });
    expect(alter('科学素质比例超过', 2)).toEqual({ q: '科学素质某例超过', edit: 'replace' });
  });

  it('keeps only altered phrases no page holds, each with the clauses that hold the original', () => {
    const clauses = [
      { link: '/p/a/#s1', text: '到二〇二五年全市公民具备科学素质的比例超过百分之十五力争超过全省平均水平' },
      { link: '/p/b/#s2', text: '各级科协组织要围绕中心服务大局推动科普工作高质量发展取得新成效' },
      { link: '/p/c/#s3', text: '各级科协组织要围绕中心服务大局推动科普工作高质量发展取得新成效' },
    ];
    const pages = clauses.map((c) => c.text);
    const cases = nearPhraseCases(clauses, pages, 10);
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      expect(pages.some((p) => p.includes(c.q))).toBe(false);
      expect(c.expect.length).toBeGreaterThan(0);
      for (const link of c.expect) expect(clauses.find((x) => x.link === link)!.text).toContain(c.original);
    }
    // The same text in two documents: either clause is an intended answer.
    expect(cases.find((c) => c.expect.includes('/p/b/#s2'))!.expect).toEqual(['/p/b/#s2', '/p/c/#s3']);
  });
});
