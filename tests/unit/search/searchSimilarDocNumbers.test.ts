import { describe, expect, it } from 'vitest';
import {
  docNumberSimilarity,
  similarDocNumbers,
  type DocNumberEntry,
} from '../../../src/lib/search/query/similarDocNumbers';

const entries: DocNumberEntry[] = [
  { n: '益科协〔2023〕12号', url: '/a/', title: '工作要点' },
  { n: '益科协〔2021〕3号', url: '/b/', title: '实施方案' },
  { n: '湘科协〔2023〕12号', url: '/c/', title: '省方案' },
  { n: '国发〔2021〕9号', url: '/d/', title: '纲要' },
];

describe('similar 文号 when a typed one is on no page', () => {
  it('offers the same 代字 and year first, then the same 代字, then the same year and serial', () => {
    expect(similarDocNumbers('益科协（2023）13号', entries).map((e) => e.url)).toEqual(['/a/', '/b/']);
    expect(similarDocNumbers('湘科协2023年99号', entries).map((e) => e.url)).toEqual(['/c/']);
    expect(new Set(similarDocNumbers('益教发〔2023〕12号', entries).map((e) => e.url))).toEqual(
      new Set(['/a/', '/c/']),
    );
  });

  it('offers nothing for text that is not a 文号, nor the number itself', () => {
    expect(docNumberSimilarity('科学素质', '益科协〔2023〕12号')).toBeNull();
    expect(similarDocNumbers('科学素质', entries)).toEqual([]);
    expect(similarDocNumbers('益科协[2023]12号', entries).map((e) => e.url)).toEqual(['/b/', '/c/']);
  });
});
