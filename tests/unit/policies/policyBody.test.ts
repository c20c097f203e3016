import { describe, expect, it } from 'vitest';
import { parseBody, stripFrontMatter } from '../../../src/lib/policies/body';
import { BLANK, plainText } from '../../../src/lib/policies/bodyFormat';

describe('policy body parser', () => {
  it('turns a source blank into BLANK and drops tags and entities', () => {
    expect(
      plainText('培训达<span class="doc-blank" role="img" aria-label="空白">     </span>人次 &amp; <b>x</b>'),
    ).toBe(`培训达${BLANK}人次 & x`);
  });

  it('gives every block its own id or the nearest one above, its part and its heading path', () => {
    const body = [
      '<div class="doc-part doc-part-notice" data-part="notice">',
      '现将《方案》印发给你们。',
      '</div>',
      '## 方案 {#document}',
      '前言。',
      '### 一、目标 {#s1}',
      '到2025年，比例超过15%。',
      '#### 1.任务 {#s1-1}',
      '（1）第一条。 {#s1-1-1}',
      '其后段落。',
    ].join('\n\n');
    const blocks = parseBody(body);
    expect(blocks.map((b) => [b.kind, b.id, b.anchor, b.part])).toEqual([
      ['para', null, null, 'notice'],
      ['heading', 'document', 'document', 'body'],
      ['para', null, 'document', 'body'],
      ['heading', 's1', 's1', 'body'],
      ['para', null, 's1', 'body'],
      ['heading', 's1-1', 's1-1', 'body'],
      ['para', 's1-1-1', 's1-1-1', 'body'],
      ['para', null, 's1-1-1', 'body'],
    ]);
    expect(blocks[6]?.path).toEqual(['document', 's1', 's1-1']);
    expect(blocks[6]?.text).toBe('（1）第一条。');
  });

  it('strips front matter', () => {
    expect(stripFrontMatter('---\ntitle: x\n---\n正文')).toBe('正文');
  });
});
