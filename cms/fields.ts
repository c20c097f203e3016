// Field builders shared by the collections, so every collection uses the same widgets for the
// same kinds of data (dates in Beijing time, ASCII slugs, images with alt text).
import type { CmsField } from './types';

/** Stable ASCII slug → the file name and the URL; never change it after publication. */
export function slugField(example: string): CmsField {
  return {
    name: 'slug',
    label: '网址名',
    // cms/widgets/SlugControl.ts: filled with the title's pinyin while the entry is new; editable.
    widget: 'slug',
    hint: `按标题自动填写拼音，可修改；小写字母、数字和连字符，如 ${example}。它决定文件名和网址，发布后请不要修改。`,
    pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', '只能用小写字母、数字和连字符（-），且不能以连字符开头或结尾'],
  };
}

/**
 * A reference to one clause of a policy document: the document (by slug) and the clause anchor
 * (s1, s1-2 …, the ids the policy pages give their clauses). Used by articles and events alike.
 */
export function clauseRefFields(example: string): CmsField[] {
  return [
    {
      name: 'document',
      label: '政策文件',
      widget: 'relation',
      collection: 'policies',
      value_field: '{{slug}}',
      search_fields: ['title'],
      display_fields: ['title'],
    },
    {
      name: 'clause',
      label: '条款',
      // cms/widgets/ClauseControl.ts: a list of the chosen document's clauses by heading (its
      // clause file, /admin/clauses/<slug>.json); the stored value is the clause's anchor id, e.g. ${example}.
      widget: 'clause',
      pattern: ['^s\\d+(?:-\\d+)*$', `形如 s1 或 ${example}`],
      hint: '先选政策文件，再从列表中选择条款。',
    },
  ];
}

/** A calendar date (发布日期, 成文日期): stored as YYYY-MM-DD, read in Asia/Shanghai. */
export function dateField(name: string, label: string, opts: Partial<CmsField> = {}): CmsField {
  return {
    name,
    label,
    widget: 'datetime',
    format: 'YYYY-MM-DD',
    date_format: 'YYYY-MM-DD',
    time_format: false,
    ...opts,
  };
}

/** Demonstration flag: pages show 示例. */
export function exampleField(): CmsField {
  return {
    name: 'example',
    label: '示例内容',
    widget: 'boolean',
    default: false,
    required: false,
    hint: '演示用的内容请勾选，页面会显示“示例”。',
  };
}

/**
 * 网站自查允许的词语 (src/schemas/inspectAllow.ts): words the 错别字 / 敏感词 / 个人信息 checks
 * must not report in this entry, e.g. a quotation or a name that is right as written.
 */
export function inspectAllowField(): CmsField {
  return {
    name: 'inspectAllow',
    label: '网站自查允许的词语',
    widget: 'list',
    required: false,
    default: [],
    hint: '引文、人名等在本条目中写法正确、但被网站自查报告为错别字或敏感词的词语，每行一个；也可写包含它的一小段原文，只放行那一处。',
  };
}

/** Markdown body. Raw HTML is escaped by the site build, so only Markdown formatting is offered. */
export function bodyField(label = '正文'): CmsField {
  return {
    name: 'body',
    label,
    widget: 'markdown',
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: ['image'],
    modes: ['rich_text', 'raw'],
    hint: '网页中的 HTML 代码不会生效。',
  };
}

/** Image with its 替代文字, as two required fields (the schema names them). */
export function imageFields(
  name: string,
  label: string,
  altName: string,
  opts: { required?: boolean } = {},
): CmsField[] {
  const required = opts.required ?? true;
  return [
    { name, label, widget: 'image', required, choose_url: false },
    {
      name: altName,
      label: `${label}替代文字`,
      // cms/widgets/AltTextControl.ts: proposes the uploaded file's own name (垃圾分类宣传照片).
      widget: 'alt',
      image_field: name,
      required,
      hint: '用一句话描述图片内容，供读屏软件朗读（如“志愿者在社区演示急救操作”）。',
    },
  ];
}

/**
 * An optional group (地点, 编者补充, 音视频): may be left out entirely. Decap would demand its
 * required children even when the group is empty, so they are checked on save instead
 * (omitEmpty.ts missingInGroups) and by the schema-consistency test (required_in_group).
 */
export function optionalGroup(group: CmsField & { fields: CmsField[] }): CmsField {
  return {
    ...group,
    widget: 'object',
    required: false,
    fields: group.fields.map((f) => (f.required === false ? f : { ...f, required: false, required_in_group: true })),
  };
}
