// 网站自查 in the CMS: the warning an editor sees on saving, and the panel's links to entries.
import { describe, expect, it } from 'vitest';
import { findingHref, panelSummary } from '../../../cms/inspectionPanel';
import { parseHTML } from 'linkedom';
import { entryWarnings, showEntryWarnings } from '../../../cms/inspectWarnings';
import { collections } from '../../../cms/collections';
import { DEFAULT_INSPECTION } from '../../../src/lib/inspect/settings';
import type { InspectionReport } from '../../../src/lib/inspect/report';

const articles = collections.find((c) => c.name === 'articles')!;
const article = {
  title: '科学家的故事',
  summary: '一篇关于坚持不懈的科普文章。',
  topics: ['jiankang'],
  publishedAt: '2026-12-01',
  author: '编辑部',
  source: '科协',
  body: '第一段。\n\n希望大家再接再励，按装好设备。',
};

describe('保存时的网站自查提醒', () => {
  it('names the field as the CMS labels it, the word and the fix', () => {
    expect(entryWarnings(articles, article, DEFAULT_INSPECTION)).toEqual([
      expect.stringMatching(/^正文（第 \d+ 行）：“再接再励”应为“再接再厉”（错别字）$/u),
      expect.stringMatching(/^正文（第 \d+ 行）：“按装”应为“安装”（错别字）$/u),
    ]);
  });

  it('says nothing about correct text or words the entry allows', () => {
    expect(entryWarnings(articles, { ...article, body: '希望大家再接再厉。' }, DEFAULT_INSPECTION)).toEqual([]);
    expect(entryWarnings(articles, { ...article, inspectAllow: ['再接再励', '按装'] }, DEFAULT_INSPECTION)).toEqual([]);
  });

  it('includes the site’s 敏感词', () => {
    const settings = { ...DEFAULT_INSPECTION, sensitiveWords: [{ word: '最佳', kind: '禁用词' as const, except: [] }] };
    expect(entryWarnings(articles, { ...article, body: '最佳方案' }, settings)).toEqual([
      expect.stringMatching(/^正文（第 \d+ 行）：删除或改写“最佳”（禁用词）$/u),
    ]);
  });
});

describe('网站自查面板', () => {
  it('links a finding to its entry, to 站点设置, or to the built page', () => {
    const base = { severity: 'veto', rule: 'typo', ruleLabel: '错别字', text: 'x', fix: 'y' } as const;
    expect(findingHref({ ...base, entry: { collection: 'articles', slug: 'a' } }, 'dist')?.href).toBe(
      '#/collections/articles/entries/a',
    );
    expect(findingHref({ ...base, file: 'src/config/site.json' }, 'dist')?.href).toBe(
      '#/collections/settings/entries/site',
    );
    expect(findingHref({ ...base, file: 'dist/topics/x/' }, 'dist')?.href).toBe('/topics/x/');
    expect(findingHref({ ...base }, 'dist')).toBeNull();
  });

  it('sums up the report on its button', () => {
    const report = { counts: { veto: 2, deduct: 5, hint: 1 } } as InspectionReport;
    expect(panelSummary(report)).toBe('网站自查：单项否决 2，扣分 5');
    expect(panelSummary(null)).toBe('网站自查');
  });
});

describe('保存提醒的显示', () => {
  it('lists the warnings in an alert the editor can close, and removes it when there are none', () => {
    const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
    showEntryWarnings(['正文（第 3 行）：“再接再励”应为“再接再厉”（错别字）'], document);
    const box = document.getElementById('kepu-inspection-warning')!;
    expect(box.getAttribute('role')).toBe('alert');
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '正文（第 3 行）：“再接再励”应为“再接再厉”（错别字）',
    ]);
    (box.querySelector('button') as unknown as { click(): void }).click();
    expect(document.getElementById('kepu-inspection-warning')).toBeNull();
    showEntryWarnings(['x'], document);
    showEntryWarnings([], document);
    expect(document.getElementById('kepu-inspection-warning')).toBeNull();
  });
});
