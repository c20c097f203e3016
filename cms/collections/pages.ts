import { bodyField, dateField, exampleField, inspectAllowField } from '../fields';
import type { CmsCollection, CmsField } from '../types';

/** Fields of one site page (src/schemas/sitePage.ts). */
export const sitePageFields: CmsField[] = [
  { name: 'title', label: '页面标题', widget: 'string', hint: '也是页脚链接的文字。' },
  { name: 'description', label: '页面简介', widget: 'string', hint: '一句话，供搜索引擎和分享使用。' },
  {
    name: 'order',
    label: '排序',
    widget: 'number',
    value_type: 'int',
    min: 0,
    default: 10,
    hint: '页脚中数字小的排在前面。',
  },
  dateField('updated', '更新日期'),
  inspectAllowField(),
  exampleField(),
  bodyField(),
];

const page = (name: string, label: string) => ({
  name,
  label,
  file: `src/content/pages/${name}.md`,
  fields: sitePageFields,
});

/** 站点页面: 关于我们, 联系我们, 版权声明 — a fixed set, so the footer links never break. */
export const sitePagesCollection: CmsCollection = {
  name: 'pages',
  label: '站点页面',
  description: '页脚中的“关于我们”“联系我们”“版权声明”页面。',
  files: [page('about', '关于我们'), page('contact', '联系我们'), page('copyright', '版权声明')],
};
