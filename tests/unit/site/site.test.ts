import { describe, expect, it } from 'vitest';
import raw from '../../../src/config/site.json';
import { siteSchema } from '../../../src/config/siteSchema';
import { site, missingFilingWarnings } from '../../../src/config/site';
import { govMetaTags } from '../../../src/lib/site/govMeta';
import { absoluteUrl } from '../../../src/lib/site/url';
import { isCurrentSection, mainNav } from '../../../src/lib/site/navigation';
import { formatZodIssues } from '../../../src/lib/build/zodErrors';

describe('site identity', () => {
  it('loads the committed site.json', () => {
    expect(site.name).toBe(raw.name);
    expect(site.organization).toBe(raw.organization);
  });

  it('names the bad field when the identity is invalid', () => {
    const bad = { ...raw, baseUrl: 'https://example.cn/', regionCode: '43' };
    const result = siteSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const text = formatZodIssues(result.error!.issues);
    expect(text).toContain('字段 baseUrl');
    expect(text).toContain('字段 regionCode');
  });

  it('warns about each empty 备案号 / 标识码, naming the field, and not about filled ones', () => {
    const config = siteSchema.parse({ ...raw, icp: '湘ICP备00000000号', govSiteCode: '', publicSecurityRecord: ' ' });
    const warnings = missingFilingWarnings(config);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('字段 govSiteCode');
    expect(warnings[1]).toContain('字段 publicSecurityRecord');
    expect(warnings.join('')).not.toContain('icp');
  });

  it('refuses a logo outside public/ paths and an error-report address that is not mailto: or https://', () => {
    const result = siteSchema.safeParse({ ...raw, logo: 'logo.svg', errorReport: 'kepu@example.cn' });
    const text = formatZodIssues(result.error!.issues);
    expect(text).toContain('字段 logo');
    expect(text).toContain('字段 errorReport');
  });

  it('builds absolute URLs on the configured base', () => {
    expect(absoluteUrl('/policies/', 'https://kepu.example.cn')).toBe('https://kepu.example.cn/policies/');
    expect(absoluteUrl('/', 'https://kepu.example.cn')).toBe('https://kepu.example.cn/');
  });
});

describe('government meta tags', () => {
  const base = {
    siteName: '科普益阳',
    siteDomain: 'kepu.example.cn',
    siteIdCode: '',
    columnName: '政策文件',
    url: 'https://kepu.example.cn/policies/x/',
  };

  it('writes PubDate in Beijing time as yyyy-MM-dd HH:mm', () => {
    const tags = govMetaTags({ ...base, articleTitle: 'T', pubDate: new Date('2023-04-06T16:00:00Z') });
    expect(tags).toContainEqual({ name: 'PubDate', content: '2023-04-07 00:00' });
    expect(tags).toContainEqual({ name: 'ArticleTitle', content: 'T' });
  });

  it('leaves out tags that have no value instead of writing them empty', () => {
    const names = govMetaTags(base).map((t) => t.name);
    expect(names).toEqual(['SiteName', 'SiteDomain', 'ColumnName', 'Url']);
  });
});

describe('navigation', () => {
  it('marks the section of nested pages as current', () => {
    expect(isCurrentSection('/policies/', '/policies/some-doc/')).toBe(true);
    expect(isCurrentSection('/policies/', '/policies')).toBe(true);
    expect(isCurrentSection('/', '/policies/')).toBe(false);
    expect(isCurrentSection('/', '/')).toBe(true);
  });

  it('has the five sections the header promises', () => {
    expect(mainNav.map((n) => n.label)).toEqual(['首页', '政策文件', '专题', '活动日历', '搜索']);
  });
});
