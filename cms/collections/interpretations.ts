import { INTERPRETATION_KINDS } from '../../src/schemas/interpretation';
import { site } from '../../src/config/site';
import { bodyField, dateField, exampleField, inspectAllowField, slugField } from '../fields';
import { folderStorage } from '../folderCollection';
import type { CmsCollection } from '../types';

/** 政策解读: each linked to the 政策文件 it explains (relation widget). */
export const interpretationsCollection: CmsCollection = {
  name: 'interpretations',
  label: '政策解读',
  label_singular: '政策解读',
  description: '对政策文件的解读。每篇解读必须关联它所解读的政策文件，文件页面会自动列出它的解读。',
  ...folderStorage('interpretations'),
  create: true,
  summary: '{{title}}（{{pubDate}}）',
  sortable_fields: ['pubDate', 'title'],
  fields: [
    {
      name: 'title',
      label: '标题',
      widget: 'string',
      hint: `如：《${site.organizationShort} 2023 年科普工作要点》解读`,
    },
    slugField('2023-kepu-gongzuo-yaodian-jiedu'),
    {
      name: 'policy',
      label: '所解读的政策文件',
      widget: 'relation',
      collection: 'policies',
      value_field: '{{slug}}',
      search_fields: ['title', 'docNumber'],
      display_fields: ['title'],
    },
    dateField('pubDate', '发布日期'),
    { name: 'source', label: '解读机关', widget: 'string', hint: `如：${site.organization}` },
    { name: 'author', label: '解读人', widget: 'string', required: false },
    { name: 'kind', label: '解读形式', widget: 'select', options: [...INTERPRETATION_KINDS], default: '文字解读' },
    { name: 'summary', label: '摘要', widget: 'text', hint: '一两句话，用于列表和搜索结果。' },
    inspectAllowField(),
    exampleField(),
    bodyField('解读正文'),
  ],
};
