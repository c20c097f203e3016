import type { CmsCollection, CmsField } from '../types';

/** Fields of src/config/site.json, in the order an administrator reads them. */
export const siteSettingsFields: CmsField[] = [
  { name: 'name', label: '网站名称', widget: 'string' },
  { name: 'shortName', label: '网站简称', widget: 'string' },
  { name: 'organization', label: '主办单位（全称）', widget: 'string' },
  { name: 'organizationShort', label: '主办单位简称', widget: 'string' },
  {
    name: 'docNumberPrefix',
    label: '发文机关代字',
    widget: 'string',
    hint: '本会文号中年份前的部分，如文号“某科协〔2023〕12号”的“某科协”；搜索框和编辑提示中的示例文号用它。',
    pattern: ['^[^\\s〔〕\\[\\]()（）【】\\d]+$', '只写机关代字（不含年份、括号和序号）'],
  },
  { name: 'editorialTeam', label: '编辑部名称', widget: 'string', hint: '新建科普文章时默认填入“作者”。' },
  { name: 'region', label: '所在地区', widget: 'string', hint: '省、市（区、县）全称，如：湖南省某某市' },
  {
    name: 'regionCode',
    label: '行政区划代码',
    widget: 'string',
    pattern: ['^\\d{6}$', '应为 6 位数字'],
  },
  {
    name: 'baseUrl',
    label: '网站地址',
    widget: 'string',
    hint: '以 https:// 开头，末尾不要加 /',
    pattern: ['^https?://[^\\s]+[^/]$', '应以 http(s):// 开头，末尾不要加 /'],
  },
  { name: 'description', label: '网站简介', widget: 'text' },
  {
    name: 'logo',
    label: '网站标志',
    widget: 'string',
    required: false,
    hint: 'public/ 下的图片路径（正方形 SVG 或 PNG），如 /logo.svg；留空只显示网站名称。',
    pattern: ['^(?:/[\\w./-]+\\.(?:svg|png|webp))?$', '应为 /logo.svg 这样的路径'],
  },
  {
    name: 'contact',
    label: '联系方式',
    widget: 'object',
    hint: '留空的项目不在页脚显示。',
    fields: [
      { name: 'address', label: '通讯地址', widget: 'string', required: false },
      { name: 'phone', label: '联系电话', widget: 'string', required: false },
      { name: 'email', label: '电子邮箱', widget: 'string', required: false },
      { name: 'postcode', label: '邮政编码', widget: 'string', required: false },
    ],
  },
  { name: 'icp', label: 'ICP 备案号', widget: 'string', required: false },
  { name: 'publicSecurityRecord', label: '公安机关备案号', widget: 'string', required: false },
  { name: 'govSiteCode', label: '政府网站标识码', widget: 'string', required: false },
  {
    name: 'errorReport',
    label: '我为政府网站找错（纠错地址）',
    widget: 'string',
    required: false,
    hint: 'mailto:邮箱 或 https:// 网址，显示在页脚；留空不显示。',
    pattern: ['^(?:(?:mailto:|https?://)\\S+)?$', '应以 mailto: 或 https:// 开头'],
  },
  {
    name: 'reviewBeforePublish',
    label: '先审后发',
    widget: 'boolean',
    default: true,
    required: false,
    hint: '开启：保存的内容先是草稿，经“待审核”“待发布”后才出现在网站上。一人办公可关闭：保存即发布。每次修改都会留下修订记录。',
  },
];

/** 站点设置: edits src/config/site.json (validated by src/config/siteSchema.ts at build). */
export const siteSettingsCollection: CmsCollection = {
  name: 'settings',
  label: '站点设置',
  description: '网站名称、主办单位、联系方式与备案信息。修改后需重新构建网站才会生效。',
  editor: { preview: false },
  files: [
    {
      name: 'site',
      label: '网站信息',
      file: 'src/config/site.json',
      fields: siteSettingsFields,
    },
  ],
};
