// 署名与修订记录 in /admin/ (local editing): a button on every CMS screen opens a dialog where the
// editor sets the name their changes are recorded under (cms/editorName.ts), sees the versions of the
// entry open in the editor, restores one, and brings back an entry deleted from the collection open
// in the list. Each restore is a new commit made by the local server (scripts/serve/cmsHistory.mjs);
// nothing needs a terminal.
import type { CmsCollection } from './types';
import { editorName, editorNameProblem, setEditorName } from './editorName';
import { DOCK_ORDER, dockButton } from './adminDock';

const API = '/api/v1';

export interface Version {
  commit: string;
  date: string;
  author: string;
  subject: string;
  path: string;
}

export interface DeletedEntry {
  path: string;
  kind: string;
  title: string;
  deletedAt: string;
  deletedBy: string;
  version: string;
}

/** What the current /admin/ screen shows: an entry's file, a folder collection's list, or neither. */
export function placeOfRoute(
  hash: string,
  collections: readonly CmsCollection[],
): { entry?: string; folder?: string; label?: string } {
  const m = /^#\/collections\/([^/?]+)(?:\/entries\/([^?]+))?/u.exec(hash);
  if (!m) return {};
  const collection = collections.find((c) => c.name === decodeURIComponent(m[1]!));
  if (!collection) return {};
  const slug = m[2] === undefined ? undefined : decodeURIComponent(m[2]);
  const folder = collection.folder;
  if (slug === undefined) return folder ? { folder, label: collection.label } : {};
  if (folder) return { entry: `${folder}/${slug}.${collection.extension ?? 'md'}`, folder, label: collection.label };
  const file = collection.files?.find((f) => f.name === slug);
  return file ? { entry: file.file, label: collection.label } : {};
}

const TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export function shownTime(iso: string): string {
  return TIME.format(new Date(iso));
}

async function call<T>(action: string, params: Record<string, unknown>): Promise<T> {
  const res = await fetch(API, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ action, params: { branch: 'main', ...params } }),
  });
  const answer = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new Error(answer.error ?? `请求失败（${res.status}）`);
  return answer;
}

const STYLE = `
.kepu-history-open{padding:.6rem 1rem;font-size:1rem;background:#fff;color:#1f5f99;border:2px solid #1f5f99;border-radius:4px;cursor:pointer}
.kepu-history-open:focus-visible,.kepu-history button:focus-visible,.kepu-history input:focus-visible{outline:3px solid #c05600;outline-offset:2px}
.kepu-history{max-width:46rem;width:calc(100% - 2rem);max-height:calc(100% - 2rem);padding:1.25rem 1.5rem;border:1px solid #667;border-radius:6px;font-size:1rem;line-height:1.6;color:#1b1b1b}
.kepu-history::backdrop{background:rgba(0,0,0,.45)}
.kepu-history label{display:block;font-weight:600}
.kepu-history input{padding:.4rem;font:inherit;border:1px solid #667;width:16rem;max-width:100%}
.kepu-history button{padding:.35rem .9rem;font:inherit;cursor:pointer}
.kepu-history ol{padding-left:1.5rem}
.kepu-history li{margin:.4rem 0}
.kepu-history .kepu-history-alert{color:#a4000f;font-weight:600}
.kepu-history .kepu-history-done{color:#1d5e20;font-weight:600}
`;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

/** Adds the 署名与修订记录 button and its dialog to the CMS page. */
export function mountHistoryPanel(collections: readonly CmsCollection[]): void {
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.append(style);
  const open = el('button', { type: 'button', className: 'kepu-history-open', textContent: '署名与修订记录' });
  const dialog = el('dialog', { className: 'kepu-history' });
  dialog.setAttribute('aria-labelledby', 'kepu-history-title');
  dockButton(open, DOCK_ORDER.history);
  document.body.append(dialog);

  const message = el('p', { role: 'status' });
  const say = (text: string, tone: 'done' | 'alert') => {
    message.className = `kepu-history-${tone}`;
    message.textContent = text;
  };

  function nameSection(): HTMLElement {
    const input = el('input', { id: 'kepu-editor-name', type: 'text', value: editorName(), autocomplete: 'name' });
    const form = el(
      'form',
      {},
      el('label', { htmlFor: 'kepu-editor-name', textContent: '您的署名' }),
      el('p', { textContent: '每次保存、发布、删除和恢复都以这个名字记入修订记录；只保存在本浏览器中。' }),
      input,
      ' ',
      el('button', { type: 'submit', textContent: '保存署名' }),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const problem = editorNameProblem(input.value);
      if (problem) return say(problem, 'alert');
      setEditorName(input.value);
      say(editorName() ? `署名已保存：${editorName()}` : '署名已清除：修改将记在本机的 git 用户名下。', 'done');
    });
    return el('section', { ariaLabel: '署名' }, form);
  }

  async function versionsSection(path: string): Promise<HTMLElement> {
    const section = el('section', {}, el('h3', { textContent: `修订记录：${path}` }));
    let versions: Version[];
    try {
      versions = await call<Version[]>('entryHistory', { path });
    } catch (error) {
      section.append(el('p', { className: 'kepu-history-alert', textContent: (error as Error).message }));
      return section;
    }
    if (versions.length === 0) {
      section.append(el('p', { textContent: '这篇内容还没有发布过的版本。' }));
      return section;
    }
    const list = el('ol', { reversed: true });
    versions.forEach((v, i) => {
      const text = `${shownTime(v.date)}　${v.author}：${v.subject}`;
      const item = el('li', {}, text);
      if (i === 0) item.append('（当前版本）');
      else {
        const restore = el('button', { type: 'button', textContent: '恢复此版本' });
        restore.setAttribute('aria-label', `恢复 ${shownTime(v.date)} 的版本`);
        restore.addEventListener('click', () => void restoreTo(path, v, `${shownTime(v.date)} 的版本`));
        item.append(' ', restore);
      }
      list.append(item);
    });
    section.append(list);
    return section;
  }

  async function deletedSection(folder: string, label: string): Promise<HTMLElement> {
    const section = el('section', {}, el('h3', { textContent: `已删除的${label}` }));
    let gone: DeletedEntry[];
    try {
      gone = await call<DeletedEntry[]>('deletedEntries', { folder });
    } catch (error) {
      section.append(el('p', { className: 'kepu-history-alert', textContent: (error as Error).message }));
      return section;
    }
    if (gone.length === 0) {
      section.append(el('p', { textContent: '没有已删除的内容。' }));
      return section;
    }
    const list = el('ul');
    for (const d of gone) {
      const back = el('button', { type: 'button', textContent: '恢复' });
      back.setAttribute('aria-label', `恢复《${d.title}》`);
      back.addEventListener(
        'click',
        () => void restoreTo(d.path, { commit: d.version, path: d.path } as Version, `删除前的版本（《${d.title}》）`),
      );
      list.append(el('li', {}, `《${d.title}》　${shownTime(d.deletedAt)} 由 ${d.deletedBy} 删除 `, back));
    }
    section.append(list);
    return section;
  }

  async function restoreTo(path: string, version: Pick<Version, 'commit' | 'path'>, what: string): Promise<void> {
    if (!window.confirm(`恢复到${what}？这会作为一次新的修改记录下来，网站随后自动更新。`)) return;
    try {
      const done = await call<{ message: string }>('restoreEntry', {
        path,
        commit: version.commit,
        source: version.path,
      });
      await render();
      say(`已完成：${done.message}。网站正在自动更新；请刷新本页查看恢复后的内容。`, 'done');
    } catch (error) {
      say((error as Error).message, 'alert');
    }
  }

  async function render(): Promise<void> {
    const place = placeOfRoute(window.location.hash, collections);
    const sections: HTMLElement[] = [nameSection()];
    if (place.entry) sections.push(await versionsSection(place.entry));
    if (place.folder && place.label) sections.push(await deletedSection(place.folder, place.label));
    if (!place.entry && !place.folder)
      sections.push(
        el('p', { textContent: '打开一篇内容，这里会列出它的历次版本；打开一个栏目，这里会列出已删除的内容。' }),
      );
    const close = el('button', { type: 'button', textContent: '关闭' });
    close.addEventListener('click', () => dialog.close());
    dialog.replaceChildren(
      el('h2', { id: 'kepu-history-title', textContent: '署名与修订记录' }),
      ...sections,
      message,
      el('p', {}, close),
    );
  }

  open.addEventListener('click', () => {
    message.textContent = '';
    void render().then(() => {
      if (!dialog.open) dialog.showModal();
    });
  });
  dialog.addEventListener('close', () => open.focus());
}
