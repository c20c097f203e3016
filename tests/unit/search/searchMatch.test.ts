import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWithMap } from '../../../src/lib/search/query/normalize';
import { containsAll, findRanges } from '../../../src/lib/search/query/match';
import { excerptSegments } from '../../../src/lib/search/query/excerpt';
import { lookupCandidates, prepareQuery, pickEngineIndices } from '../../../src/lib/search/query/query';

const pickEngineWords = (words: string[], max?: number) => pickEngineIndices(words, max).map((i) => words[i]);

describe('normalization', () => {
  it('folds width, case, dashes and stray PDF spaces', () => {
    expect(normalizeText('益阳市科协 2023 年科普工作要点')).toBe('益阳市科协2023年科普工作要点');
    expect(normalizeText('（２０２１－２０２５年）ＡＩ')).toBe('(2021-2025年)ai');
    expect(normalizeText('2021—2035')).toBe(normalizeText('2021-2035'));
  });

  it('writes every 文号 year bracket as 〔〕, including a mismatched pair', () => {
    expect(normalizeText('（国发〔2021）9号）')).toBe('(国发〔2021〕9号)');
    expect(normalizeText('湘政办发[2021]74号')).toBe('湘政办发〔2021〕74号');
    // A bracketed year range is not a 文号 and stays as written.
    expect(normalizeText('(2021)年度')).toBe('(2021)年度');
  });

  it('maps every normalized character back to its source position', () => {
    const n = normalizeWithMap('科 协 2023');
    expect(n.text).toBe('科协2023');
    expect(n.map).toEqual([0, 2, 4, 5, 6, 7]);
  });
});

describe('exact matching', () => {
  it('finds a phrase across stray spaces and reports original offsets', () => {
    const text = '关于印发《益阳市科协 2023 年科普工作要点》的通知';
    const [range] = findRanges(text, [normalizeText('科协2023年')]);
    expect(text.slice(range![0], range![1])).toBe('科协 2023 年');
  });

  it('does not count words that are merely near each other', () => {
    expect(containsAll('推动双减工作，落实碳达峰', ['双碳'])).toBe(false);
    expect(containsAll('重点宣传“双碳”、食品安全', ['双碳'])).toBe(true);
  });

  it('treats quotation marks inside a phrase as text, in any style, and quotes around it as grouping', () => {
    const text = '以高质量科普赋能“三高四新”战略定位';
    expect(containsAll(text, prepareQuery('赋能"三高四新"战略')!.terms)).toBe(true);
    expect(containsAll(text, prepareQuery('赋能「三高四新」战略')!.terms)).toBe(true);
    expect(prepareQuery('"科学 素质"')!.terms).toEqual(['科学', '素质']);
    expect(prepareQuery('“双碳”')!.terms).toEqual(['双碳']);
  });

  it('needs every term of a multi-word query', () => {
    const q = prepareQuery('科普 大篷车')!;
    expect(q.terms).toEqual(['科普', '大篷车']);
    expect(containsAll('科普进乡村，大篷车开进校园', q.terms)).toBe(true);
    expect(containsAll('科普进乡村', q.terms)).toBe(false);
  });

  it('marks the match inside a short excerpt', () => {
    const text = `${'甲'.repeat(100)}双碳${'乙'.repeat(100)}`;
    const segments = excerptSegments(text, findRanges(text, ['双碳']), 10);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['双碳']);
    expect(segments[0]!.text).toBe('…');
    expect(segments.map((s) => s.text).join('')).toBe(`…${'甲'.repeat(10)}双碳${'乙'.repeat(10)}…`);
  });
});

describe('words looked up in the index', () => {
  it('does not look up a leading single character when a real word follows', () => {
    expect(lookupCandidates(['会', '面向'])).toEqual(['面向']);
    expect(lookupCandidates(['双', '碳'])).toEqual(['双', '碳']);
    expect(lookupCandidates(['科学', '素质'])).toEqual(['科学', '素质']);
    expect(lookupCandidates(['益', '2023'])).toEqual(['益', '2023']);
  });

  it('prefers long Chinese words over numbers and single characters', () => {
    expect(pickEngineWords(['益', '科协', '2023', '12', '号'])).toEqual(['科协', '2023']);
    expect(pickEngineWords(['全民', '科学', '素质', '行动'], 2)).toEqual(['全民', '科学']);
    expect(pickEngineWords(['青少年', '科技', '创新', '大赛'], 2)).toEqual(['青少年', '科技']);
  });
});

describe('snippets quote the block around the match', () => {
  it('never runs neighbouring blocks (a metadata table, a notice) into the excerpt', () => {
    const text =
      '示例 本文为演示内容。\n发文机关\n益阳市科学技术协会\n发文字号\n益科协〔2023〕12号\n一、全年推进科普大篷车进校园活动。';
    const segments = excerptSegments(text, findRanges(text, ['科普大篷车']), 60);
    expect(segments.map((s) => s.text).join('')).toBe('一、全年推进科普大篷车进校园活动。');
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['科普大篷车']);
  });
});

describe('snippets skip the lines a result already shows', () => {
  it('quotes a match in the text rather than the title line, and falls back to the title when that is all', () => {
    const text = '科普工作要点\n今年要建好科普阵地。';
    const isTitle = (line: string) => line === '科普工作要点';
    const quoted = excerptSegments(text, findRanges(text, ['科普']), 60, isTitle)
      .map((s) => s.text)
      .join('');
    expect(quoted).toBe('今年要建好科普阵地。');
    const onlyTitle = '科普工作要点\n今年要建好阵地。';
    expect(
      excerptSegments(onlyTitle, findRanges(onlyTitle, ['科普']), 60, isTitle)
        .map((s) => s.text)
        .join(''),
    ).toBe('科普工作要点');
  });
});
