import { describe, expect, it } from 'vitest';
import { docNumberKey, parseDocNumber } from '../../../src/lib/search/query/docNumberQuery';
import { prepareQuery } from '../../../src/lib/search/query/query';

describe('文号 in a query', () => {
  it.each([
    '益科协〔2023〕12号',
    '益科协[2023]12号',
    '益科协(2023)12号',
    '益科协（2023）12号',
    '益科协2023年12号',
    '益科协【2023】12号',
    '益科协［2023］12号',
    ' 益科协 〔2023〕 12 号 ',
    '益科协（２０２３）１２号',
    '益科协2023 12号',
    '益科协 2023 12 号',
    '益科协2023第12号',
    '益科协2023年第12号',
    '益科协〔2023〕第12号',
    '益科协２０２３　１２号',
  ])('%s → 益科协〔2023〕12号', (written) => {
    expect(docNumberKey(written)).toBe('益科协〔2023〕12号');
  });

  it('accepts a mismatched bracket as printed in a source', () => {
    expect(docNumberKey('国发〔2021）9号')).toBe('国发〔2021〕9号');
    expect(parseDocNumber('国发〔2021）9号')).toMatchObject({ code: '国发', year: 2021, serial: 9 });
  });

  it('keeps a blank serial visibly blank instead of inventing one', () => {
    expect(parseDocNumber('岳南管办发〔2022〕 号')).toMatchObject({ code: '岳南管办发', year: 2022, serial: null });
    expect(docNumberKey('岳南管办发〔2022〕号')).toBe('岳南管办发〔2022〕 号');
  });

  it('does not take ordinary text for a 文号', () => {
    expect(docNumberKey('科学素质')).toBeNull();
    expect(docNumberKey('2023年工作要点')).toBeNull();
    expect(docNumberKey('（2021-2025年）')).toBeNull();
    // A bare year needs a space or 第 before the serial: run together, year and serial cannot be told apart.
    expect(docNumberKey('益科协202312号')).toBeNull();
    expect(docNumberKey('2023 12号')).toBeNull();
  });

  it('a 文号 query must contain the canonical form, whatever brackets were typed', () => {
    const q = prepareQuery('益科协2023年12号')!;
    expect(q.docKey).toBe('益科协〔2023〕12号');
    expect(q.terms).toEqual(['益科协〔2023〕12号']);
  });
});
