/** Chinese readers take in about 400 characters a minute (a common figure for general readers of Chinese text). */
export const CJK_CHARS_PER_MINUTE = 400;
/** Latin-script words (numbers, English terms) read at roughly 200 words a minute. */
export const LATIN_WORDS_PER_MINUTE = 200;

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2fa1f}]/gu;
const LATIN_WORD = /[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*/g;

/** Strips Markdown syntax that is not read aloud: code fences, HTML tags, link targets, images. */
export function markdownToReadableText(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n?/, '') // front matter, if passed the whole file
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]*(?:#{1,6}|[-*+]|\d+\.|>)[ \t]+/gm, '')
    .replace(/[*_`~|]/g, '');
}

/** Counts what a reader reads: CJK characters one by one, Latin text as words. */
export function countReadable(text: string): { cjkChars: number; latinWords: number } {
  const cjkChars = text.match(CJK)?.length ?? 0;
  const latinWords = text.replace(CJK, ' ').match(LATIN_WORD)?.length ?? 0;
  return { cjkChars, latinWords };
}

/** Whole minutes to read a Markdown body, rounded up, never less than 1. */
export function readingMinutes(markdown: string): number {
  const { cjkChars, latinWords } = countReadable(markdownToReadableText(markdown));
  const minutes = cjkChars / CJK_CHARS_PER_MINUTE + latinWords / LATIN_WORDS_PER_MINUTE;
  return Math.max(1, Math.ceil(minutes));
}

/** 「约 3 分钟」 for display. */
export function formatReadingTime(minutes: number): string {
  return `约 ${minutes} 分钟`;
}
