/**
 * 政府网站 meta tags every page must carry (《政府网站发展指引》's page metadata): SiteName,
 * SiteDomain, SiteIDCode and ColumnName. One finding per missing tag, with the count of pages.
 */
import type { Finding } from '../types.ts';

export const REQUIRED_GOV_META = ['SiteName', 'SiteDomain', 'SiteIDCode', 'ColumnName'] as const;

const PATTERNS = REQUIRED_GOV_META.map(
  (name) => [name, new RegExp(`<meta\\s+name="${name}"\\s+content="[^"]+"`, 'u')] as const,
);

export function missingGovMeta(html: string): string[] {
  const end = html.indexOf('</head>');
  const head = end < 0 ? html : html.slice(0, end);
  return PATTERNS.filter(([, pattern]) => !pattern.test(head)).map(([name]) => name);
}

export function govMetaFindings(missing: ReadonlyMap<string, string[]>, distName: string): Finding[] {
  return [...missing].map(([name, pages]) => ({
    severity: 'deduct' as const,
    rule: 'gov-meta',
    ruleLabel: '页面元数据',
    file: `${distName}${pages[0]}`,
    text: `${pages.length} 个页面缺少 <meta name="${name}">`,
    fix:
      name === 'SiteIDCode'
        ? '在站点设置中填写“政府网站标识码”（src/config/site.json 的 govSiteCode）后重新构建'
        : `页面应由 BaseLayout 生成，带上 ${name}`,
  }));
}
