import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/lib/policies/body';
import { compareRows, planLabel, planSections, sectionKey, sectionName } from '../../../src/lib/policies/intel/compare';
import { loadCorpus } from '../../support/policyCorpus';

describe('section names', () => {
  it('drops numbering, 实施 and closing punctuation', () => {
    expect(sectionName('（一）实施青少年科学素质提升行动。')).toBe('青少年科学素质提升行动');
    expect(sectionName('(二)农民科学素质提升行动')).toBe('农民科学素质提升行动');
  });
  it('aligns names that differ by 建设 / 队伍', () => {
    expect(sectionKey('科普基础设施建设工程')).toBe(sectionKey('科普基础设施工程'));
    expect(sectionKey('科普人才队伍建设工程')).toBe(sectionKey('科普人才建设工程'));
  });
  it('labels a plan by the place its title starts with', () => {
    expect(
      planLabel('岳阳市南湖新区管委会办公室关于印发《南湖新区全民科学素质行动规划纲要实施方案（2022－2025年）》的通知'),
    ).toBe('南湖新区');
    expect(planLabel('澧县全民科学素质行动规划纲要实施方案（2021-2025年）（征求意见稿）')).toBe('澧县');
  });
});

describe('the four plans side by side', () => {
  const docs = loadCorpus();
  const plans = docs
    .map((d) => ({ slug: d.slug, label: planLabel(d.data.title), sections: planSections(parseBody(d.body)) }))
    .filter((p) => p.sections.length > 0);
  const rows = compareRows(plans);
  const row = (name: string) => rows.find((r) => r.name === name);
  const cellOf = (name: string, label: string) => row(name)?.cells[plans.findIndex((p) => p.label === label)];

  it('compares exactly the four implementation plans', () => {
    expect(plans.map((p) => p.label).sort()).toEqual(['南湖新区', '湛江市', '澧县', '益阳市'].sort());
  });

  it('has the five 提升行动 in every plan', () => {
    const actions = rows.filter((r) => r.kind === 'action');
    expect(actions.map((r) => r.name)).toEqual([
      '青少年科学素质提升行动',
      '农民科学素质提升行动',
      '产业工人科学素质提升行动',
      '老年人科学素质提升行动',
      '领导干部和公务员科学素质提升行动',
    ]);
    for (const r of actions) expect(r.cells.every((c) => c !== null)).toBe(true);
  });

  it('aligns 重点工程 across spellings and leaves a cell empty where a plan lacks one', () => {
    expect(cellOf('科普基础设施工程', '湛江市')?.heading).toBe('（三）实施科普基础设施建设工程。');
    expect(cellOf('科普基础设施工程', '益阳市')?.heading).toBe('（三）科普基础设施工程。');
    expect(cellOf('科普产业繁荣工程', '湛江市')?.id).toBe('s4-5');
    expect(cellOf('科普产业繁荣工程', '益阳市')).toBeNull();
    expect(rows.find((r) => r.key === sectionKey('科普人才工程'))?.cells.filter(Boolean)).toHaveLength(2);
  });

  it('links every cell to a heading id that exists in that plan', () => {
    for (const r of rows) {
      r.cells.forEach((c, i) => {
        if (!c) return;
        const ids = parseBody(docs.find((d) => d.slug === plans[i]!.slug)!.body).map((b) => b.id);
        expect(ids).toContain(c.id);
      });
    }
  });
});

describe('a plan the project has never seen, laid out the same way', () => {
  const body = [
    '## 一、总体要求 {#s1}',
    '## 二、五大提升行动 {#s2}',
    '### （一）实施青少年科学素质提升行动 {#s2-1}',
    '#### 1.弘扬科学精神 {#s2-1-1}',
    '### （二）实施农民科学素质提升行动： {#s2-2}',
    '## 三、重点工程 {#s3}',
    '### （一）科普人才队伍建设工程。 {#s3-1}',
    '## 四、保障措施 {#s4}',
    '### （一）组织保障 {#s4-1}',
  ].join('\n\n');
  const sections = planSections(parseBody(body));

  it('finds only the direct children of the 提升行动 and 重点工程 headings', () => {
    expect(sections.map((s) => [s.kind, s.name, s.id])).toEqual([
      ['action', '青少年科学素质提升行动', 's2-1'],
      ['action', '农民科学素质提升行动', 's2-2'],
      ['project', '科普人才队伍建设工程', 's3-1'],
    ]);
  });

  it('aligns with another plan and leaves the missing one empty', () => {
    const other = planSections(parseBody('## 三、提升行动 {#a}\n\n### （一）青少年科学素质提升行动。 {#a-1}'));
    const rows = compareRows([
      { slug: 'x', label: 'X', sections },
      { slug: 'y', label: 'Y', sections: other },
    ]);
    expect(rows.map((r) => [r.name, r.cells.map((c) => c?.id ?? null)])).toEqual([
      ['青少年科学素质提升行动', ['s2-1', 'a-1']],
      ['农民科学素质提升行动', ['s2-2', null]],
      ['科普人才队伍建设工程', ['s3-1', null]],
    ]);
  });
});
