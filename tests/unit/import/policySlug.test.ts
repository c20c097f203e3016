// The 网址名 and 类型 an imported notice gets when nobody chose them: read from its title.
import { describe, expect, it } from 'vitest';
import { policySlug } from '../../../src/lib/import/policySlug';
import { docTypeOf } from '../../../src/lib/import/metadata';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

describe('网址名 from the title', () => {
  it.each([
    ['益阳市科学技术协会关于印发《益阳市科协2023年科普工作要点》的通知', ['yiyang', 'kepu', 'yaodian'], ['2023']],
    ['广州市科学技术协会关于做好2024年全国科普日活动的通知', ['quanguo', 'kepu', 'huodong'], ['2024']],
    [
      '澧县全民科学素质行动规划纲要实施方案（2021-2025年）（征求意见稿）',
      ['lixian', 'quanmin', 'kexue'],
      ['2021', '2025'],
    ],
    ['穗科协关于印发2024年度工作要点的通知', ['yaodian'], ['2024']],
  ])('%s', (title, words, years) => {
    const slug = policySlug(title)!;
    expect(slug).toMatch(SLUG);
    // The notice's own words in pinyin, its years at the end; the words every notice has left out.
    for (const w of words) expect(slug.split('-')).toContain(w);
    expect(slug.endsWith(years.join('-'))).toBe(true);
    for (const common of ['guanyu', 'yinfa', 'tongzhi', 'de']) expect(slug.split('-')).not.toContain(common);
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it('stays short for a long title', () => {
    const slug = policySlug(
      '中共某某市委办公室某某市人民政府办公室关于印发《某某市进一步加强新时代科学技术普及工作促进全民科学素质全面提升实施意见》的通知',
    )!;
    expect(slug).toMatch(SLUG);
    expect(slug.split('-').length).toBeLessThanOrEqual(7);
  });

  it('has none for a title without words', () => {
    expect(policySlug('2024-15')).toBeUndefined();
  });
});

describe('类型 from the title', () => {
  it.each([
    ['益阳市科学技术协会关于印发《益阳市科协2023年科普工作要点》的通知', '工作要点'],
    ['穗科协关于印发2024年度工作要点的通知', '工作要点'],
    ['湛江市人民政府关于印发《湛江市全民科学素质行动规划纲要实施方案（2021-2025年）》的通知', '规划实施方案'],
    ['国务院关于印发全民科学素质行动规划纲要（2021—2035年）的通知', '规划实施方案'],
    ['中共中央办公厅 国务院办公厅印发《关于新时代进一步加强科学技术普及工作的意见》', '意见'],
    ['关于加强科普基地建设的意见', '意见'],
    ['某某市科学技术协会关于印发《某某市科普基地管理办法》的通知', '办法'],
    ['广州市科学技术协会关于做好2024年全国科普日活动的通知', '通知'],
  ])('%s → %s', (title, type) => {
    expect(docTypeOf(title)).toBe(type);
  });
});
