/** Character classes and inline whitespace rules shared by the importer modules. */
import { BLANK } from '../policies/bodyFormat.ts';

/** Han ideographs (incl. 〇) — the characters between which PDF spaces and line wraps are artefacts. */
export const HAN = /[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** Full-width punctuation and forms (，。、；：“”《》（）〔〕 …). */
export const WIDE_PUNCT = /[\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201d\u2026\u00b7]/u;
/** Latin letters and digits: where two of these meet across a space or a wrap, the space is kept. */
export const LATIN = /[A-Za-z0-9]/u;

/** Spaces as found in extracted text (ASCII, NBSP, ideographic). Tabs are table separators and handled apart. */
export const SPACE_RUN = /[ \u00a0\u3000]+/gu;

/** A run of at least this many spaces between words is a blank left in the original (e.g. 培训达    人次). */
export const BLANK_MIN = 3;

export function isWide(ch: string): boolean {
  return HAN.test(ch) || WIDE_PUNCT.test(ch);
}

/** Display width in half-width columns: CJK and full-width forms count 2 (code ranges of HAN and WIDE_PUNCT). */
export function displayWidth(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // A surrogate pair is one character (wide only if in the CJK extension ranges, which it is not here).
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    const wide =
      c === 0x3007 ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      c === 0x2014 ||
      (c >= 0x2018 && c <= 0x201d) ||
      c === 0x2026 ||
      c === 0x00b7;
    w += wide ? 2 : 1;
  }
  return w;
}

const SPACE_CODES = new Set([0x20, 0xa0, 0x3000]);
const SPACE_OR_TAB_CODES = new Set([0x09, 0x20, 0xa0, 0x3000]);

/**
 * The line without leading and trailing spaces (tabs too when `tabs`). A scan from both ends, not
 * `/^[ ]+|[ ]+$/g`: that regex retries the trailing alternative at every position of a long run of
 * spaces, quadratic in the run's length (40,000 spaces took seconds).
 */
export function trimSpaces(line: string, tabs = false): string {
  const codes = tabs ? SPACE_OR_TAB_CODES : SPACE_CODES;
  let start = 0;
  let end = line.length;
  while (start < end && codes.has(line.charCodeAt(start))) start++;
  while (end > start && codes.has(line.charCodeAt(end - 1))) end--;
  return start === 0 && end === line.length ? line : line.slice(start, end);
}

/**
 * Tidy the spaces inside one line: leading/trailing space goes, spaces between CJK characters and digits are
 * PDF artefacts and go, one space next to a Latin word stays, and a long run of spaces between words
 * (a blank the original left for a number) becomes the BLANK marker so that it stays visible.
 */
export function tidySpaces(line: string): string {
  const t = trimSpaces(line);
  return t.replace(SPACE_RUN, (run, offset: number, all: string) => {
    const before = all[offset - 1] ?? '';
    const after = all[offset + run.length] ?? '';
    if (run.length >= BLANK_MIN && isWide(before) && isWide(after)) return BLANK.repeat(run.length);
    if (LATIN.test(before) && LATIN.test(after)) return ' ';
    if (/[A-Za-z]/u.test(before) || /[A-Za-z]/u.test(after)) return ' ';
    return '';
  });
}

/** Remove every space (for titles and comparisons). */
export function stripSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/gu, '');
}

/** Join two wrapped pieces of one paragraph: no space between CJK, one space where Latin words meet. */
export function joinWrapped(a: string, b: string): string {
  return joinAllWrapped([a, b]);
}

/**
 * Join many wrapped pieces at once. Linear in the total length: the pieces are collected and joined
 * once (joining pairwise and reading the last character of a growing string flattens it every time).
 */
export function joinAllWrapped(pieces: readonly string[]): string {
  const out: string[] = [];
  let last = '';
  for (const piece of pieces) {
    if (piece === '') continue;
    if (LATIN.test(last) && LATIN.test(piece[0] ?? '')) out.push(' ');
    out.push(piece);
    last = piece[piece.length - 1] ?? '';
  }
  return out.join('');
}

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
export const ENDS_SENTENCE = /[。！？；：:!?…][”’」』）)\]］】〕]*$/u;
/** Ends with a closing bracket or quote (e.g. （责任分工：…参加）). */
export const ENDS_CLOSER = /[”’」』）)\]］】〕》]$/u;

/** True when every opening bracket/quote in the text is closed (a wrapped title inside 《 》 is not). */
export function bracketsBalanced(text: string): boolean {
  const pairs: Record<string, string> = {
    '《': '》',
    '（': '）',
    '(': ')',
    '“': '”',
    '〔': '〕',
    '［': '］',
    '【': '】',
  };
  let depth = 0;
  for (const ch of text) {
    if (ch in pairs) depth++;
    else if (Object.values(pairs).includes(ch)) depth = Math.max(0, depth - 1);
  }
  return depth === 0;
}
