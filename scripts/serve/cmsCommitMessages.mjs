// The Chinese commit messages of the local CMS: every change is a commit whose subject names what
// changed, e.g. 发布文章《…》, so the history (修订记录 on the site, the versions in /admin/) reads
// like a register of changes.
import { basename, extname } from 'node:path';
import { parse } from 'yaml';

/** What an entry is called, by the folder it is stored in. */
const KINDS = [
  ['src/content/articles/', '文章'],
  ['src/content/events/', '活动'],
  ['src/content/interpretations/', '解读'],
  ['src/content/policies/', '政策文件'],
  ['src/content/topics/', '专题'],
  ['src/content/pages/', '页面'],
  ['src/config/site.json', '网站设置'],
];

/** @param {string} path */
export function kindOfPath(path) {
  return KINDS.find(([prefix]) => path === prefix || path.startsWith(prefix))?.[1] ?? '文件';
}

/** Whether a path is an entry (a Markdown or settings file), not an uploaded file. */
export function isEntryPath(/** @type {string} */ path) {
  return kindOfPath(path) !== '文件';
}

/**
 * The entry's title from its front matter, or the file name when it has none.
 * @param {string} path @param {string | Buffer | null | undefined} raw
 */
export function titleOf(path, raw) {
  const text = raw === null || raw === undefined ? '' : String(raw);
  const front = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text);
  if (front) {
    try {
      const title = parse(front[1] ?? '')?.title;
      if (typeof title === 'string' && title.trim()) return title.trim().replace(/\s+/gu, ' ');
    } catch {
      // A broken front matter still gets a message, named by its file.
    }
  }
  return basename(path, extname(path));
}

/** 文章《标题》, or 网站设置 for the settings file. */
function named(/** @type {string} */ path, /** @type {string | Buffer | null | undefined} */ raw) {
  const kind = kindOfPath(path);
  if (kind === '网站设置') return kind;
  if (kind === '文件') return `文件 ${basename(path)}`;
  return `${kind}《${titleOf(path, raw)}》`;
}

/** Subjects for each kind of change; `raw` is the entry's text (for its title). */
export const commitMessage = {
  publish: (/** @type {string} */ path, /** @type {any} */ raw) => `发布${named(path, raw)}`,
  create: (/** @type {string} */ path, /** @type {any} */ raw) => `发布${named(path, raw)}`,
  update: (/** @type {string} */ path, /** @type {any} */ raw) => `修改${named(path, raw)}`,
  draft: (/** @type {string} */ path, /** @type {any} */ raw) => `草稿：${named(path, raw)}`,
  delete: (/** @type {string} */ path, /** @type {any} */ raw) => `删除${named(path, raw)}`,
  upload: (/** @type {string} */ path) => `上传文件 ${basename(path)}`,
  /** @param {string} path @param {any} raw @param {string} when the restored version's date as shown */
  restore: (path, raw, when) => `恢复${named(path, raw)}到 ${when} 的版本`,
  undelete: (/** @type {string} */ path, /** @type {any} */ raw) => `恢复已删除的${named(path, raw)}`,
};

/** A commit date as editors read it: 2026年12月8日 09:05 (Beijing time). */
export function shownDate(/** @type {string} */ iso) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`;
}
