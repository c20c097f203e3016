// The rules about the site as a whole: 原文 downloads, 解读 ↔ 政策文件 links, filing fields, 示例 pages.
import { describe, expect, it } from 'vitest';
import { interpretationLinkFindings, policySourceFindings } from '../../../src/lib/inspect/rules/policyLinks';
import { examplePagesFinding, filingFindings, hasExampleLabel } from '../../../src/lib/inspect/rules/siteIdentity';

const entry = { collection: 'policies', slug: 'p' };

describe('原文下载', () => {
  const source = {
    title: '通知',
    sourceFile: 'seeds/a.txt',
    sourceExists: true,
    download: '/policies/p/source.txt',
    downloadBuilt: true,
    file: 'src/content/policies/p.md',
    entry,
  };
  it('reports a missing source file or an unbuilt download, not one that is there', () => {
    expect(policySourceFindings([source])).toEqual([]);
    expect(policySourceFindings([{ ...source, sourceExists: false }]).map((f) => f.text)).toEqual([
      '《通知》的原文文件 seeds/a.txt 不存在',
    ]);
    expect(policySourceFindings([{ ...source, downloadBuilt: false }]).map((f) => f.text)).toEqual([
      '《通知》的原文下载 /policies/p/source.txt 没有生成',
    ]);
  });
});

describe('解读与政策文件互相链接', () => {
  const pair = {
    title: '解读',
    interpretationUrl: '/interpretations/j/',
    policyUrl: '/policies/p/',
    toPolicy: true,
    toInterpretation: true,
    file: 'src/content/interpretations/j.md',
    entry: { collection: 'interpretations', slug: 'j' },
  };
  it('reports each direction that is missing, nothing when both are there', () => {
    expect(interpretationLinkFindings([pair])).toEqual([]);
    expect(interpretationLinkFindings([{ ...pair, toInterpretation: false }]).map((f) => f.field)).toEqual([
      '/policies/p/',
    ]);
    expect(interpretationLinkFindings([{ ...pair, toPolicy: false, toInterpretation: false }])).toHaveLength(2);
  });
});

describe('备案和示例内容', () => {
  it('names each empty filing field, nothing when all are filled', () => {
    expect(
      filingFindings({ icp: '湘ICP备1号', govSiteCode: ' ', publicSecurityRecord: '湘公网安备1号' }).map(
        (f) => f.field,
      ),
    ).toEqual(['govSiteCode']);
    expect(filingFindings({ icp: 'a', govSiteCode: 'b', publicSecurityRecord: 'c' })).toEqual([]);
  });

  it('counts pages with the 示例 label', () => {
    expect(hasExampleLabel('<span class="badge badge-example">示例</span>')).toBe(true);
    expect(hasExampleLabel('<p>示例代码</p>')).toBe(false);
    expect(examplePagesFinding([], 'dist')).toEqual([]);
    expect(examplePagesFinding(['/a/', '/b/'], 'dist').map((f) => [f.file, f.text])).toEqual([
      ['dist/a/', '2 个页面显示“示例”内容'],
    ]);
  });
});
