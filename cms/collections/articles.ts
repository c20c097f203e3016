import { AUDIENCES } from '../../src/schemas/article';
import { site } from '../../src/config/site';
import {
  clauseRefFields,
  optionalGroup,
  bodyField,
  dateField,
  exampleField,
  inspectAllowField,
  imageFields,
  slugField,
} from '../fields';
import { folderStorage } from '../folderCollection';
import type { CmsCollection } from '../types';

/** 科普文章. The 网址名 becomes the file name and /articles/<slug>/. */
export const articlesCollection: CmsCollection = {
  name: 'articles',
  label: '科普文章',
  label_singular: '科普文章',
  description: '专题栏目下的科普文章。每篇至少属于一个专题，封面图片必须写替代文字。',
  ...folderStorage('articles', { media: 'articles' }),
  create: true,
  summary: '{{title}}（{{publishedAt}}）',
  sortable_fields: ['publishedAt', 'title'],
  view_filters: [{ label: '示例内容', field: 'example', pattern: true }],
  preview_path: 'articles/{{slug}}/',
  fields: [
    { name: 'title', label: '标题', widget: 'string' },
    slugField('laonianren-fang-diedao'),
    {
      name: 'summary',
      label: '摘要',
      widget: 'text',
      hint: '10 至 200 字，用于列表、订阅和搜索结果。',
      pattern: ['^[\\s\\S]{10,200}$', '摘要应为 10 至 200 字'],
    },
    {
      name: 'topics',
      label: '所属专题',
      widget: 'relation',
      collection: 'topics',
      value_field: 'slug',
      search_fields: ['name', 'slug'],
      display_fields: ['name'],
      multiple: true,
      min: 1,
      hint: '至少选一个；第一个是主专题。',
    },
    dateField('publishedAt', '发布日期'),
    dateField('updatedAt', '更新日期', {
      required: false,
      default: '',
      hint: '文章发布后又修改过时填写，不能早于发布日期。',
    }),
    { name: 'author', label: '作者', widget: 'string', default: site.editorialTeam },
    { name: 'source', label: '来源', widget: 'string', default: site.organization },
    ...imageFields('cover', '封面图片', 'coverAlt'),
    {
      name: 'audience',
      label: '读者对象',
      widget: 'select',
      multiple: true,
      required: false,
      options: [...AUDIENCES],
      default: ['公众'],
      hint: '不选即“公众”。',
    },
    {
      name: 'tags',
      label: '关键词',
      widget: 'list',
      required: false,
      default: [],
      hint: '用逗号分隔，如：防诈骗, 老年人',
    },
    {
      name: 'relatedClauses',
      label: '相关政策条款',
      widget: 'list',
      required: false,
      default: [],
      // A collapsed item would show the document's 网址名 and the clause anchor: an editor knows
      // neither, so items stay open, showing the document's title and the clause's heading.
      collapsed: false,
      summary: '政策条款',
      fields: clauseRefFields('s1-2'),
    },
    optionalGroup({
      name: 'media',
      label: '微视频 / 音频',
      collapsed: true,
      hint: '可选。音视频必须附字幕和完整文字稿。',
      fields: [
        {
          name: 'kind',
          label: '类型',
          widget: 'select',
          options: [
            { value: 'video', label: '视频' },
            { value: 'audio', label: '音频' },
          ],
        },
        {
          name: 'src',
          label: '媒体文件',
          widget: 'file',
          media_folder: '/public/media',
          public_folder: '/media',
          pattern: [
            '^/media/[a-z0-9._-]+\\.(?:mp4|webm|mp3|ogg|m4a)$',
            '文件名只能用小写字母、数字、点和连字符，格式 mp4/webm/mp3/ogg/m4a',
          ],
        },
        { name: 'type', label: 'MIME 类型', widget: 'string', hint: '如 video/mp4、audio/mpeg' },
        {
          name: 'captions',
          label: '字幕（WebVTT）',
          widget: 'file',
          media_folder: '/public/media',
          public_folder: '/media',
          pattern: ['^/media/[a-z0-9._-]+\\.vtt$', '应为 .vtt 字幕文件'],
        },
        { name: 'title', label: '标题', widget: 'string' },
        { name: 'transcript', label: '文字稿', widget: 'text' },
        {
          name: 'poster',
          label: '视频封面',
          widget: 'file',
          required: false,
          media_folder: '/public/media',
          public_folder: '/media',
        },
      ],
    }),

    {
      name: 'pinned',
      label: '置顶',
      widget: 'boolean',
      default: false,
      required: false,
      hint: '勾选后在首页头条显示（有多篇置顶时显示发布日期最新的一篇）。',
    },
    inspectAllowField(),
    exampleField(),
    bodyField(),
  ],
};
