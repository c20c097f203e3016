// 导入政策文件 in /admin/: a button on every CMS screen opens a dialog where the editor uploads a .txt or
// .docx notice (or pastes its text), sees what the importer found, and saves it as a new 政策文件.
// The importer itself runs on the local server (scripts/serve/importApi.mjs, the same src/lib/import modules
// as `npm run import`); with a remote git backend there is no such server, and the dialog says so.
import { createElement as h, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { DOCK_ORDER, dockButton } from './adminDock';

/** What the endpoint reports (see summary() in scripts/serve/importApi.mjs). */
interface Found {
  title: string;
  slug: string;
  issuer: string | null;
  docNumber: string | null;
  docNumberAsPrinted: string | null;
  docNumberIncomplete: boolean;
  issuedDate: string | null;
  docType: string;
  /** The 类型 an editor may choose instead (the policy schema's list). */
  docTypes: string[];
  status: 'draft' | 'final';
  documentTitle: string | null;
  attachments: string[];
  headings: { level: number; text: string }[];
  tables: { caption: string | null; columns: number; rows: number }[];
  characters: number;
  source: string;
  file: string;
}

interface Reply {
  ok: boolean;
  error?: string;
  found?: Found;
  saved?: boolean;
  /** Saved as a draft for review (先审后发) rather than published. */
  draft?: boolean;
  sourceFile?: string;
}

export const IMPORT_API = '/api/import';

const REMOTE_MESSAGE =
  '导入政策文件需要在本地编辑时使用：在项目文件夹运行 npm start，打开 http://localhost:4321/admin/ 导入；' +
  '或在电脑上运行 npm run import -- 文件路径 --slug 网址名，再提交到仓库。当前内容管理连接的是远程 Git 仓库，没有本地导入程序。';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

function base64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function dateText(iso: string | null): string {
  if (!iso) return '未注明';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function row(label: ReactNode, value: ReactNode): ReactNode {
  const key = typeof label === 'string' ? label : 'control';
  return [h('dt', { key: `${key}-t` }, label), h('dd', { key: `${key}-d` }, value)];
}

function FoundView({
  found,
  docType,
  onDocType,
}: {
  found: Found;
  docType: string;
  onDocType: (type: string) => void;
}) {
  const docNumber = found.docNumber
    ? `${found.docNumber}${found.docNumberAsPrinted ? `（原文写作 ${found.docNumberAsPrinted}）` : ''}${found.docNumberIncomplete ? '（文号未填写完整）' : ''}`
    : '未注明';
  return h(
    'section',
    { 'aria-labelledby': 'policy-import-found', className: 'policy-import-found' },
    h('h3', { id: 'policy-import-found' }, '导入程序读出的内容'),
    h(
      'dl',
      null,
      row('标题', found.title),
      row('发文机关', found.issuer ?? '未注明'),
      row('文号', docNumber),
      row('成文日期', dateText(found.issuedDate)),
      row(h('label', { htmlFor: 'policy-import-type' }, '类型'), [
        h(
          'select',
          {
            key: 'type',
            id: 'policy-import-type',
            value: docType,
            onChange: (e: { target: HTMLSelectElement }) => onDocType(e.target.value),
          },
          found.docTypes.map((t) => h('option', { key: t, value: t }, t)),
        ),
        found.status === 'draft' ? '（征求意见稿）' : '',
        docType === found.docType ? ' 按标题判断，可修改' : '',
      ]),
      found.documentTitle ? row('所印发文件', found.documentTitle) : null,
      row('附件', found.attachments.length ? found.attachments.join('；') : '无'),
      row('保留原文字符', `${found.characters} 个（全部保留，逐字核对通过）`),
      row('网址', `/policies/${found.slug}/`),
    ),
    h('h4', null, `标题层级（${found.headings.length} 个）`),
    found.headings.length
      ? h(
          'ul',
          { className: 'policy-import-headings' },
          found.headings
            .slice(0, 60)
            .map((x, k) => h('li', { key: k, style: { marginLeft: `${(x.level - 2) * 1.25}em` } }, x.text)),
        )
      : h('p', null, '无编号标题'),
    h('h4', null, `表格（${found.tables.length} 个）`),
    found.tables.length
      ? h(
          'ul',
          null,
          found.tables.map((t, k) =>
            h('li', { key: k }, `${t.caption ?? `表格 ${k + 1}`}：${t.columns} 列，${t.rows} 行`),
          ),
        )
      : h('p', null, '无表格'),
  );
}

function ImportDialog({ remote, onClose }: { remote: boolean; onClose: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [slug, setSlug] = useState('');
  const [docType, setDocType] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [saved, setSaved] = useState<Reply | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  async function call(action: 'preview' | 'save'): Promise<void> {
    setError('');
    if (action === 'preview') {
      setFound(null);
      setSaved(null);
    }
    if (!file && !text.trim()) return setError('请选择一个 .txt 或 .docx 文件，或粘贴通知全文。');
    if (slug && !SLUG.test(slug)) return setError('网址名只能用小写字母、数字和连字符，例如 hunan-kexie-kepuri-2024。');
    setBusy(true);
    try {
      const chosen = { slug, ...(action === 'save' && docType ? { docType } : {}) };
      const payload = file
        ? { fileName: file.name, data: base64(await file.arrayBuffer()), ...chosen }
        : { text, ...chosen };
      const res = await fetch(`${IMPORT_API}/${action}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(payload),
      });
      if (res.status === 404) return setError(REMOTE_MESSAGE);
      const reply = (await res.json()) as Reply;
      if (!reply.ok) return setError(`导入程序拒绝了这份文件：${reply.error ?? res.statusText}`);
      setFound(reply.found ?? null);
      if (!slug && reply.found) setSlug(reply.found.slug);
      if (action === 'preview' && reply.found) setDocType(reply.found.docType);
      if (reply.saved) setSaved(reply);
    } catch (e) {
      setError(`无法连接本地导入程序（${e instanceof Error ? e.message : String(e)}）。${REMOTE_MESSAGE}`);
    } finally {
      setBusy(false);
    }
  }

  const body = remote
    ? h('p', { role: 'alert' }, REMOTE_MESSAGE)
    : h(
        'form',
        {
          onSubmit: (e: { preventDefault(): void }) => {
            e.preventDefault();
            void call('preview');
          },
        },
        h(
          'p',
          null,
          '上传通知的 .txt 或 Word（.docx）文件，或粘贴全文。导入程序读出标题、发文机关、文号、成文日期和正文结构，逐字核对后才能保存；原文保存在 seeds/ 中。',
        ),
        h('label', { htmlFor: 'policy-import-file' }, '选择文件（.txt 或 .docx）'),
        // The browser's own file button speaks the browser's language (Choose File): the input is
        // kept for keyboard and screen readers, the visible button and file name are ours.
        h(
          'div',
          { className: 'policy-import-file' },
          h('input', {
            id: 'policy-import-file',
            ref: fileInput,
            type: 'file',
            accept: '.txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            onChange: (e: { target: HTMLInputElement }) => {
              setFile(e.target.files?.[0] ?? null);
              setFound(null);
              setSaved(null);
            },
          }),
          h(
            'span',
            {
              className: 'policy-import-file-button',
              'aria-hidden': 'true',
              onClick: () => fileInput.current?.click(),
            },
            '选择文件…',
          ),
          h('span', { className: 'policy-import-file-name' }, file ? file.name : '未选择文件'),
        ),
        h('label', { htmlFor: 'policy-import-text' }, '或粘贴通知全文'),
        h('textarea', {
          id: 'policy-import-text',
          rows: 6,
          value: text,
          disabled: Boolean(file),
          onChange: (e: { target: HTMLTextAreaElement }) => {
            setText(e.target.value);
            setFound(null);
            setSaved(null);
          },
        }),
        h(
          'label',
          { htmlFor: 'policy-import-slug' },
          '网址名（留空则按标题拼音生成；小写字母、数字和连字符；发布后不再改变）',
        ),
        h('input', {
          id: 'policy-import-slug',
          type: 'text',
          value: slug,
          autoComplete: 'off',
          spellCheck: false,
          onChange: (e: { target: HTMLInputElement }) => {
            setSlug(e.target.value.trim());
            setFound(null);
            setSaved(null);
          },
        }),
        h(
          'div',
          { className: 'policy-import-actions' },
          h('button', { type: 'submit', disabled: busy }, busy ? '正在读取…' : '预览导入结果'),
        ),
      );

  return h(
    'div',
    { className: 'policy-import-inner' },
    h('h2', { id: 'policy-import-title' }, '导入政策文件'),
    body,
    error ? h('p', { role: 'alert', className: 'policy-import-error' }, error) : null,
    found ? h(FoundView, { found, docType: docType || found.docType, onDocType: setDocType }) : null,
    found && !saved
      ? h(
          'div',
          { className: 'policy-import-actions' },
          h(
            'button',
            { type: 'button', className: 'policy-import-save', disabled: busy, onClick: () => void call('save') },
            '保存为新的政策文件',
          ),
        )
      : null,
    saved?.found
      ? h(
          'p',
          { role: 'status', className: 'policy-import-saved' },
          saved.draft
            ? `已保存为草稿《${saved.found.title}》，原文已存入原文库。请在“审核发布”中审核，发布后出现在 /policies/${saved.found.slug}/。`
            : `已保存为新的政策文件《${saved.found.title}》，原文已存入原文库。网站更新后发布在 /policies/${saved.found.slug}/。`,
        )
      : null,
    h('div', { className: 'policy-import-actions' }, h('button', { type: 'button', onClick: onClose }, '关闭')),
  );
}

// Decap's own look (its colours, 5 px corners, 2 px field borders, system font), so the dialog reads
// as part of the CMS; text colours keep WCAG AA contrast on white.
const STYLE = `
.policy-import-open{height:36px;padding:0 16px;font:600 14px/36px -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Noto Sans CJK SC",sans-serif;background:#3a69c7;color:#fff;border:0;border-radius:6px;box-shadow:0 2px 6px rgba(68,74,87,.25);cursor:pointer}
.policy-import-open:hover{background:#2f58aa}
.policy-import-open:focus-visible,.policy-import-dialog :is(button,input,textarea,select):focus-visible{outline:3px solid #c05600;outline-offset:2px}
.policy-import-dialog{max-width:46rem;width:calc(100% - 2rem);max-height:calc(100% - 2rem);box-sizing:border-box;padding:24px 28px;border:0;border-radius:5px;background:#fff;box-shadow:0 4px 12px rgba(68,74,87,.15),0 1px 3px rgba(68,74,87,.25);font:14px/1.6 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Noto Sans CJK SC",sans-serif;color:#313d3e}
.policy-import-dialog::backdrop{background:rgba(49,61,62,.5)}
.policy-import-dialog h2{margin:0 0 12px;font-size:20px;font-weight:600}
.policy-import-dialog h3{margin:20px 0 8px;font-size:16px;font-weight:600}
.policy-import-dialog h4{margin:16px 0 6px;font-size:14px;font-weight:600}
.policy-import-dialog form>label{display:inline-block;margin-top:16px;padding:3px 8px;font-size:12px;font-weight:600;color:#4a5563;background:#dfdfe3;border-radius:3px 3px 0 0}
.policy-import-dialog :is(textarea,input[type=text],select){display:block;width:100%;box-sizing:border-box;padding:10px 14px;font:inherit;color:inherit;background:#fff;border:2px solid #dfdfe3;border-radius:0 5px 5px 5px;transition:border-color .2s}
.policy-import-dialog dd select{display:inline-block;width:auto;padding:4px 8px;border-radius:5px}
.policy-import-dialog :is(textarea,input[type=text],select):focus{border-color:#3a69c7}
.policy-import-file{position:relative;display:flex;align-items:center;gap:12px;padding:10px 14px;border:2px dashed #dfdfe3;border-radius:0 5px 5px 5px}
.policy-import-file input{position:absolute;inset:0;width:100%;height:100%;opacity:0;cursor:pointer}
.policy-import-file-button{display:inline-block;height:30px;padding:0 12px;font-weight:600;line-height:30px;color:#3a69c7;background:#e8f5fe;border-radius:5px}
.policy-import-file:has(input:focus-visible){outline:3px solid #c05600;outline-offset:2px}
.policy-import-file-name{overflow-wrap:anywhere}
.policy-import-dialog dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 16px;margin:0}
.policy-import-dialog dt{font-weight:600;color:#4a5563}
.policy-import-dialog dd{margin:0;overflow-wrap:anywhere}
.policy-import-actions{margin-top:20px;display:flex;flex-wrap:wrap;gap:12px}
.policy-import-actions button{height:36px;padding:0 16px;font:inherit;font-weight:600;color:#3a69c7;background:#e8f5fe;border:0;border-radius:6px;cursor:pointer}
.policy-import-actions button[type=submit],.policy-import-actions .policy-import-save{color:#fff;background:#3a69c7}
.policy-import-actions button:disabled{opacity:.6;cursor:default}
.policy-import-error{margin-top:12px;padding:10px 14px;color:#8a1c14;background:#fdecea;border-radius:5px;font-weight:600}
.policy-import-saved{margin-top:12px;padding:10px 14px;color:#1b5e20;background:#e8f5e9;border-radius:5px;font-weight:600}
`;

/** Adds the 导入政策文件 button and its dialog to the CMS page. */
export function mountPolicyImport(options: { remote: boolean }): void {
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.append(style);
  const open = document.createElement('button');
  open.type = 'button';
  open.className = 'policy-import-open';
  open.textContent = '导入政策文件';
  const dialog = document.createElement('dialog');
  dialog.className = 'policy-import-dialog';
  dialog.setAttribute('aria-labelledby', 'policy-import-title');
  dockButton(open, DOCK_ORDER.import);
  document.body.append(dialog);
  const root = createRoot(dialog);
  let session = 0;
  const close = (): void => dialog.close();
  open.addEventListener('click', () => {
    // A fresh form each time the dialog opens.
    session += 1;
    root.render(h(ImportDialog, { key: session, remote: options.remote, onClose: close }));
    dialog.showModal();
  });
  dialog.addEventListener('close', () => open.focus());
}
