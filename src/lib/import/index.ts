/**
 * The importer: plain-text official document → front matter + Markdown body.
 * Pure (no file system); scripts/content/import.ts is the CLI around it.
 */
import { createHash } from 'node:crypto';
import { Outline } from './headings.ts';
import * as md from '../policies/bodyFormat.ts';
import {
  docTypeOf,
  isDraft,
  issuerFromTitle,
  MASTHEAD,
  parseChineseDate,
  PRINTED_LINE,
  type DocType,
} from './metadata.ts';
import { MAX_MARKDOWN_CHARS } from '../build/sourceChecks.ts';
import { cleanLines, decodeSource, ImportError } from './rawLines.ts';
import { policySlug } from './policySlug.ts';
import { readDocx } from './docx.ts';
import { detectWrapWidth, reflow, sourceLine, toBlocks, type Block, type SourceLine } from './reflow.ts';
import { segment, splitNotice, WEB_FIELD, type Line } from './structure.ts';
import { isTableLine, parseTable, type ParsedTable } from './table.ts';
import { stripSpaces, tidySpaces } from './text.ts';

export { ImportError } from './rawLines.ts';

export interface ImportedTable extends ParsedTable {
  /** The appendix title the table stands under, if any. */
  caption: string | null;
}

/** Front matter written by the importer (see src/schemas/policy.ts for the field documentation). */
export interface ImportedFrontMatter {
  title: string;
  slug: string;
  docType: DocType;
  docNumber: string | null;
  docNumberAsPrinted?: string;
  docNumberIncomplete: boolean;
  issuer: string | null;
  issuedDate: string | null;
  printedDate: string | null;
  status: 'draft' | 'final';
  masthead?: string;
  signer?: string;
  documentTitle: string | null;
  attachments?: string[];
  tables: ImportedTable[];
  source: string;
  sourceSha256: string;
}

export interface ImportResult {
  data: ImportedFrontMatter;
  body: string;
}

const APPENDIX_LABEL = /^附件[0-9一二三四五六七八九十]*[：:]?$/u;
const NOTES_LABEL = /^(?:注释|注|说明)[：:]?$/u;

/**
 * Default slug: the pinyin of the title's distinctive words (./policySlug.ts), or a content hash when
 * the title has none. Never the file name: 2024-15.docx or 新建文档.docx names nothing a reader knows.
 */
function defaultSlug(title: string, sha: string): string {
  return policySlug(title) ?? `doc-${sha.slice(0, 10)}`;
}

function toSourceLines(lines: readonly Line[]): SourceLine[] {
  return lines.map((l) => sourceLine(l.raw, l.text));
}

interface Writer {
  out: string[];
  tables: ImportedTable[];
  wrap: number | null;
}

function emitBlocks(w: Writer, blocks: readonly Block[], baseLevel: number): void {
  for (const b of blocks) {
    if (b.type === 'heading') w.out.push(md.heading(baseLevel + b.depth - 1, b.text, b.id));
    else w.out.push(md.paragraph(b.text, b.id));
  }
}

/** Text lines and tables of one section, in order. */
function emitSection(
  w: Writer,
  lines: readonly Line[],
  outline: Outline,
  baseLevel: number,
  caption: string | null,
): void {
  let k = 0;
  while (k < lines.length) {
    const start = k;
    if (isTableLine(lines[k]?.raw ?? '')) {
      while (k < lines.length && isTableLine(lines[k]?.raw ?? '')) k++;
      const table = parseTable(lines.slice(start, k).map((l) => l.raw));
      w.out.push(md.tableSlot(w.tables.length));
      w.tables.push({ caption, ...table });
      continue;
    }
    while (k < lines.length && !isTableLine(lines[k]?.raw ?? '')) k++;
    const chunk = lines.slice(start, k);
    const paragraphs = reflow(toSourceLines(chunk), w.wrap);
    const blocks = toBlocks(paragraphs, outline, 6 - baseLevel + 1);
    emitBlocks(w, blocks, baseLevel);
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Import one plain-text document. Throws ImportError naming the problem (the caller adds the file name). */
export function importDocument(bytes: Uint8Array, fileName: string, slug?: string): ImportResult {
  return importText(decodeSource(bytes), fileName, sha256(bytes), slug);
}

/** The text the importer reads from a source file: the decoded .txt, or a .docx laid out as lines. */
export interface SourceText {
  text: string;
  /** The text the conservation check holds the output to (for a .docx, mammoth's own plain text). */
  checkText: string;
}

export function sourceKind(fileName: string): 'txt' | 'docx' | null {
  const ext = /\.[^.]+$/u.exec(fileName.toLowerCase())?.[0];
  return ext === '.txt' ? 'txt' : ext === '.docx' ? 'docx' : null;
}

/** Read a .txt or .docx source. */
export async function readSource(bytes: Uint8Array, fileName: string): Promise<SourceText> {
  const kind = sourceKind(fileName);
  if (kind === 'docx') {
    const { text, rawText } = await readDocx(bytes);
    if (text.trim() === '') throw new ImportError('文件没有文字内容');
    return { text, checkText: rawText };
  }
  if (kind === 'txt') {
    const text = decodeSource(bytes);
    return { text, checkText: text };
  }
  throw new ImportError('只能导入 .txt 或 .docx 文件');
}

/** Import one .txt or .docx source. */
export async function importSource(
  bytes: Uint8Array,
  fileName: string,
  slug?: string,
): Promise<ImportResult & { source: SourceText }> {
  const source = await readSource(bytes, fileName);
  return { ...importText(source.text, fileName, sha256(bytes), slug), source };
}

/**
 * Longest line read (characters). A paragraph of a notice, or a table row, is a few thousand at
 * most; the cap bounds what any per-line rule can cost on a hostile or broken file.
 */
export const MAX_LINE_CHARS = 20_000;

/** Refuses a text longer than a Markdown file may be, or with a line beyond MAX_LINE_CHARS, naming the line. */
function checkLengths(text: string, lines: readonly string[]): void {
  if (text.length > MAX_MARKDOWN_CHARS)
    throw new ImportError(`文字太多（${text.length} 个字符，上限 ${MAX_MARKDOWN_CHARS} 个字符）`);
  const at = lines.findIndex((l) => l.length > MAX_LINE_CHARS);
  if (at >= 0)
    throw new ImportError(
      `第 ${at + 1} 行太长（${lines[at]!.length} 个字符，每行上限 ${MAX_LINE_CHARS} 个字符）；请检查是否混入了大段空格或乱码`,
    );
}

/** Import a document from its text; `sha` is the SHA-256 of the source file as kept. */
export function importText(text: string, fileName: string, sha: string, slug?: string): ImportResult {
  const cleaned = cleanLines(text);
  checkLengths(text, cleaned);
  const lines: Line[] = cleaned.map((raw) => ({ raw, text: isTableLine(raw) ? raw.trim() : tidySpaces(raw) }));
  const seg = segment(lines);
  const nonBlank = lines.filter((l) => l.text !== '');
  const w: Writer = {
    out: [],
    tables: [],
    wrap: detectWrapWidth(toSourceLines(nonBlank.filter((l) => !isTableLine(l.raw)))),
  };

  const mastheadIssuer =
    seg.masthead && MASTHEAD.test(seg.masthead) ? seg.masthead.replace(/(?:文件|公报|简报|通报)$/u, '') : null;
  // A website's metadata lines above the text (发文机关：…, 成文日期：…) stand in for a missing 署名 or date.
  const web = new Map(
    seg.preamble
      .map((l) => WEB_FIELD.exec(l.text))
      .filter((m) => m !== null)
      .map((m) => [m[1] ?? '', (m[2] ?? '').trim()]),
  );
  const webIssuer = web.get('发文机关') || web.get('发布机构') || null;
  let issuer = issuerFromTitle(seg.title) ?? mastheadIssuer;
  let issuedDate: string | null = null;

  const hasDocument = seg.documentTitle !== null;
  let attachments: string[] = [];
  if (seg.preamble.length) {
    w.out.push(md.openPart('preamble'));
    for (const l of seg.preamble) w.out.push(md.rolePara('preamble', l.text));
    w.out.push(md.CLOSE_PART);
  }
  if (seg.notice) {
    const parts = splitNotice(seg.notice, issuer);
    attachments = parts.attachments;
    // A notice titled 关于… without its issuer, and without a 版头: the 署名 names the 发文机关.
    issuer ??= parts.signature;
    w.out.push(md.openPart('notice'));
    if (parts.addressee.length) {
      w.out.push(md.rolePara('addressee', reflow(toSourceLines(parts.addressee), null).join('')));
    }
    const noticeOutline = new Outline(hasDocument ? 'n' : 's');
    emitBlocks(w, toBlocks(reflow(toSourceLines(parts.text), w.wrap), noticeOutline, 5), 2);
    // 附件说明: one line per attachment as printed (its numbers are not clause numbers of the notice).
    for (const l of parts.attachmentLines) w.out.push(md.rolePara('attachment', l.text));
    if (parts.signature) w.out.push(md.rolePara('signature', parts.signature));
    if (parts.date) {
      w.out.push(md.rolePara('date', parts.date.text, parts.date.iso));
      issuedDate = parts.date.iso || null;
    }
    for (const p of reflow(toSourceLines(parts.after), w.wrap)) w.out.push(md.paragraph(p));
    w.out.push(md.CLOSE_PART);
  }

  const base = hasDocument ? 3 : 2;
  if (seg.documentTitle) w.out.push(md.heading(2, seg.documentTitle, 'document'));

  // Main text, then each 附件 (label line, title line, content).
  const body = seg.body;
  const starts = body.map((l, k) => (APPENDIX_LABEL.test(stripSpaces(l.text)) ? k : -1)).filter((k) => k >= 0);
  emitSection(w, body.slice(0, starts[0] ?? body.length), new Outline('s'), base, null);
  const appendixTitles: string[] = [];
  starts.forEach((start, n) => {
    const end = starts[n + 1] ?? body.length;
    const label = stripSpaces(body[start]?.text ?? '');
    const titleLine = body[start + 1];
    const hasTitle = titleLine && !isTableLine(titleLine.raw);
    const appTitle = hasTitle ? titleLine.text : null;
    const id = `appendix-${n + 1}`;
    // An appendix is a top-level part (h2), beside the enclosed document; its items start at h3.
    const heading = appTitle ? `${label}${/[：:]$/u.test(label) ? '' : ' '}${appTitle}` : label;
    appendixTitles.push(appTitle ? stripSpaces(appTitle) : label);
    w.out.push(md.heading(2, heading, id));
    const content = body.slice(start + (hasTitle ? 2 : 1), end);
    // Split off a 注释 block so it gets its own heading.
    const notesAt = content.findIndex((l) => NOTES_LABEL.test(stripSpaces(l.text)));
    const outline = new Outline(`a${n + 1}-`);
    emitSection(w, notesAt >= 0 ? content.slice(0, notesAt) : content, outline, 3, appTitle);
    if (notesAt >= 0) {
      w.out.push(md.heading(3, stripSpaces(content[notesAt]?.text ?? ''), `${id}-notes`));
      emitSection(w, content.slice(notesAt + 1), outline, 4, null);
    }
  });

  issuer ??= webIssuer;
  issuedDate ??=
    parseChineseDate(web.get('成文日期') ?? '') ??
    (/^\d{4}-\d{2}-\d{2}$/u.test(web.get('成文日期') ?? '') ? (web.get('成文日期') ?? null) : null);
  let printedDate: string | null = null;
  if (seg.imprint.length) {
    w.out.push(md.openPart('imprint'));
    for (const l of seg.imprint) {
      const m = PRINTED_LINE.exec(l.text);
      if (m && !printedDate) printedDate = parseChineseDate(m[1] ?? '');
      // Keep the office and the 印发 date apart (`…办公室 2023年4月7日印发`); only whitespace is added.
      w.out.push(
        md.rolePara('imprint', m && m.index > 0 ? `${l.text.slice(0, m.index)} ${l.text.slice(m.index)}` : l.text),
      );
    }
    w.out.push(md.CLOSE_PART);
  }

  const enclosed = seg.documentTitle;
  const data: ImportedFrontMatter = {
    title: seg.title,
    slug: slug ?? defaultSlug(seg.title, sha),
    docType: docTypeOf(seg.title),
    docNumber: seg.docNumber?.normalized ?? null,
    ...(seg.docNumberAsPrinted && seg.docNumberAsPrinted !== seg.docNumber?.normalized
      ? { docNumberAsPrinted: seg.docNumberAsPrinted }
      : {}),
    docNumberIncomplete: seg.docNumber?.incomplete ?? false,
    issuer,
    issuedDate,
    printedDate,
    status: isDraft(seg.title) ? 'draft' : 'final',
    ...(seg.masthead ? { masthead: seg.masthead } : {}),
    ...(seg.signer ? { signer: seg.signer } : {}),
    documentTitle: enclosed,
    ...(attachments.length || appendixTitles.length
      ? { attachments: attachments.length ? attachments : appendixTitles }
      : {}),
    tables: w.tables,
    source: fileName,
    sourceSha256: sha,
  };
  if (!stripSpaces(data.title)) throw new ImportError('找不到可识别的标题');
  return { data, body: `${w.out.join('\n\n')}\n` };
}
