import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { interpretationsByPolicy, type InterpretationEntry } from '../../../src/lib/interpretations/interpretations';
import { interpretationSchema } from '../../../src/schemas/interpretation';
import { CONTENT_SETS, contentFiles } from '../../fixtures/site';

function entry(id: string, policy: string, pubDate: string): InterpretationEntry {
  return {
    id,
    filePath: `src/content/interpretations/${id}.md`,
    data: interpretationSchema.parse({ title: id, policy, pubDate, source: '科协', kind: '文字解读', summary: '摘要' }),
  };
}

describe('政策解读 ↔ 政策文件', () => {
  it('groups 解读 under their document, newest first', () => {
    const map = interpretationsByPolicy(
      [entry('a', 'doc-1', '2023-04-10'), entry('b', 'doc-2', '2023-01-01'), entry('c', 'doc-1', '2023-06-01')],
      new Set(['doc-1', 'doc-2', 'doc-3']),
    );
    expect(map.get('doc-1')!.map((e) => e.id)).toEqual(['c', 'a']);
    expect(map.get('doc-2')!.map((e) => e.id)).toEqual(['b']);
    expect(map.has('doc-3')).toBe(false);
  });

  it('stops the build naming the file when the document does not exist', () => {
    expect(() => interpretationsByPolicy([entry('x', 'no-such-doc', '2023-01-01')], new Set(['doc-1']))).toThrow(
      /src\/content\/interpretations\/x\.md：字段 policy 的值 “no-such-doc” 不是已有的政策文件/,
    );
  });

  it.each(CONTENT_SETS)('the 解读 in %s are valid and name their document by slug', (contentDir) => {
    const dir = `${contentDir}/interpretations`;
    const files = contentFiles(contentDir, 'interpretations');
    for (const file of files) {
      const front = readFileSync(`${dir}/${file}`, 'utf8').split(/^---$/m)[1]!;
      const data = interpretationSchema.parse(parse(front));
      expect(data.policy, file).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(existsSync(`${contentDir}/policies/${data.policy}.md`), `${file} → ${data.policy}`).toBe(true);
    }
  });

  it('refuses a 解读 without its document', () => {
    const result = interpretationSchema.safeParse({
      title: 't',
      pubDate: '2023-01-01',
      source: 's',
      kind: '文字解读',
      summary: 'x',
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['policy']);
  });
});
