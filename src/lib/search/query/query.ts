// What the reader typed → what we ask Pagefind and what a result must contain.
import { docNumberKey } from './docNumberQuery.ts';
import { normalizeText } from './normalize.ts';
import { docNumberToken } from './docNumberToken.ts';
import { wordFrequency, type CommonWords } from './commonWords.ts';

export interface PreparedQuery {
  /** The query as typed (trimmed, inner whitespace collapsed): shown back to the reader. */
  display: string;
  /** Normalized terms; a page matches when its text contains every one (in any order). */
  terms: string[];
  /**
   * The string handed to Pagefind: at most MAX_ENGINE_WORDS of the query's words, longest first,
   * leaving out the words the index lists as common (see rarestLookup). Every page containing the
   * query contains these words too, so recall is kept, and each word Pagefind looks up can cost a
   * ~30 KB index chunk (a common one 80–110 KB at 10,000 pages): fewer words, fewer bytes. The
   * exact check on the downloaded sections restores precision.
   */
  engineTerm: string;
  /**
   * How many word positions apart the two looked-up words sit in the typed phrase (科学|家|精神 → 2),
   * as the segmenter sees it; null unless exactly two words of one phrase are looked up. A section
   * that contains the phrase has the two words that far apart (see engine.ts, probeOrder).
   */
  engineGap: number | null;
  /** Canonical 文号 when the whole query is a 文号 in any bracket style (then engineTerm is its 文号 word, see docNumberToken.ts). */
  docKey: string | null;
}

/** Longest query we accept; longer input is cut (a pasted paragraph is not a query). */
export const MAX_QUERY_LENGTH = 100;
/** Most words of the query looked up in the index (see PreparedQuery.engineTerm). */
export const MAX_ENGINE_WORDS = 2;

/** Words of `text` as the browser's segmenter (the one Pagefind uses on queries) sees them. */
export function segmentWords(text: string): string[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return text.split(/\s+/).filter(Boolean);
  const words: string[] = [];
  for (const part of new Segmenter('zh-CN', { granularity: 'word' }).segment(text)) {
    if (part.isWordLike) words.push(part.segment);
  }
  return words;
}

/**
 * A leading single character is often the tail of a longer indexed word (会面向 copied from
 * 协会面向), which Pagefind's prefix matching cannot find: when a real word follows, leave the
 * character to the exact check. (双碳 → 双 + 碳 keeps both: nothing better follows.)
 */
export function lookupCandidates(words: readonly string[]): string[] {
  const [first, ...rest] = words;
  if (first && [...first].length === 1 && rest.some((w) => [...w].length >= 2 && !/^\d+$/.test(w))) return rest;
  return [...words];
}

/**
 * How selective a word is likely to be: longer Chinese words more; a year (2023) less than a
 * two-character word but more than a single character; short numbers (serials) least.
 */
function selectivity(word: string): number {
  return /^\d+$/.test(word) ? Math.min(word.length, 4) * 0.4 : [...word].length;
}

/** Positions of the words to look up: the most selective ones, in their original order. */
export function pickEngineIndices(words: readonly string[], max = MAX_ENGINE_WORDS): number[] {
  const ranked = words.map((w, i) => ({ w, i })).sort((a, b) => selectivity(b.w) - selectivity(a.w) || a.i - b.i);
  const chosen: number[] = [];
  for (const { w, i } of ranked) {
    if (chosen.length >= max) break;
    if (!chosen.some((j) => words[j] === w)) chosen.push(i);
  }
  return chosen.sort((a, b) => a - b);
}

/**
 * Positions of the words to look up, given how many records hold each common word: the words not
 * listed as common (pickEngineIndices; single characters only when the query has no longer word);
 * when every such word is common, only the least common one. A
 * common word adds a large index chunk and filters little that the exact check would not.
 */
export function rarestLookup(
  words: readonly string[],
  common: Readonly<CommonWords> | undefined,
  max = MAX_ENGINE_WORDS,
): number[] {
  const all = words.map((w, i) => ({ w, i }));
  // A lone character is rarely a word of its own in the text, so the list undercounts it; but
  // Pagefind indexes it inside longer words (家 in 科学家, 周 in 活动周), where it is common: it is
  // looked up only when the query has no longer word.
  const longer = all.filter(({ w }) => [...w].length > 1);
  const eligible = longer.length ? longer : all;
  const rare = eligible.filter(({ w }) => wordFrequency(common, w) === 0);
  if (rare.length)
    return pickEngineIndices(
      rare.map((r) => r.w),
      max,
    ).map((k) => rare[k]!.i);
  if (!eligible.length) return [];
  const least = eligible.reduce((a, b) => (wordFrequency(common, b.w) < wordFrequency(common, a.w) ? b : a));
  return [least.i];
}

/**
 * `common`: the index's common words (commonWords.ts); without it the query's most selective words
 * by length are looked up.
 */
export function prepareQuery(raw: string | null | undefined, common?: Readonly<CommonWords>): PreparedQuery | null {
  const display = (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  // Quotes around the whole query ask for an exact phrase, which every term already is here;
  // quotes inside it are part of the text (重点宣传“双碳”).
  const wrapped = /^(?:"(.+)"|“(.+)”|「(.+)」)$/u.exec(display);
  const unquoted = (wrapped ? (wrapped[1] ?? wrapped[2] ?? wrapped[3])! : display).trim();
  if (!unquoted) return null;
  const docKey = docNumberKey(unquoted);
  const source = docKey ?? unquoted;
  const terms = [...new Set(source.split(' ').map(normalizeText).filter(Boolean))];
  if (terms.length === 0) return null;
  if (docKey) return { display, terms, engineTerm: docNumberToken(docKey), engineGap: null, docKey };
  const candidates = lookupCandidates(segmentWords(source));
  const picked = common ? rarestLookup(candidates, common) : pickEngineIndices(candidates);
  const words = picked.map((i) => candidates[i]!);
  const engineGap = picked.length === 2 && terms.length === 1 ? picked[1]! - picked[0]! : null;
  return { display, terms, engineTerm: words.length ? words.join(' ') : source, engineGap, docKey };
}
