import { imageFields, inspectAllowField, slugField } from '../fields';
import { folderStorage } from '../folderCollection';
import type { CmsCollection } from '../types';

/** 专题. The slug is part of the schema (and the entry id): /topics/<slug>/. */
export const topicsCollection: CmsCollection = {
  name: 'topics',
  label: '专题',
  label_singular: '专题',
  description: '科普专题栏目（如“双碳”“反诈防骗”）。文章通过“所属专题”归入专题。',
  ...folderStorage('topics', { identifier: 'name', media: 'topics' }),
  create: true,
  summary: '{{name}}',
  sortable_fields: ['order', 'name'],
  preview_path: 'topics/{{slug}}/',
  fields: [
    { name: 'name', label: '专题名称', widget: 'string' },
    slugField('shuangtan'),
    {
      name: 'description',
      label: '专题简介',
      widget: 'text',
      hint: '10 至 300 字。',
      pattern: ['^[\\s\\S]{10,300}$', '简介应为 10 至 300 字'],
    },
    ...imageFields('cover', '封面图片', 'coverAlt'),
    {
      name: 'order',
      label: '排序',
      widget: 'number',
      value_type: 'int',
      min: 0,
      default: 10,
      hint: '数字小的排在前面。',
    },
    inspectAllowField(),
  ],
};
