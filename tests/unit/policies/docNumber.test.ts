import { describe, expect, it } from 'vitest';
import { findDocNumbers, normalizeDocNumber, parseDocNumber } from '../../../src/lib/policies/docNumber';

describe('normalizeDocNumber', () => {
  it.each([
    ['益科协〔2023〕12号'],
    ['益科协[2023]12号'],
    ['益科协［2023］12号'],
    ['益科协(2023)12号'],
    ['益科协（2023）12号'],
    ['益科协【2023】12号'],
    ['益科协2023年12号'],
    ['益科协〔2023〕第12号'],
    ['益科协 〔 2023 〕 12 号'],
    ['益科协〔2023〕012号'],
  ])('%s → 益科协〔2023〕12号', (variant) => {
    expect(normalizeDocNumber(variant)).toBe('益科协〔2023〕12号');
  });

  it('repairs a mismatched bracket as written in a source (国发〔2021）9号)', () => {
    expect(normalizeDocNumber('国发〔2021）9号')).toBe('国发〔2021〕9号');
    expect(normalizeDocNumber('常政办发〔2022〕22号')).toBe('常政办发〔2022〕22号');
  });

  it('keeps a blank serial blank and reports it as incomplete', () => {
    const dn = parseDocNumber('岳南管办发〔2022〕 号');
    expect(dn?.incomplete).toBe(true);
    expect(dn?.serial).toBeNull();
    expect(dn?.normalized).toBe('岳南管办发〔2022〕 号');
  });

  it('rejects text that is not a 文号', () => {
    expect(normalizeDocNumber('（2021－2025年）')).toBeNull();
    expect(normalizeDocNumber('2023年4月7日')).toBeNull();
    expect(normalizeDocNumber('益科协')).toBeNull();
    expect(normalizeDocNumber('')).toBeNull();
  });
});

describe('findDocNumbers', () => {
  it('finds every 文号 cited in running text, in order, with the 机关代字 separated from the text before it', () => {
    const text =
      '按照《全民科学素质行动规划纲要（2021-2035年）》（国发〔2021）9号）和湘政办发[2021]74号及常政办发(2022)22号文件要求';
    expect(findDocNumbers(text).map((m) => m.normalized)).toEqual([
      '国发〔2021〕9号',
      '湘政办发〔2021〕74号',
      '常政办发〔2022〕22号',
    ]);
  });

  it('reports where each one stands in the text as written', () => {
    const text = '依据益科协2023年12号执行';
    const [m] = findDocNumbers(text);
    expect(m?.raw).toBe('益科协2023年12号');
    expect(text.slice(m?.index ?? 0, (m?.index ?? 0) + (m?.raw.length ?? 0))).toBe('益科协2023年12号');
  });
});
