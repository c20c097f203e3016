/**
 * The policy body format, both ways. The importer writes a policy's text as Markdown with a few
 * additions Markdown has no syntax for, and everything that reads a body back (the block parser,
 * the clause index, the import checks, the page's HTML step) reads them through this module:
 * - a trailing ` {#id}` on a heading or numbered clause gives it a citable anchor
 *   (`## 一、总体要求 {#s1}`, `（一）第一条。 {#s1-1}`);
 * - a blank the original left for a figure (培训达      人次) is a `doc-blank` span of no-break spaces;
 * - the notice part, 版记 and preamble are `doc-part` divs holding `doc-<role>` paragraphs;
 * - a table rebuilt from an appendix is an empty slot div naming its index in the front matter's `tables`.
 */
import { decodeHTML } from 'entities';

/** Stands for a blank the source left in the text (“培训达          人次”): never a figure. */
export const BLANK = '\u2423';

/** Class of the span that shows a blank. */
export const BLANK_CLASS = 'doc-blank';
/** Class of the empty div that marks where a table goes. */
export const TABLE_SLOT_CLASS = 'policy-table-slot';

/** An anchor id: ASCII letters, digits, `_` and `-`. */
const ID = '[A-Za-z0-9_-]+';
/** The anchor marker at the end of a heading or clause, with the space before it. */
const ID_MARKER = new RegExp(` \\{#(${ID})\\}$`, 'u');

// ---------------------------------------------------------------------------------------------
// Writing (the importer)

/** Escape text for a Markdown paragraph or heading (inline syntax and line-start block syntax). */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\\`*_{}[\]<>&|~]/gu, (c) => `\\${c}`);
  // Line-start characters that would begin a heading, list, quote or thematic break.
  return inline.replace(/^([#+\-=>])/u, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/u, '$1\\$2');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** Visible blank for a gap the original left (e.g. 培训达 ␣␣␣ 人次): same width, announced as 空白. */
export function renderBlanks(escaped: string): string {
  return escaped.replace(
    new RegExp(`${BLANK}+`, 'gu'),
    (run) => `<span class="${BLANK_CLASS}" role="img" aria-label="空白">${'\u00a0'.repeat(run.length)}</span>`,
  );
}

function withId(text: string, id: string | undefined): string {
  return id ? `${text} {#${id}}` : text;
}

export function heading(level: number, text: string, id: string): string {
  return `${'#'.repeat(level)} ${withId(renderBlanks(escapeMarkdown(text)), id)}`;
}

export function paragraph(text: string, id?: string): string {
  return withId(renderBlanks(escapeMarkdown(text)), id);
}

/** A paragraph with a role class (doc-addressee, doc-signature …), written as HTML. */
export function rolePara(role: string, text: string, iso?: string): string {
  const inner = renderBlanks(escapeHtml(text));
  return `<p class="doc-${role}">${iso ? `<time datetime="${iso}">${inner}</time>` : inner}</p>`;
}

export function openPart(part: string): string {
  return `<div class="doc-part doc-part-${part}" data-part="${part}">`;
}

export const CLOSE_PART = '</div>';

/** Where the page renders table `index` of the front matter's `tables`. */
export function tableSlot(index: number): string {
  return `<div class="${TABLE_SLOT_CLASS}" data-table="${index}"></div>`;
}

// ---------------------------------------------------------------------------------------------
// Reading

/** Text with its trailing ` {#id}` marker split off; id null when it has none. */
export function splitIdMarker(text: string): { text: string; id: string | null } {
  const m = ID_MARKER.exec(text);
  return m ? { text: text.slice(0, m.index), id: m[1]! } : { text, id: null };
}

/** One line of a body, as the writer meant it. */
export type BodyLine =
  | { kind: 'blank' }
  | { kind: 'partOpen'; part: string }
  | { kind: 'partClose' }
  | { kind: 'table'; index: number }
  /** A `doc-<role>` paragraph; `html` is its inner HTML. */
  | { kind: 'role'; role: string; html: string }
  /** A heading (level 1–6) or paragraph (level 0); `markdown` is its inline Markdown without the marker. */
  | { kind: 'block'; level: number; markdown: string; id: string | null };

const PART_OPEN = /^<div class="doc-part doc-part-([a-z]+)"[^>]*>$/u;
const TABLE_SLOT = new RegExp(`^<div class="${TABLE_SLOT_CLASS}" data-table="(\\d+)"></div>$`, 'u');
const ROLE_PARA = /^<p class="doc-([a-z]+)">(.*)<\/p>$/u;
const HEADING = /^(#{1,6})\s+/u;

/** Read one line of a body (surrounding space ignored). */
export function readLine(raw: string): BodyLine {
  const line = raw.trim();
  if (line === '') return { kind: 'blank' };
  const part = PART_OPEN.exec(line);
  if (part) return { kind: 'partOpen', part: part[1]! };
  if (line === CLOSE_PART) return { kind: 'partClose' };
  const slot = TABLE_SLOT.exec(line);
  if (slot) return { kind: 'table', index: Number(slot[1]) };
  const role = ROLE_PARA.exec(line);
  if (role) return { kind: 'role', role: role[1]!, html: role[2]! };
  const h = HEADING.exec(line);
  const { text, id } = splitIdMarker(line);
  return { kind: 'block', level: h ? h[1]!.length : 0, markdown: h ? text.slice(h[0].length) : text, id };
}

/** Every line of a body, read. */
export function readLines(body: string): BodyLine[] {
  return body.split(/\r?\n/u).map(readLine);
}

const BLANK_SPAN = new RegExp(`<span class="${BLANK_CLASS}"[^>]*>[^<]*</span>`, 'gu');
/** In Markdown: a backslash escape (any ASCII punctuation, as in CommonMark), a character reference or a tag. */
const MARKDOWN_TOKEN = /\\([!-/:-@[-`{-~])|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|<[^>]*>/gu;
/** In HTML: a character reference or a tag. */
const HTML_TOKEN = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|<[^>]*>/gu;

/**
 * Inline Markdown (or, with `markdown: false`, a role paragraph's HTML) to plain text: tags dropped,
 * escapes and character references decoded, a blank as BLANK. One left-to-right pass, so an escaped
 * `\<b\>` is text, not a tag, and `\&lt;` stays `&lt;`.
 */
export function plainText(inline: string, { markdown = true }: { markdown?: boolean } = {}): string {
  const text = inline.replace(BLANK_SPAN, BLANK);
  const decoded = markdown
    ? text.replace(MARKDOWN_TOKEN, (token, escaped: string | undefined) => escaped ?? tagOrReference(token))
    : text.replace(HTML_TOKEN, (token) => tagOrReference(token));
  return decoded.trim();
}

/** A tag reads as nothing, a character reference as its character. */
function tagOrReference(token: string): string {
  return token.startsWith('<') ? '' : decodeHTML(token);
}

/** The text of a line as a reader sees it (tags and markers gone, escapes and entities decoded), or null for
 *  a line that carries no text of its own (blank, part boundary, table slot). Blanks stay BLANK. */
export function lineText(line: BodyLine): string | null {
  if (line.kind === 'role') return plainText(line.html, { markdown: false });
  if (line.kind === 'block') return plainText(line.markdown);
  return null;
}

/** A heading or numbered clause the importer marked with an id. */
export interface MarkedBlock {
  id: string;
  /** 1–6 for headings, 0 for a numbered clause paragraph. */
  level: number;
  /** Plain text (see plainText). */
  text: string;
}

/** The marked headings and clauses of a body, in document order (table of contents, clause labels). */
export function markedBlocks(body: string): MarkedBlock[] {
  return readLines(body).flatMap((l) =>
    l.kind === 'block' && l.id ? [{ id: l.id, level: l.level, text: plainText(l.markdown) }] : [],
  );
}

// Reading rendered HTML (HAST): what the Markdown processor made of the format.

/** Minimal HAST shapes read here (no dependency on a particular tree library). */
interface HastElementLike {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
}

function classesOf(el: HastElementLike): string[] {
  const c = el.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/u) : [];
}

/** The table index of a rendered table slot, or null for any other node. */
export function tableSlotIndex(node: HastElementLike): number | null {
  if (node.type !== 'element' || node.tagName !== 'div' || !classesOf(node).includes(TABLE_SLOT_CLASS)) return null;
  const value = node.properties?.dataTable;
  const index =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/u.test(value) ? Number(value) : NaN;
  return Number.isInteger(index) ? index : null;
}
