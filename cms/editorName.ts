// The editor's name for the record (留痕): set once per browser in /admin/ (the 署名与修订记录
// panel, cms/historyPanel.ts), kept in localStorage and sent with every request to the local CMS
// API, percent-encoded because HTTP headers are Latin-1. The server (scripts/serve/cmsAuthor.mjs)
// checks it and makes it the author of the commit; without it the machine's git user is the author.

export const EDITOR_STORAGE_KEY = 'kepu-cms-editor';
/** The header scripts/serve/cmsAuthor.mjs reads. */
export const EDITOR_HEADER = 'X-Kepu-Editor';
/** The local APIs that record changes: the CMS's and 导入政策文件's. */
const API_PATHS = ['/api/v1', '/api/import/save'];

export function editorName(storage: Pick<Storage, 'getItem'> = localStorage): string {
  try {
    return storage.getItem(EDITOR_STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Why a name cannot be used (the same rules as the server), or null. */
export function editorNameProblem(name: string): string | null {
  if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(name)) return '署名不能包含控制字符或不可见字符。';
  if (/[<>]/u.test(name)) return '署名不能包含尖括号 < >。';
  if ([...name.trim()].length > 40) return '署名最长 40 个字。';
  return null;
}

export function setEditorName(name: string, storage: Pick<Storage, 'setItem' | 'removeItem'> = localStorage): void {
  const clean = name.trim().replace(/\s+/gu, ' ');
  if (clean) storage.setItem(EDITOR_STORAGE_KEY, clean);
  else storage.removeItem(EDITOR_STORAGE_KEY);
}

/** Adds the editor's name to the browser's requests to the local APIs on this origin. */
export function sendEditorName(win: Window & typeof globalThis = window): void {
  const original = win.fetch.bind(win);
  win.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), win.location.href);
    const name = editorName(win.localStorage);
    if (!name || url.origin !== win.location.origin || !API_PATHS.includes(url.pathname)) return original(input, init);
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    headers.set(EDITOR_HEADER, encodeURIComponent(name));
    return original(input, { ...init, headers });
  };
}
