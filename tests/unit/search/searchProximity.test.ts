import { describe, expect, it } from 'vitest';
import { bestWindow, isNear, windowFor } from '../../../src/lib/search/query/proximity';
import { clusterOrder, nearPassage, runNearSearch } from '../../../src/lib/search/query/nearSearch';
import type { FragmentLike, PagefindLike } from '../../../src/lib/search/query/engine';

const marked = (text: string, ranges: readonly (readonly [number, number])[]) =>
  ranges.map(([a, b]) => text.slice(a, b)).join('|');

describe('proximity of half-remembered wording', () => {
  it('finds most of the phrase in order within a short window and marks those characters', () => {
    const text = '到2025年，全市公民具备科学素质的比例超过15%，力争超过全省平均水平。';
    const m = bestWindow(text, '科学素质比例达到')!;
    expect(m.matched).toBe(6);
    expect(m.of).toBe(8);
    expect(marked(text, m.ranges)).toBe('科学素质|比例');
    expect(isNear(m)).toBe(true);
  });

  it('prefers the tighter of two windows with as many characters', () => {
    const text = '科学……素质……比例。另一处：科学素质比例';
    const m = bestWindow(text, '科学素质比例')!;
    expect(m.matched).toBe(6);
    expect(m.span).toBe(6);
    expect(m.start).toBe(text.lastIndexOf('科学素质比例'));
  });

  it('does not count characters spread wider than the window', () => {
    const q = '科学素质比例';
    const text = `科学${'甲'.repeat(windowFor(q.length))}素质比例`;
    const m = bestWindow(text, q)!;
    expect(m.matched).toBe(4);
  });

  it('ignores scattered single characters that never stand next to each other', () => {
    expect(bestWindow('大家在白天看到了鲨鱼', '大白鲨')).toBeNull();
    expect(isNear(bestWindow('科学技术普及', '科学素质比例达到'))).toBe(false);
  });

  it('compares after normalization (full width, case) and maps back to the original text', () => {
    const text = '推广ＡＥＤ急救技能培训';
    const m = bestWindow(text, 'aed急救培训')!;
    expect(m.matched).toBe(7);
    expect(marked(text, m.ranges)).toBe('ＡＥＤ急救|培训');
  });

  it('picks the best line of a section, never a window across two blocks', () => {
    const content = '三、主要目标\n到2025年，具备科学素质的比例超过15%。\n科学普及工作';
    const p = nearPassage(content, '科学素质比例达到')!;
    expect(p.line).toBe('到2025年，具备科学素质的比例超过15%。');
    expect(nearPassage('科学素质\n比例达到', '科学素质比例达到X')).toBeNull();
  });
});

describe('candidate order before download', () => {
  it('puts sections with the looked-up words close together before those that have them far apart', () => {
    const a = { id: 'far', score: 9 };
    const b = { id: 'close', score: 1 };
    const c = { id: 'one-word', score: 20 };
    const tallies = new Map([
      [a, { labels: [0, 1, 2], positions: [1, 40, 90] }],
      [b, { labels: [0, 1, 2], positions: [50, 51, 53] }],
      [c, { labels: [0], positions: [3] }],
    ]);
    expect(clusterOrder(tallies, 6).map((r) => r.id)).toEqual(['close', 'far', 'one-word']);
  });
});

describe('near search', () => {
  it('shows the clauses holding most of the phrase first, each linked to its clause', async () => {
    const records = [
      { link: '/p/a/#s1', content: '各地要加强科学普及工作，提升公民科学素质。', words: { 科学: [3, 7], 素质: [8] } },
      {
        link: '/p/a/#s2',
        content: '到2025年，公民具备科学素质的比例超过15%。',
        words: { 科学: [4], 素质: [5], 比例: [7] },
      },
      { link: '/p/b/', content: '比例尺与地图。', words: { 比例: [0] } },
    ];
    const pf: PagefindLike = {
      async search(term) {
        return {
          results: records
            .filter((r) => term !== null && term in r.words)
            .map((r, i) => ({
              id: r.link,
              score: 1 + i,
              words: r.words[term as keyof typeof r.words]!,
              data: async (): Promise<FragmentLike> => ({
                url: r.link,
                content: r.content,
                meta: { page: r.link.split('#')[0]!, title: 'T', link: r.link },
              }),
            })),
        };
      },
    };
    const near = await runNearSearch(pf, '科学素质比例达到');
    expect(near.map((h) => h.link)).toEqual(['/p/a/#s2']);
    expect(marked(near[0]!.line, near[0]!.match.ranges)).toBe('科学素质|比例');
    // Too short a phrase: nothing is offered rather than chance matches.
    expect(await runNearSearch(pf, '科学')).toEqual([]);
  });
});
