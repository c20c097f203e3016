import { describe, expect, it } from 'vitest';
import { typoHits } from '../../../src/lib/inspect/rules/typos';

const found = (text: string, allow: string[] = []) => typoHits(text, allow).map((h) => [h.found, h.fix]);

describe('错别字', () => {
  it('reports a listed wrong form with its right form', () => {
    expect(found('希望同学们再接再励，一股作气完成任务。')).toEqual([
      ['再接再励', '“再接再励”应为“再接再厉”'],
      ['一股作气', '“一股作气”应为“一鼓作气”'],
    ]);
    expect(typoHits('请按装说明书操作')[0]).toMatchObject({ start: 1, end: 3 });
  });

  it('does not report the right form, nor a wrong form that is part of correct words', () => {
    expect(found('希望同学们再接再厉，一鼓作气，迫不及待，即使下雨也要安装好。')).toEqual([]);
    // 按 + 装修, 既 + 使……又: correct text that contains the characters of a listed wrong form.
    expect(found('费用按装修面积计算，按装机容量分摊。')).toEqual([]);
    expect(found('这项政策既使农民增收，又使村集体受益。')).toEqual([]);
    expect(found('既使用了新材料，也节约了成本。')).toEqual([]);
    expect(found('既使城市更美，也使市民受益。')).toEqual([]);
  });

  it('still reports 既使 when no partner follows in the clause', () => {
    expect(found('既使下雨，活动照常进行；又及：请带伞。')).toEqual([['既使', '“既使”应为“即使”']]);
    expect(found('既使很忙，也要坚持锻炼。')).toEqual([['既使', '“既使”应为“即使”']]);
  });

  it('does not report a word the entry allows, as a word or as the quoted phrase around it', () => {
    expect(found('书名《再接再励》照原文。', ['再接再励'])).toEqual([]);
    expect(found('书名《再接再励》照原文；但是再接再励是错的。', ['《再接再励》'])).toEqual([
      ['再接再励', '“再接再励”应为“再接再厉”'],
    ]);
  });
});
