/**
 * What the site as a whole shows an inspector: the filing numbers in the footer (网站标识: ICP 备案,
 * 公安机关备案, 政府网站标识码) and no demonstration (示例) content on the public site.
 */
import { FILING_FIELDS } from '../../site/filingFields.ts';
import type { Finding } from '../types.ts';

export function filingFindings(site: Partial<Record<(typeof FILING_FIELDS)[number][0], unknown>>): Finding[] {
  return FILING_FIELDS.filter(([key]) => typeof site[key] !== 'string' || !(site[key] as string).trim()).map(
    ([key, label]) => ({
      severity: 'deduct' as const,
      rule: 'filing',
      ruleLabel: '备案和标识',
      file: 'src/config/site.json',
      field: key,
      text: `${label}为空，页脚不显示`,
      fix: `在站点设置中填写“${label}”`,
    }),
  );
}

/** Built pages that show the 示例 label (class badge-example). */
export function examplePagesFinding(pages: readonly string[], distName: string): Finding[] {
  if (pages.length === 0) return [];
  return [
    {
      severity: 'deduct',
      rule: 'examples',
      ruleLabel: '示例内容',
      file: `${distName}${pages[0]}`,
      text: `${pages.length} 个页面显示“示例”内容`,
      fix: '正式网站用 SITE_EXAMPLES=hide npm run build 构建（不含示例内容），或删除示例条目',
    },
  ];
}

export function hasExampleLabel(html: string): boolean {
  return html.includes('badge-example');
}
