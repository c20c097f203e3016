// The policy body format both ways: what the writer functions put into a body, the readers give back.
import { describe, expect, it } from 'vitest';
import {
  BLANK,
  CLOSE_PART,
  heading,
  markedBlocks,
  openPart,
  paragraph,
  plainText,
  readLine,
  readLines,
  rolePara,
  splitIdMarker,
  tableSlot,
  tableSlotIndex,
} from '../../../src/lib/policies/bodyFormat';

describe('policy body format round trip', () => {
  // Text with everything the writer has to escape or mark: Markdown syntax, HTML, a blank, line-start syntax.
  const tricky = `1. 培训达${BLANK}${BLANK}${BLANK}人次，*不是强调* <b>不是标签</b> & \\ [链接](x) {#假} ~|_\``;

  it('gives back heading ids, levels and text', () => {
    for (const level of [1, 2, 3, 6]) {
      const line = readLine(heading(level, tricky, 's1-2'));
      expect(line).toMatchObject({ kind: 'block', level, id: 's1-2' });
      expect(line.kind === 'block' && plainText(line.markdown)).toBe(tricky.replace(/(␣)+/gu, BLANK));
    }
  });

  it('gives back clause ids, and no id for an unmarked paragraph', () => {
    expect(readLine(paragraph('（一）第一条。', 's1-1'))).toEqual({
      kind: 'block',
      level: 0,
      markdown: '（一）第一条。',
      id: 's1-1',
    });
    const plain = readLine(paragraph(tricky));
    expect(plain).toMatchObject({ kind: 'block', level: 0, id: null });
    expect(plain.kind === 'block' && plainText(plain.markdown)).toBe(tricky.replace(/(␣)+/gu, BLANK));
  });

  it('gives back a blank as BLANK in role paragraphs too, with HTML decoded', () => {
    const line = readLine(rolePara('signature', `某某科协${BLANK}${BLANK} <办公室> & "甲"`));
    expect(line).toMatchObject({ kind: 'role', role: 'signature' });
    expect(line.kind === 'role' && plainText(line.html, { markdown: false })).toBe(`某某科协${BLANK} <办公室> & "甲"`);
    const dated = readLine(rolePara('date', '2023年4月7日', '2023-04-07'));
    expect(dated.kind === 'role' && plainText(dated.html, { markdown: false })).toBe('2023年4月7日');
  });

  it('gives back document parts and table slots', () => {
    expect(readLine(openPart('notice'))).toEqual({ kind: 'partOpen', part: 'notice' });
    expect(readLine(openPart('imprint'))).toEqual({ kind: 'partOpen', part: 'imprint' });
    expect(readLine(CLOSE_PART)).toEqual({ kind: 'partClose' });
    expect(readLine(tableSlot(0))).toEqual({ kind: 'table', index: 0 });
    expect(readLine(tableSlot(12))).toEqual({ kind: 'table', index: 12 });
  });

  it('reads a whole body in order, and lists its marked blocks', () => {
    const body = [
      openPart('notice'),
      rolePara('addressee', '各单位：'),
      CLOSE_PART,
      heading(2, '一、总体要求', 's1'),
      paragraph('说明。'),
      paragraph('（一）目标。', 's1-1'),
      tableSlot(0),
      heading(3, '注释', 's1-notes'),
    ].join('\n\n');
    expect(
      readLines(body)
        .filter((l) => l.kind !== 'blank')
        .map((l) => l.kind),
    ).toEqual(['partOpen', 'role', 'partClose', 'block', 'block', 'block', 'table', 'block']);
    expect(markedBlocks(body)).toEqual([
      { id: 's1', level: 2, text: '一、总体要求' },
      { id: 's1-1', level: 0, text: '（一）目标。' },
      { id: 's1-notes', level: 3, text: '注释' },
    ]);
  });

  it('takes only a trailing marker with a space before it as an id', () => {
    expect(splitIdMarker('正文 {#s1}')).toEqual({ text: '正文', id: 's1' });
    expect(splitIdMarker('正文{#s1}')).toEqual({ text: '正文{#s1}', id: null });
    expect(splitIdMarker('正文 {#s1} 之后')).toEqual({ text: '正文 {#s1} 之后', id: null });
    expect(splitIdMarker('正文 {#不是id}')).toEqual({ text: '正文 {#不是id}', id: null });
  });

  it('decodes an escaped character reference as text, not as the character it names', () => {
    expect(plainText('a \\&lt; b &lt; c')).toBe('a &lt; b < c');
    expect(plainText('\\<b\\>粗\\</b\\>')).toBe('<b>粗</b>');
  });

  it('recognises a rendered table slot by its class and index', () => {
    expect(
      tableSlotIndex({
        type: 'element',
        tagName: 'div',
        properties: { className: ['policy-table-slot'], dataTable: '3' },
      }),
    ).toBe(3);
    expect(
      tableSlotIndex({
        type: 'element',
        tagName: 'div',
        properties: { className: ['policy-table-slot'], dataTable: 'x' },
      }),
    ).toBeNull();
    expect(
      tableSlotIndex({ type: 'element', tagName: 'div', properties: { className: ['doc-part'], dataTable: '3' } }),
    ).toBeNull();
    expect(tableSlotIndex({ type: 'text' })).toBeNull();
  });
});
