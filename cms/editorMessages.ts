// A refused save, told in the editor's words. The build's messages are written for whoever reads
// the build log: they name field keys (更新日期（updatedAt）), files (src/content/articles/x.md),
// clause anchors (s3-10) and status codes (final). The CMS shows the same problems without them —
// an entry by its title, a status as 正式/草稿 — and keeps the build's text for the browser's log.

/** A field key in brackets after its Chinese name: （updatedAt）, (coverAlt). */
const KEY_IN_BRACKETS = /[（(][A-Za-z][\w.[\]]*[）)]/gu;
/** A content file as the build names it. */
const CONTENT_FILE = /(?:\.\/)?(?:src\/content|tests\/fixtures\/content)\/[\w./-]+\.mdx?/gu;
/** A clause anchor after 条款 (s3-10). */
const CLAUSE_ID = /条款 ?s\d+(?:-\d+)*/gu;
const STATUS: Record<string, string> = { draft: '草稿', final: '正式' };

/**
 * One problem in the editor's words. `titles` maps content files (as the build names them) to
 * their titles; a file not in it is the entry being saved.
 */
export function editorMessage(problem: string, titles: ReadonlyMap<string, string> = new Map()): string {
  return (
    problem
      .replace(CONTENT_FILE, (file) => {
        const title = titles.get(file.replace(/^\.\//u, ''));
        return title ? `《${title}》` : '这条内容';
      })
      // Two entries with one 网址名: the value is the editor's own, the titles say which entries.
      .replace(/的网址名（slug）都是“[^”]*”/gu, '的网址名相同')
      .replace(/(这条内容|》) 与 (这条内容|《)/gu, '$1与$2')
      .replace(/(这条内容|》) 的网址名/gu, '$1的网址名')
      .replace(/政策文件「[^」]*」不存在/gu, '所选的政策文件不存在')
      .replace(CLAUSE_ID, '所选的条款')
      .replace(/字段 [A-Za-z][\w.]*：/gu, '')
      .replace(KEY_IN_BRACKETS, '')
      .replace(/\b(draft|final)\b/gu, (code) => STATUS[code]!)
      // A clause anchor or 文号 key left alone would still read as code: s3-10 → 该条款.
      .replace(/\bs\d+(?:-\d+)+\b/gu, '该条款')
  );
}
