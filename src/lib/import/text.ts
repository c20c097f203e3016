/** Character classes and inline whitespace rules shared by the importer modules. */

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

/** Placeholder for a blank left in the original; the Markdown writer renders it visibly. */
export const BLANK = '\u2423';

export function isWide(ch: string): boolean {
  return HAN.test(ch) || WIDE_PUNCT.test(ch);
}

/** Display width in half-width columns: CJK and full-width forms count 2. */
export function displayWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += isWide(ch) ? 2 : 1;
  return w;
}

/**
 * Tidy the spaces inside one line: leading/trailing space goes, spaces between CJK characters and digits are
 * PDF artefacts and go, one space next to a Latin word stays, and a long run of spaces between words
 * (a blank the original left for a number) becomes the BLANK marker so that it stays visible.
 */
export function tidySpaces(line: string): string {
  const t = line.replace(/^[ \u00a0\u3000]+|[ \u00a0\u3000]+$/gu, '');
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
  const last = a.slice(-1);
  const first = b.slice(0, 1);
  return LATIN.test(last) && LATIN.test(first) ? `${a} ${b}` : a + b;
}

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
export const ENDS_SENTENCE = /[。！？；：:!?…][”’」』）)\]］】〕]*$/u;
/** Ends with a closing bracket or quote (e.g. （责任分工：…参加）). */
export const ENDS_CLOSER = /[”’」』）)\]］】〕》]$/u;

/** True when every opening bracket/quote in the text is closed (a wrapped title inside 《 》 is not). */
export function bracketsBalanced(text: string): boolean {
  const pairs: Record<string, string> = { '《': '》', '（': '）', '(': ')', '“': '”', '〔': '〕', '［': '］', '【': '】' };
  let depth = 0;
  for (const ch of text) {
    if (ch in pairs) depth++;
    else if (Object.values(pairs).includes(ch)) depth = Math.max(0, depth - 1);
  }
  return depth === 0;
}
