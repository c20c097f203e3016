import { AUDIENCES, EVENT_KINDS, EVENT_STATUSES, STATUS_LABELS } from '../../src/lib/events/vocabulary';
import { DATE_PRECISIONS } from '../../src/lib/events/eventDate';
import { site } from '../../src/config/site';
import { clauseRefFields, optionalGroup, bodyField, dateField, exampleField, inspectAllowField } from '../fields';
import type { CmsCollection } from '../types';
import { folderStorage } from '../folderCollection';

/** Written dates at any precision the schema reads: 2023 / 2023-05 / 2023-05-20 / 2023-05-20T09:30. */
const WRITTEN_DATE: [string, string] = [
  '^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2})?)?)?$',
  '按“日期精度”填写：2023、2023-05、2023-05-20 或 2023-05-20T09:30（北京时间）',
];

const PRECISION_LABELS: Record<(typeof DATE_PRECISIONS)[number], string> = {
  year: '只知年份（如 2023）',
  month: '只知月份（如 2023-05）',
  day: '具体日期（如 2023-05-20）',
  datetime: '日期和时刻（如 2023-05-20T09:30，北京时间）',
};

/**
 * 活动. The event schema is strict (no extra keys), so entries are named by creation time
 * rather than by a 网址名 field; start/end are text because a source may give only a year or a
 * month, and a date picker would invent a day.
 */
export const eventsCollection: CmsCollection = {
  name: 'events',
  label: '活动',
  label_singular: '活动',
  description: '科普活动、竞赛与讲座。日期只写来源确认的精度：只知道月份就只写月份。',
  ...folderStorage('events', { slug: 'huodong-{{year}}{{month}}{{day}}-{{hour}}{{minute}}{{second}}', media: false }),
  create: true,
  summary: '{{title}}（{{start}}）',
  sortable_fields: ['start', 'title', 'updated'],
  view_filters: [{ label: '示例内容', field: 'example', pattern: true }],
  fields: [
    { name: 'title', label: '活动名称', widget: 'string' },
    { name: 'kind', label: '活动类型', widget: 'select', options: [...EVENT_KINDS] },
    {
      name: 'datePrecision',
      label: '日期精度',
      widget: 'select',
      options: DATE_PRECISIONS.map((value) => ({ value, label: PRECISION_LABELS[value] })),
      default: 'day',
    },
    { name: 'start', label: '开始', widget: 'string', pattern: WRITTEN_DATE, hint: '北京时间。按上面的精度填写。' },
    {
      name: 'end',
      label: '结束',
      widget: 'string',
      required: false,
      pattern: WRITTEN_DATE,
      hint: '与开始同样的精度；一天内的活动可留空。',
    },
    {
      name: 'dateNote',
      label: '日期说明',
      widget: 'string',
      required: false,
      hint: '日期不精确时说明来源，如“文件只写明 2023 年”。',
    },
    optionalGroup({
      name: 'location',
      label: '地点',
      collapsed: false,
      hint: '尚未公布可整项留空，页面会显示“地点未公布”。',
      fields: [
        { name: 'name', label: '场所名称', widget: 'string' },
        { name: 'address', label: '详细地址', widget: 'string', required: false },
      ],
    }),

    { name: 'organizer', label: '主办单位', widget: 'string' },
    { name: 'audience', label: '面向对象', widget: 'select', multiple: true, min: 1, options: [...AUDIENCES] },
    {
      name: 'registrationDeadline',
      label: '报名截止',
      widget: 'datetime',
      required: false,
      format: 'YYYY-MM-DDTHH:mm',
      date_format: 'YYYY-MM-DD',
      time_format: 'HH:mm',
      hint: '北京时间。',
    },
    {
      name: 'registrationUrl',
      label: '报名网址',
      widget: 'string',
      required: false,
      pattern: ['^https?://\\S+$', '应为 http:// 或 https:// 开头的网址'],
    },
    {
      name: 'status',
      label: '状态',
      widget: 'select',
      options: EVENT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      default: 'scheduled',
      required: false,
      hint: '不选即“按计划举行”。',
    },
    optionalGroup({
      name: 'relatedClause',
      label: '依据的政策条款',
      collapsed: true,
      fields: [
        ...clauseRefFields('s2-6'),
        {
          name: 'label',
          label: '引用文字',
          widget: 'string',
          hint: `如：《${site.organizationShort} 2023 年科普工作要点》第6条`,
        },
      ],
    }),

    dateField('updated', '最后更新'),
    inspectAllowField(),
    exampleField(),
    bodyField('活动介绍'),
  ],
};
