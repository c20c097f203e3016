// One searchable word per 文号. Pagefind would split 益科协〔2023〕12号 into common words (科协, 2023,
// 12) that match most of the site; instead every record lists, in a hidden meta field, a short
// ASCII word derived from the canonical form of each 文号 it contains (any bracket style, found by
// the policy library's parser). A 文号 query looks up just that word: one small index lookup, and
// only the sections that really cite the number become candidates.
import { findDocNumbers } from '../../policies/docNumber.ts';

/** Meta field of a record holding its 文号 words. */
export const DOC_NUMBER_META = 'wh';

/** Lower-case letters only, so Pagefind keeps it as one word (FNV-1a 32-bit, base 26). */
export function docNumberToken(canonical: string): string {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(canonical.replace(/\s+/g, ''))) {
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let out = '';
  for (let i = 0; i < 7; i++) {
    out += String.fromCharCode(97 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return `wh${out}`;
}

/**
 * The word only the document bearing this 文号 carries (on its first record), so a 文号 query
 * finds the document itself with one lookup, however many pages cite the number. It extends the
 * citation word, so Pagefind's prefix matching still counts the document among the citations.
 */
export function ownDocNumberToken(canonical: string): string {
  return `${docNumberToken(canonical)}own`;
}

/** The 文号 words of a text, without duplicates, in order of appearance. */
export function docNumberTokens(text: string): string[] {
  return [...new Set(findDocNumbers(text).map((m) => docNumberToken(m.normalized)))];
}
