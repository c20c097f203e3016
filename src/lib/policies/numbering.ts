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
  return n
    .replace(/[、.．]$/u, '')
    .replace(/[(]/gu, '（')
    .replace(/[)]/gu, '）');
}

/**
 * One numbering as a reader says it, by its style: 一、 → 第一部分, （一） → 第（一）项,
 * 1. → 第1条, （1） → 第（1）点. '' when the text has no numbering.
 */
export function spokenNumbering(n: string): string {
  const c = compactNumbering(n);
  if (!c) return '';
  if (/^[一二三四五六七八九十百]+$/u.test(c)) return `第${c}部分`;
  if (/^（[一二三四五六七八九十百]+）$/u.test(c)) return `第${c}项`;
  if (/^\d+$/u.test(c)) return `第${c}条`;
  return `第${c}点`;
}
