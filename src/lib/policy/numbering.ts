/**
 * The numbering that opens a heading or clause in Chinese official documents:
 * 一、 → （一） → 1. / 1、 / 1． → （1）. Shared by comparison (names without numbers) and 引用本条 (clause numbers).
 */

const PREFIX = /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)]|\d+[.．、]|[（(]\d+[）)])\s*/u;

/** The numbering at the start of a text ('' when there is none). */
export function numberingOf(text: string): string {
  return PREFIX.exec(text)?.[0].trim() ?? '';
}

/** The text without its leading numbering. */
export function withoutNumbering(text: string): string {
  return text.replace(PREFIX, '').trim();
}

/** Compact form for a citation: 三、 → 三, （一） stays, 1. → 1, （1） stays. */
export function compactNumbering(n: string): string {
  return n.replace(/[、.．]$/u, '').replace(/[(]/gu, '（').replace(/[)]/gu, '）');
}
