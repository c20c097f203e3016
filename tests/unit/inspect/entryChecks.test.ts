import { describe, expect, it } from 'vitest';
import { checkEntryText } from '../../../src/lib/inspect/entryChecks';
import { DEFAULT_INSPECTION } from '../../../src/lib/inspect/settings';

const file = `---
title: 再接再励的科学家
summary: 一篇关于坚持的文章。
inspectAllow:
  - 再接再励
  - 按装
cover: ../../assets/a.png
---

第一段。

希望大家按装好设备，联系 13800138000。
`;

describe('条目自身文字的检查', () => {
  it('names the line and the field of each finding, and reads no inspectAllow item as text', () => {
    const found = checkEntryText({ file: 'a.md', text: file }, DEFAULT_INSPECTION);
    expect(found.map((f) => [f.rule, f.line, f.field, f.text])).toEqual([
      ['typo', 2, '标题', '再接再励'],
      ['typo', 12, '正文', '按装'],
      ['personal-data', 12, '正文', '138****8000'],
    ]);
  });

  it('leaves out what the entry allows', () => {
    const found = checkEntryText({ file: 'a.md', text: file, allow: ['再接再励', '按装'] }, DEFAULT_INSPECTION);
    expect(found.map((f) => f.rule)).toEqual(['personal-data']);
  });

  it('adds the site’s own 错别字 and 敏感词, at the chosen severity', () => {
    const found = checkEntryText(
      { file: 'a.md', text: '第一段。\n这是最佳方案，请勿写成科普益羊。\n' },
      {
        typoSeverity: 'deduct',
        extraTypos: [{ wrong: '科普益羊', right: '科普益阳' }],
        sensitiveWords: [{ word: '最佳', kind: '禁用词', except: [] }],
      },
    );
    expect(found.map((f) => [f.ruleLabel, f.severity, f.text, f.fix])).toEqual([
      ['错别字', 'deduct', '科普益羊', '“科普益羊”应为“科普益阳”'],
      ['禁用词', 'deduct', '最佳', '删除或改写“最佳”'],
    ]);
  });
});
