import { DEPLOY_TARGET_HINT, DEPLOY_TARGET_PATTERN } from '../../src/lib/deploy/deployTarget';
import { SETTING_LABELS } from '../../src/lib/inspect/settings';
import type { CmsCollection, CmsField } from '../types';

function periodField(name: string, label: string, hint: string, required = true): CmsField {
  return {
    name,
    label,
    widget: 'number',
    value_type: 'int',
    min: 0,
    max: 3660,
    hint,
    ...(required ? {} : { required }),
  };
}

function thresholdField(name: string, label: string, hint: string): CmsField {
  return { name, label, widget: 'number', value_type: 'int', min: 0, hint };
}

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
    name: 'deployTarget',
    label: '发布目标（正式网站服务器上的网站目录）',
    widget: 'string',
    required: false,
    hint: `“发布到正式网站”把网站发布到这里。${DEPLOY_TARGET_HINT}。留空则不能从这里发布。`,
    pattern: [`^(?:${DEPLOY_TARGET_PATTERN.slice(1, -1)})?$`, DEPLOY_TARGET_HINT],
  },
  {
    name: 'inspection',
    label: '网站自查',
    widget: 'object',
    required: false,
    collapsed: true,
    hint: 'npm run inspect 按这些设置检查网站（说明见 docs/inspection.md）；修改后重新构建并运行网站自查生效。',
    fields: [
      {
        name: 'updatePeriodDays',
        label: '栏目更新周期（天，0 表示不检查）',
        widget: 'object',
        fields: [
          periodField(
            'policies',
            SETTING_LABELS.policies,
            '检查指标：通知公告、政策文件类栏目 6 个月（183 天）内应有更新。',
          ),
          periodField('events', SETTING_LABELS.events, '按通知公告类，默认 183 天。'),
          periodField('topics', SETTING_LABELS.topics, '每个专题的默认周期，由本站确定，默认 92 天。'),
          periodField('home', SETTING_LABELS.home, '检查指标：首页栏目 2 周（14 天）内应有更新，否则单项否决。', false),
        ],
      },
      {
        name: 'topicPeriods',
        label: SETTING_LABELS.topicPeriods,
        widget: 'list',
        required: false,
        hint: '个别专题另定周期；历史性专题填 0，不检查更新。',
        fields: [
          {
            name: 'topic',
            label: '专题',
            widget: 'relation',
            collection: 'topics',
            value_field: '{{slug}}',
            search_fields: ['name'],
            display_fields: ['name'],
          },
          periodField('days', '更新周期（天）', '0 表示不检查。'),
        ],
      },
      thresholdField(
        'vetoStaleColumns',
        SETTING_LABELS.vetoStaleColumns,
        '未按周期更新的栏目超过这个数即单项否决（检查指标：超过 5 个）。',
      ),
      thresholdField(
        'vetoEmptyColumns',
        SETTING_LABELS.vetoEmptyColumns,
        '空白栏目超过这个数即单项否决（检查指标：超过 5 个）。',
      ),
      {
        name: 'typoSeverity',
        label: SETTING_LABELS.typoSeverity,
        widget: 'select',
        required: false,
        options: [
          { label: '单项否决（严重错误）', value: 'veto' },
          { label: '扣分', value: 'deduct' },
        ],
        default: 'veto',
      },
      {
        name: 'sensitiveWords',
        label: SETTING_LABELS.sensitiveWords,
        widget: 'list',
        required: false,
        hint: '本站维护的敏感词（单项否决）和禁用词（扣分），按整词匹配；默认为空。',
        fields: [
          { name: 'word', label: '词语', widget: 'string', pattern: ['^\\S+$', '不能含空格'] },
          { name: 'kind', label: '类别', widget: 'select', options: ['敏感词', '禁用词'], default: '禁用词' },
          { name: 'fix', label: '建议改为', widget: 'string', required: false },
          {
            name: 'except',
            label: '不算的词（包含它的正确词语）',
            widget: 'list',
            required: false,
            default: [],
          },
        ],
      },
      {
        name: 'extraTypos',
        label: SETTING_LABELS.extraTypos,
        widget: 'list',
        required: false,
        hint: '在内置的易错词表之外，本站补充的错误写法和正确写法。',
        fields: [
          { name: 'wrong', label: '错误写法', widget: 'string', pattern: ['^\\S+$', '不能含空格'] },
          { name: 'right', label: '正确写法', widget: 'string', pattern: ['^\\S+$', '不能含空格'] },
        ],
      },
    ],
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
