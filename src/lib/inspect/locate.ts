/**
 * Where an offset of a Markdown file falls: its 1-based line, and the front matter field (its
 * top-level key) or 正文. Findings name both, so an editor finds the spot in the file and in the CMS.
 */
export const BODY_FIELD = 'body';

export interface FileMap {
  line(offset: number): number;
  field(offset: number): string;
  /** [start, end) of each top-level front matter field's text, by key. */
  fields: { key: string; start: number; end: number }[];
}

export function mapFile(text: string): FileMap {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const fields: FileMap['fields'] = [];
  let bodyStart = 0;
  if (/^---\r?\n/u.test(text)) {
    let current: { key: string; start: number; end: number } | undefined;
    for (let n = 1; n < starts.length; n++) {
      const start = starts[n]!;
      const end = starts[n + 1] ?? text.length;
      const lineText = text.slice(start, end).replace(/\r?\n$/u, '');
      if (lineText === '---') {
        if (current) current.end = start;
        bodyStart = end;
        break;
      }
      const key = /^([A-Za-z_][\w-]*)\s*:/u.exec(lineText)?.[1];
      if (key) {
        if (current) current.end = start;
        current = { key, start, end };
        fields.push(current);
      } else if (current) current.end = end;
    }
  }
  const line = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const field = (offset: number): string => {
    if (offset >= bodyStart) return BODY_FIELD;
    return fields.find((f) => offset >= f.start && offset < f.end)?.key ?? '';
  };
  return { line, field, fields };
}

/** Front matter keys and their labels in findings (the CMS's labels where they agree). */
const FIELD_LABELS: Record<string, string> = {
  title: '标题',
  name: '名称',
  summary: '摘要',
  description: '简介',
  body: '正文',
  coverAlt: '封面图片说明',
  tags: '关键词',
  media: '音视频',
  location: '地点',
  organizer: '主办单位',
  dateNote: '日期说明',
  author: '作者',
  source: '来源',
  tables: '表格',
  attachments: '附件',
  documentTitle: '文件标题',
  manual: '编者补充',
};

export function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? key;
}
