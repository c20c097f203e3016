/**
 * Checks on content files as written, before YAML and the schemas see them: things the parsed
 * data can no longer tell. YAML reads an unquoted 2023-02-30 as a Date and rolls it over to
 * 2023-03-02; two files with one slug (or x.md beside x.mdx) would silently drop one entry; a
 * body image with no alt text passes every schema. Each problem names the file and the field
 * (or line), and the build stops (src/lib/build/checkedGlob.ts); the CMS runs the same checks on
 * the file a save would write and refuses it (cms/entryCheck.ts).
 */
import { isScalar, parseDocument, visit } from 'yaml';

/**
 * Largest Markdown file read (characters). The longest real notice with its 任务清单 is about 35 K;
 * the cap keeps a pasted or planted file from costing the build (or an import) minutes.
 */
export const MAX_MARKDOWN_CHARS = 4 * 1024 * 1024;
/** Largest front matter (characters): the largest real one, a 任务清单 in tables, is about 21 K. */
export const MAX_FRONTMATTER_CHARS = 256 * 1024;

/** Why a Markdown file is too large to read, or undefined. Checked before any YAML is parsed. */
export function sizeProblem(source: string): string | undefined {
  if (source.length > MAX_MARKDOWN_CHARS)
    return `文件太大（${source.length} 个字符，上限 ${MAX_MARKDOWN_CHARS} 个字符）`;
  const front = frontmatterText(source);
  if (front !== undefined && front.length > MAX_FRONTMATTER_CHARS)
    return `文件开头的 YAML 信息太长（${front.length} 个字符，上限 ${MAX_FRONTMATTER_CHARS} 个字符）`;
  return undefined;
}

/**
 * YAML front matter → data, refusing a key written twice in one mapping. The yaml package's own
 * check (uniqueKeys) compares every key with every other, quadratic: 60,000 keys took 88 s. Here one
 * set per mapping. `schema: 'core'` (YAML 1.2) keeps dates as the text written. Throws on a syntax
 * error, a duplicate key or text longer than MAX_FRONTMATTER_CHARS.
 */
export function parseYamlData(text: string, schema: 'core' | 'yaml-1.1' = 'core'): unknown {
  if (text.length > MAX_FRONTMATTER_CHARS)
    throw new Error(`YAML 信息太长（${text.length} 个字符，上限 ${MAX_FRONTMATTER_CHARS} 个字符）`);
  const doc = parseDocument(text, { schema, uniqueKeys: false });
  if (doc.errors.length) throw doc.errors[0];
  let duplicate: string | undefined;
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (seen.has(key)) {
          duplicate = key;
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  if (duplicate !== undefined) throw new Error(`YAML 信息中键“${duplicate}”出现了两次`);
  return doc.toJS();
}

/** A date (and optional time) as YAML or an editor writes it: 2023-05-20, 2023-5-2, 2023-05-20T09:30:00+08:00. */
const DATE_LIKE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{1,2}(?::?\d{2})?))?)?$/u;
/** A month as the event schema accepts it: 2023-05. */
const MONTH_LIKE = /^(\d{4})-(\d{1,2})$/u;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a written date does not exist, or undefined for a real date (or a value that is no date). */
export function impossibleDate(text: string): string | undefined {
  const value = text.trim();
  const month = MONTH_LIKE.exec(value);
  if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12 ? undefined : `月份 ${month[2]} 不存在`;
  const m = DATE_LIKE.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((x) => (x === undefined ? undefined : Number(x)));
  if (mo! < 1 || mo! > 12) return `月份 ${mo} 不存在`;
  if (d! < 1 || d! > daysInMonth(y!, mo!)) return `${y} 年 ${mo} 月没有 ${d} 日`;
  if (h !== undefined && (h > 23 || mi! > 59 || (s ?? 0) > 59))
    return `时间 ${m[4]}:${m[5]}${m[6] === undefined ? '' : `:${m[6]}`} 不存在`;
  return undefined;
}

/** The front matter block of a Markdown file, as written. */
export function frontmatterText(source: string): string | undefined {
  return /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u.exec(source)?.[1];
}

/** The body after the front matter. */
export function bodyText(source: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/u.exec(source);
  return m ? source.slice(m[0].length) : source;
}

/** A problem in one front matter field: its path (a.b[0]) and what is wrong. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** Every impossible date in the front matter, quoted or not, with its field path. */
export function frontmatterDateIssues(source: string): FieldProblem[] {
  const text = frontmatterText(source);
  if (text === undefined) return [];
  let data: unknown;
  try {
    // YAML 1.2's core schema has no timestamp type: dates stay the text the editor wrote.
    data = parseYamlData(text);
  } catch {
    return []; // Astro reports YAML syntax errors itself, with the line.
  }
  const issues: FieldProblem[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      const problem = impossibleDate(value);
      if (problem) issues.push({ path, message: `日期“${value}”不存在（${problem}）` });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        visit(v, `${path}[${i}]`);
      });
    } else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k);
  };
  visit(data, '');
  return issues;
}

/** `file：字段 a.b：…` for every impossible date in the front matter, quoted or not. */
export function frontmatterDateProblems(file: string, source: string): string[] {
  return frontmatterDateIssues(source).map((i) => `${file}：字段 ${i.path}：${i.message}`);
}

/** A problem on one line of the file. */
export interface LineProblem {
  line: number;
  message: string;
}

/** Every body image without alt text (Markdown or HTML), with its line in the file. */
export function bodyImageIssues(source: string): LineProblem[] {
  const body = bodyText(source);
  const offset = source.length - body.length;
  // Line starts found once: counting lines up to each image anew is quadratic in a file of many images.
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineAt = (index: number): number => {
    const at = offset + index;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  // Code is shown, not rendered: blank it out, keeping the line count.
  const prose = body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gmu, (block) => block.replace(/[^\n]/gu, ' '))
    .replace(/`[^`\n]+`/gu, (code) => ' '.repeat(code.length));
  const issues: LineProblem[] = [];
  for (const m of prose.matchAll(/!\[([^\]]*)\]\s*[([]/gu)) {
    if (m[1]!.trim() === '')
      issues.push({ line: lineAt(m.index!), message: '正文图片缺少替代文字（![替代文字](…) 的方括号里写明图片内容）' });
  }
  for (const m of prose.matchAll(/<img\b[^>]*>/giu)) {
    const alt = /\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/iu.exec(m[0]);
    if (!alt || (alt[1] ?? alt[2] ?? alt[3] ?? '').trim() === '')
      issues.push({ line: lineAt(m.index!), message: '正文图片 <img> 缺少替代文字（alt）' });
  }
  return issues;
}

/** `file 第 n 行：…` for every body image without alt text (Markdown or HTML). */
export function bodyImageProblems(file: string, source: string): string[] {
  return bodyImageIssues(source).map((i) => `${file} 第 ${i.line} 行：${i.message}`);
}

/** Every problem of one file on its own (the collection-wide ones are in duplicateEntryProblems). */
export function fileProblems(file: string, source: string): string[] {
  const size = sizeProblem(source);
  if (size) return [`${file}：${size}`];
  return [...frontmatterDateProblems(file, source), ...bodyImageProblems(file, source)];
}

export interface EntrySource {
  /** Path shown in messages, e.g. src/content/articles/x.md. */
  file: string;
  /** Path inside the collection folder, e.g. x.md or 2024/x.md. */
  entry: string;
  /** The front matter's slug, when it has one (Astro then uses it as the entry id). */
  slug?: string;
}

/** The id Astro's glob loader gives an entry: its slug, or its path without the extension. */
export function entryId(e: EntrySource): string {
  return e.slug ?? e.entry.replace(/\.[^./]+$/u, '').toLowerCase();
}

/** Pairs of files that would become one entry: the same slug, or x.md beside x.mdx. */
export function duplicateEntryProblems(entries: readonly EntrySource[]): string[] {
  const problems: string[] = [];
  const byStem = new Map<string, EntrySource>();
  const byId = new Map<string, EntrySource>();
  for (const e of [...entries].sort((a, b) => a.file.localeCompare(b.file))) {
    const stem = e.entry.replace(/\.[^./]+$/u, '');
    const twin = byStem.get(stem);
    if (twin) {
      problems.push(`${twin.file} 与 ${e.file} 同名（只是扩展名不同），只能保留一个`);
      continue;
    }
    byStem.set(stem, e);
    const id = entryId(e);
    const other = byId.get(id);
    if (other) problems.push(`${other.file} 与 ${e.file} 的网址名（slug）都是“${id}”，请改掉其中一个`);
    else byId.set(id, e);
  }
  return problems;
}

/** The front matter's slug field, if it is a string. */
export function frontmatterSlug(source: string): string | undefined {
  const text = frontmatterText(source);
  if (text === undefined) return undefined;
  try {
    const data = parseYamlData(text) as Record<string, unknown> | null;
    return typeof data?.slug === 'string' ? data.slug : undefined;
  } catch {
    return undefined;
  }
}
