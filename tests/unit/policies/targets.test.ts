import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/lib/policies/body';
import { extractTargets, targetsInSentence, type Target } from '../../../src/lib/policies/intel/targets';
import { corpusDoc } from '../../support/policyCorpus';

/** Targets of one published document as [category, figure, period] (figures of the past left out). */
function targetsOf(slug: string): Target[] {
  return extractTargets(parseBody(corpusDoc(slug).body));
}
const brief = (ts: Target[]) => ts.filter((t) => !t.baseline).map((t) => [t.category, t.figure, t.period]);

describe('target rules', () => {
  it('reads a share with its qualifier and deadline', () => {
    const [t] = targetsInSentence('到2025年，我市公民具备科学素质的比例超过15%，力争超过全省平均水平。', 's1-2');
    expect(t).toMatchObject({
      category: '公民科学素质比例',
      figure: '15%',
      value: 15,
      unit: '%',
      qualifier: '超过',
      period: '到2025年',
      anchor: 's1-2',
      baseline: false,
    });
  });

  it('multiplies 万 and keeps 以上', () => {
    const [t] = targetsInSentence('开展农民教育培训4万人次以上。', null);
    expect(t).toMatchObject({ figure: '4万人次以上', value: 40000, unit: '人次', qualifier: '以上', category: '培训' });
  });

  it('keeps a blank the source left as a target without a value', () => {
    const [t] = targetsInSentence('“十四五”期间县派科技特派员\u2423名服务乡村振兴。', 's3-2-2');
    expect(t).toMatchObject({ category: '科技特派员', figure: null, value: null, unit: '名' });
  });

  it('skips ordinals, the plan structure and conditions', () => {
    expect(targetsInSentence('组织举办第44届益阳市青少年科技创新大赛。', null)).toEqual([]);
    expect(targetsInSentence('在“十四五”时期实施5项提升行动。', null)).toEqual([]);
    expect(targetsInSentence('鼓励60万以上人口有条件的县（市）建设科技馆。', null)).toEqual([]);
  });

  it('keeps figures of the past apart as baselines, each with its year', () => {
    const ts = targetsInSentence('我市公民具备科学素质的比例从2016年的6.93%提升到了2020年的10.0%。', 's1');
    expect(ts.map((t) => [t.figure, t.period, t.baseline])).toEqual([
      ['6.93%', '2016年', true],
      ['10.0%', '2020年', true],
    ]);
  });
});

describe('targets per seed', () => {
  it('益阳 plan (000)', () => {
    expect(brief(targetsOf('yiyang-kexue-suzhi-2021-2025'))).toEqual([
      ['公民科学素质比例', '15%', '到2025年'],
      ['科技辅导员', '300名', '每年'],
      ['培训', '4万人次以上', '到2025年'],
      ['人才培育', '4000名以上', '到2025年'],
      ['科技特派员', '100名', '“十四五”期间'],
      ['创新工作室', '100个', '到2025年'],
      ['培训', '5万人次以上', '每年'],
      ['基地与场馆', '3个以上', '“十四五”期间'],
      ['创新工作室', '4个以上', '“十四五”期间'],
      ['基地与场馆', '20个', '5年内'],
    ]);
  });

  it('南湖新区 plan (001)', () => {
    expect(brief(targetsOf('nanhu-kexue-suzhi-2022-2025'))).toEqual([
      ['公民科学素质比例', '15%', '到2025年'],
      ['培训', '2000人', ''],
      ['科普信息员', '2名', '至2025年'],
      ['科普信息员', '60次以上', '每年'],
    ]);
  });

  it('湛江 plan (002), with the 2016 and 2020 baselines', () => {
    const ts = targetsOf('zhanjiang-kexue-suzhi-2021-2025');
    expect(ts.filter((t) => t.baseline).map((t) => [t.figure, t.period])).toEqual([
      ['6.93%', '2016年'],
      ['10.0%', '2020年'],
    ]);
    expect(brief(ts)).toEqual([
      ['公民科学素质比例', '16.0%', '到2025年'],
      ['科技辅导员', '350名', '每年'],
      ['基地与场馆', '40%以上', '到2025年'],
      ['基地与场馆', '1座以上', '到2025年'],
      ['基地与场馆', '5个以上', '到2025年'],
      ['基地与场馆', '30个以上', '到2025年'],
      ['基地与场馆', '80个以上', '到2025年'],
    ]);
  });

  it('澧县 draft (003): the figures its source left blank stay blank', () => {
    expect(brief(targetsOf('lixian-kexue-suzhi-2021-2025'))).toEqual([
      ['公民科学素质比例', '15%', '到2025年'],
      ['科技辅导员', null, '到2025年'],
      ['人才培育', null, '“十四五”期间'],
      ['科技特派员', null, '“十四五”期间'],
      ['创新工作室', null, '到2025年'],
      ['人才培育', null, '到2025年'],
    ]);
  });

  it('益阳 2023 工作要点 (004) sets no figure', () => {
    expect(targetsOf('yiyang-kexie-kepu-yaodian-2023')).toEqual([]);
  });

  it('links every target to an anchor of its document', () => {
    for (const slug of [
      'yiyang-kexue-suzhi-2021-2025',
      'nanhu-kexue-suzhi-2022-2025',
      'zhanjiang-kexue-suzhi-2021-2025',
      'lixian-kexue-suzhi-2021-2025',
    ]) {
      const ids = new Set(parseBody(corpusDoc(slug).body).map((b) => b.id));
      for (const t of targetsOf(slug)) expect(ids.has(t.anchor), `${slug} ${t.figure}`).toBe(true);
    }
  });
});

describe('links to the sentence', () => {
  it('adds a text directive after the anchor, encoding the characters it reserves', async () => {
    const { fragmentFor } = await import('../../../src/lib/policies/intel/textFragment');
    expect(fragmentFor('s4-3', '建成1座以上实体科普馆')).toBe(
      `#s4-3:~:text=${encodeURIComponent('建成1座以上实体科普馆')}`,
    );
    expect(fragmentFor('s1', '2022-2025年，继续')).toBe('#s1:~:text=2022%2D2025%E5%B9%B4%EF%BC%8C%E7%BB%A7%E7%BB%AD');
    expect(fragmentFor(null, '建设\u2423个各级劳模创新工作室')).toBe(
      `#:~:text=${encodeURIComponent('个各级劳模创新工作室')}`,
    );
  });
});
