import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INSPECTION, parseInspectionSettings } from '../../../src/lib/inspect/settings';

const problems = (value: unknown) => {
  const r = parseInspectionSettings(value);
  return r.ok ? [] : r.problems;
};

describe('网站自查设置', () => {
  it('accepts the defaults and the committed site settings', () => {
    expect(parseInspectionSettings(DEFAULT_INSPECTION).ok).toBe(true);
    const site = JSON.parse(readFileSync(join(import.meta.dirname, '../../../src/config/site.json'), 'utf8'));
    expect(parseInspectionSettings(site.inspection).ok).toBe(true);
  });

  it('names the setting of a malformed threshold in Chinese', () => {
    expect(problems({ ...DEFAULT_INSPECTION, vetoStaleColumns: '五' })).toEqual([
      'src/config/site.json 字段 inspection.vetoStaleColumns：网站自查设置“不更新栏目数否决线”应为数字',
    ]);
    expect(
      problems({ ...DEFAULT_INSPECTION, updatePeriodDays: { policies: -1, events: 183, topics: 92 } })[0],
    ).toContain('“政策文件栏目更新周期（天）”不能为负数');
  });

  it('names the setting of a malformed word list', () => {
    expect(problems({ ...DEFAULT_INSPECTION, sensitiveWords: '最佳' })[0]).toContain('“敏感词和禁用词”应为列表');
    expect(problems({ ...DEFAULT_INSPECTION, sensitiveWords: [{ word: '', kind: '敏感词' }] })[0]).toContain(
      '“敏感词和禁用词”有一项的词语为空',
    );
    expect(problems({ ...DEFAULT_INSPECTION, extraTypos: [{ wrong: '按装', right: '按装' }] })[0]).toContain(
      '“本站补充的错别字”的错误写法和正确写法相同',
    );
  });
});
