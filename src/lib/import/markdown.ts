/**
 * Markdown writer for imported documents. Headings carry explicit ids in the widely used attribute
 * syntax `## 一、总体要求 {#s1}` (the page turns it into `id="s1"`); numbered clauses that are not
 * headings end with the same `{#s1-2-3}` marker. Parts that Markdown has no syntax for (notice part,
 * signature, date, 版记, blanks left in the original, the table slot) are small HTML elements.
 */
import { BLANK } from './text.ts';

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
  return escaped.replace(new RegExp(`${BLANK}+`, 'gu'), (run) => `<span class="doc-blank" role="img" aria-label="空白">${'\u00a0'.repeat(run.length)}</span>`);
}

export function heading(level: number, text: string, id: string): string {
  return `${'#'.repeat(level)} ${renderBlanks(escapeMarkdown(text))} {#${id}}`;
}

export function paragraph(text: string, id?: string): string {
  const body = renderBlanks(escapeMarkdown(text));
  return id ? `${body} {#${id}}` : body;
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
  return `<div class="policy-table-slot" data-table="${index}"></div>`;
}
