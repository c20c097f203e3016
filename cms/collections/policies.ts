import { folderStorage } from '../folderCollection';
import { dateField, inspectAllowField, optionalGroup } from '../fields';
import type { CmsCollection, CmsField } from '../types';
import { POLICY_DOC_TYPES } from '../../src/lib/import/metadata';

/** Shown for reference; the importer owns it (npm run import) and re-import would overwrite an edit. */
function imported(name: string, label: string, opts: Partial<CmsField> = {}): CmsField {
  return { name, label: `${label}（导入，只读）`, widget: 'readonly', ...opts };
}

/** Kept exactly as imported, not shown (machine data: citations, tables, checksums). */
function kept(name: string): CmsField {
  return { name, label: name, widget: 'hidden' };
}

/**
 * 政策文件. Documents come from the importer (seeds/ → src/content/policies/), so editors cannot
 * create or delete them, and the text and every fact read from it are shown read-only. What an
 * editor adds by hand goes under 编者补充 (`manual`), which the page labels as such.
 */
export const policiesCollection: CmsCollection = {
  name: 'policies',
  label: '政策文件',
  label_singular: '政策文件',
  description:
    '政策文件由导入程序从原文生成：新文件请点右下角“导入政策文件”上传 .txt 或 .docx。正文和从原文读出的信息不能在此修改；原文没有写明的信息可在“编者补充”中填写并注明依据。',
  ...folderStorage('policies'),
  create: false,
  delete: false,
  summary: '{{title}}',
  sortable_fields: ['title', 'issuedDate'],
  preview_path: 'policies/{{slug}}/',
  // The page itself (查看发布) is the preview: the imported HTML needs the site's page, not a pane.
  editor: { preview: false },
  fields: [
    imported('title', '标题'),
    imported('slug', '网址名'),
    // Proposed by the importer from the title's 文种 (src/lib/import/metadata.ts docTypeOf); the editor may correct it.
    {
      name: 'docType',
      label: '类型',
      widget: 'select',
      options: [...POLICY_DOC_TYPES],
      hint: '导入时按标题判断（如“工作要点”“实施方案”“意见”），判断不对可在此改正。',
    },
    imported('docNumber', '发文字号', { required: false }),
    kept('docNumberAsPrinted'),
    kept('docNumberIncomplete'),
    imported('issuer', '发文机关', { required: false }),
    imported('issuedDate', '成文日期', { required: false }),
    kept('printedDate'),
    imported('status', '状态', {
      options: [
        { value: 'draft', label: '草稿（征求意见稿）' },
        { value: 'final', label: '正式文件' },
      ],
    }),
    kept('masthead'),
    kept('signer'),
    kept('documentTitle'),
    kept('attachments'),
    kept('tables'),
    imported('source', '原文文件'),
    kept('sourceSha256'),
    inspectAllowField(),
    optionalGroup({
      name: 'manual',
      label: '编者补充',
      collapsed: false,
      hint: '只填原文没有写明、且有可靠出处的信息；页面会标注“编者补充”。',
      fields: [
        { name: 'issuer', label: '发文机关', widget: 'string', required: false },
        dateField('issuedDate', '成文日期', { required: false, default: '' }),
        dateField('publishedDate', '发布日期', { required: false, default: '' }),
        { name: 'subject', label: '主题分类', widget: 'string', required: false, hint: '如：科技、教育\\科学普及' },
        { name: 'basis', label: '依据', widget: 'string', hint: '信息出处：网址或说明（必填）。' },
      ],
    }),

    {
      name: 'body',
      label: '正文（导入，只读）',
      widget: 'readonly',
      hint: '正文由导入程序从 seeds/ 中的原文生成：请修改原文后重新导入（npm run import），不在此编辑。',
    },
  ],
};
