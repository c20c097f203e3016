// Who a CMS change is recorded under. The editor sets a name once per browser in /admin/
// (cms/editorName.ts keeps it in localStorage); every request to the local CMS API carries it,
// percent-encoded (HTTP headers are Latin-1), in EDITOR_HEADER. Without one the machine's
// `git config user.name` is the author.

/** Request header carrying the editor's name, as encodeURIComponent wrote it. */
export const EDITOR_HEADER = 'x-kepu-editor';
const MAX_LENGTH = 40;

/**
 * The editor's name from a request: `{ name }` (undefined when the request names none) or
 * `{ problem }`, a Chinese sentence saying what is wrong with it.
 * @param {{ headers: Record<string, string | string[] | undefined> }} req
 * @returns {{ name?: string, problem?: string }}
 */
export function editorOfRequest(req) {
  const header = req.headers[EDITOR_HEADER];
  if (header === undefined || header === '') return {};
  if (typeof header !== 'string') return { problem: '编辑者署名只能有一个。' };
  let name;
  try {
    name = decodeURIComponent(header);
  } catch {
    return { problem: '编辑者署名的编码无效。' };
  }
  return checkEditorName(name);
}

/**
 * @param {string} raw
 * @returns {{ name?: string, problem?: string }}
 */
export function checkEditorName(raw) {
  // Control characters (line breaks included) would forge lines of the commit; git itself refuses < and >.
  if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(raw))
    return { problem: '编辑者署名不能包含控制字符或不可见字符，请重新填写。' };
  if (/[<>]/u.test(raw)) return { problem: '编辑者署名不能包含尖括号 < >。' };
  const name = raw.trim().replace(/\s+/gu, ' ');
  if (name === '') return {};
  if ([...name].length > MAX_LENGTH) return { problem: `编辑者署名最长 ${MAX_LENGTH} 个字。` };
  return { name };
}
