import { describe, expect, it } from 'vitest';
import {
  countReadable,
  formatReadingTime,
  markdownToReadableText,
  readingMinutes,
} from '../../../src/lib/articles/readingTime';

const han = (n: number) => '科'.repeat(n);

describe('reading time (Chinese at 400 characters a minute)', () => {
  it('counts 400 Chinese characters as one minute and rounds up beyond it', () => {
    expect(readingMinutes(han(400))).toBe(1);
    expect(readingMinutes(han(401))).toBe(2);
    expect(readingMinutes(han(1200))).toBe(3);
    expect(readingMinutes(han(1201))).toBe(4);
  });

  it('never says less than one minute, even for an empty body', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(han(3))).toBe(1);
  });

  it('does not count punctuation, spaces or Markdown syntax as reading', () => {
    expect(countReadable('你好，世界！ 。。。').cjkChars).toBe(4);
    const md = '## 标题\n\n- **加粗**文字\n\n[链接](https://example.cn/很长的地址)';
    const text = markdownToReadableText(md);
    expect(text).not.toContain('https');
    expect(countReadable(text).cjkChars).toBe(8); // 标题 加粗 文字 链接
  });

  it('reads Latin words at 200 a minute, alongside Chinese', () => {
    expect(countReadable('AED 和 CPR 都是 first-aid 技能').latinWords).toBe(3);
    const words = Array.from({ length: 200 }, () => 'word').join(' ');
    expect(readingMinutes(`${han(400)} ${words}`)).toBe(2);
  });

  it('formats minutes for display', () => {
    expect(formatReadingTime(3)).toBe('约 3 分钟');
  });
});
