// The words held by many records, with how many, counted while indexing and written beside the
// index as one small JSON file. A query looks up its least common word only (query.ts): in
// Pagefind's index all postings of a word sit in one chunk, so a word found in most records costs
// a chunk of 80–110 KB at 10,000 pages, and every record it returns is a section to verify.
import { normalizeText } from './normalize.ts';

/** File name inside the Pagefind output folder (served as /pagefind/common-words.json). */
export const COMMON_WORDS_FILE = 'common-words.json';

/** Word (normalized) → number of records containing it; only words above the threshold. */
export type CommonWords = Record<string, number>;

/** A word is common from this many records on, or this share of all records if that is more. */
export const COMMON_MIN_RECORDS = 100;
export const COMMON_MIN_SHARE = 0.02;
/** At most this many words are written (the most common ones), so the file stays a few KB. */
export const COMMON_MAX_WORDS = 300;

/** A counter's tallies as plain data, to pass between threads and add up. */
export interface WordCounts {
  records: number;
  counts: Map<string, number>;
}

/** Counts, per word, the records that contain it (words as the browser's segmenter cuts them). */
export class WordCounter {
  private readonly tally = new Map<string, number>();
  private readonly segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  records = 0;

  add(text: string): void {
    this.records++;
    const seen = new Set<string>();
    for (const part of this.segmenter.segment(normalizeText(text))) {
      if (part.isWordLike && !seen.has(part.segment)) {
        seen.add(part.segment);
        this.tally.set(part.segment, (this.tally.get(part.segment) ?? 0) + 1);
      }
    }
  }

  /** The tallies so far (for a counter in another thread to merge). */
  counts(): WordCounts {
    return { records: this.records, counts: this.tally };
  }

  /** Adds another counter's tallies, as if its records had been added here. */
  merge(other: WordCounts): void {
    this.records += other.records;
    for (const [word, n] of other.counts) this.tally.set(word, (this.tally.get(word) ?? 0) + n);
  }

  /** The common words, most common first (ties by word, so the file only changes with the content). */
  common(): CommonWords {
    const floor = Math.max(COMMON_MIN_RECORDS, Math.ceil(this.records * COMMON_MIN_SHARE));
    const words = [...this.tally].filter(([, n]) => n >= floor);
    words.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(words.slice(0, COMMON_MAX_WORDS));
  }
}

/** How many records hold `word` as far as the list knows: 0 for a word not listed (rare). */
export function wordFrequency(common: Readonly<CommonWords> | undefined, word: string): number {
  return common?.[normalizeText(word)] ?? 0;
}

/**
 * File beside COMMON_WORDS_FILE: for each common word, how many pages hold it as the search counts
 * a result (a section's normalized text contains it). A common word has too many candidates to
 * check on the first screen, so without this the count could only read “N 个以上”.
 */
export const COMMON_WORD_PAGES_FILE = 'common-word-pages.json';

/** Word (normalized) → number of pages with a section containing it. */
export type WordPages = Record<string, number>;

/** How many pages hold each word: `pages` gives each page's section texts. */
export function countPagesHolding(words: readonly string[], pages: Iterable<readonly string[]>): WordPages {
  const counts = new Map(words.map((w) => [w, 0]));
  for (const sections of pages) {
    const texts = sections.map(normalizeText);
    for (const word of words) {
      if (texts.some((t) => t.includes(word))) counts.set(word, counts.get(word)! + 1);
    }
  }
  return Object.fromEntries(counts);
}
