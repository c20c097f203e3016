import { describe, expect, it } from 'vitest';
import { sensitiveHits, type SensitiveWord } from '../../../src/lib/inspect/rules/sensitiveWords';

const words: SensitiveWord[] = [
  { word: '最佳', kind: '禁用词', fix: '较好', except: ['最佳实践'] },
  { word: 'AI', kind: '敏感词', except: [] },
];

describe('敏感词和禁用词', () => {
  it('reports a listed word with its kind and fix', () => {
    expect(sensitiveHits('这是最佳选择。', words).map((h) => [h.found, h.kind, h.fix])).toEqual([
      ['最佳', '禁用词', '将“最佳”改为“较好”'],
    ]);
  });

  it('matches a Latin word only as a whole word, in any case', () => {
    expect(sensitiveHits('请发 MAIL 给我们，PAID 已到账。', words)).toEqual([]);
    expect(sensitiveHits('人工智能（ai）入门', words).map((h) => h.found)).toEqual(['ai']);
  });

  it('does not report the listed exceptions or words the entry allows', () => {
    expect(sensitiveHits('推广最佳实践。', words)).toEqual([]);
    expect(sensitiveHits('这是最佳选择。', words, ['最佳选择'])).toEqual([]);
  });

  it('reports nothing with the default empty list', () => {
    expect(sensitiveHits('这是最佳选择。', [])).toEqual([]);
  });
});
