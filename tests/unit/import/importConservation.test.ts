/** The conservation checker itself must be able to fail: it catches a dropped, changed or reordered character. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConservation, comparableOutput, comparableSource, isInOrder } from '../../../src/lib/import/conservation';
import { serializeDocument } from '../../../src/lib/import/document';
import { importDocument } from '../../../src/lib/import/index';

const SEEDS = join(import.meta.dirname, '../../../seeds');

describe('isInOrder', () => {
  it('accepts a subsequence and reports where the texts diverge', () => {
    expect(isInOrder('科普', '科学普及')).toEqual({ ok: true });
    expect(isInOrder('普科', '科学普及')).toMatchObject({ ok: false, position: 0, missing: '普' });
    expect(isInOrder('科学普及', '科学及')).toMatchObject({ ok: false, position: 2, missing: '普' });
  });
});

describe('checkConservation catches a damaged import', () => {
  const file = '004_0ef9af080690b7b8.txt';
  const source = readFileSync(join(SEEDS, file), 'utf8');
  const markdown = serializeDocument(importDocument(readFileSync(join(SEEDS, file)), file));

  it('passes on the intact import', () => {
    expect(checkConservation(source, markdown)).toEqual({ ok: true });
  });

  it('fails when one character of the body is dropped', () => {
    const damaged = markdown.replace('踔厉奋发', '踔厉发');
    expect(damaged).not.toBe(markdown);
    expect(checkConservation(source, damaged)).toMatchObject({ ok: false, missing: '奋' });
  });

  it('fails when one character of a heading is dropped', () => {
    const damaged = markdown.replace('## 益阳市科协2023年科普工作要点', '## 益阳市科协2023年科普工作');
    expect(checkConservation(source, damaged).ok).toBe(false);
  });

  it('fails when a character of the title in the front matter is dropped', () => {
    const damaged = markdown.replace('title: 益阳市科学技术协会关于印发', 'title: 益阳市科学技术协会关于');
    expect(checkConservation(source, damaged).ok).toBe(false);
  });

  it('fails when two paragraphs are swapped', () => {
    const a = '2.大力弘扬社会主义核心价值观。';
    const b = '3.讲好科学家故事，弘扬科学家精神。';
    const damaged = markdown.replace(a, '\u0000').replace(b, a).replace('\u0000', b);
    expect(checkConservation(source, damaged).ok).toBe(false);
  });

  it('fails when a punctuation mark is dropped', () => {
    const damaged = markdown.replace('“两个确立”', '“两个确立');
    expect(checkConservation(source, damaged)).toMatchObject({ ok: false, missing: '”' });
  });

  it('fails when one cell of the task table loses a character', () => {
    const zj = '002_f37b634a5a2ac432.txt';
    const md = serializeDocument(importDocument(readFileSync(join(SEEDS, zj)), zj));
    const damaged = md.replace('- 市委老干部局', '- 市委老干部');
    expect(damaged).not.toBe(md);
    expect(checkConservation(readFileSync(join(SEEDS, zj), 'utf8'), damaged).ok).toBe(false);
  });

  it('ignores only whitespace and the listed artefacts on the source side', () => {
    expect(comparableSource('\ufeff标题\r\n— 3 —\r\n- 4 -\n－5－\n\f<p>正文</p>[bookmark: _GoBack]。')).toBe(
      '标题正文。',
    );
    expect(comparableOutput('---\ntitle: 标题\n---\n\n## 一、正文 {#s1}\n\n\\*注\\*')).toBe('标题一、正文*注*');
  });
});
