/**
 * 敏感词 / 禁用词: the words the site keeps in its settings (none by default), matched as whole
 * words — a word with Latin letters or digits only where no letter or digit touches it (AI is not
 * found in MAIL), a Chinese word anywhere except inside the longer correct words listed with it.
 */
import { Matcher } from '../matcher.ts';
import type { InspectionSettings } from '../settings.ts';
import { coveredBy, longestFirst, type TextHit } from '../textHit.ts';

export type SensitiveWord = InspectionSettings['sensitiveWords'][number];

export interface SensitiveHit extends TextHit {
  kind: SensitiveWord['kind'];
}

const ALNUM = /[0-9A-Za-z]/u;
const matchers = new WeakMap<readonly SensitiveWord[], Matcher>();

function isWholeWord(text: string, start: number, end: number, word: string): boolean {
  if (ALNUM.test(word[0]!) && start > 0 && ALNUM.test(text[start - 1]!)) return false;
  if (ALNUM.test(word.at(-1)!) && end < text.length && ALNUM.test(text[end]!)) return false;
  return true;
}

export function sensitiveHits(
  text: string,
  words: readonly SensitiveWord[],
  allow: readonly string[] = [],
): SensitiveHit[] {
  if (words.length === 0) return [];
  let matcher = matchers.get(words);
  if (!matcher) {
    // Case-insensitive for Latin letters: both sides lower-cased (same length, so offsets hold).
    matcher = new Matcher(words.map((w) => w.word.toLowerCase()));
    matchers.set(words, matcher);
  }
  const hits: SensitiveHit[] = [];
  for (const m of matcher.findAll(text.toLowerCase())) {
    const entry = words[m.pattern]!;
    if (!isWholeWord(text, m.start, m.end, entry.word)) continue;
    if (coveredBy(text, m.start, m.end, [...entry.except, ...allow])) continue;
    const found = text.slice(m.start, m.end);
    hits.push({
      start: m.start,
      end: m.end,
      found,
      word: entry.word,
      kind: entry.kind,
      fix: entry.fix ? `将“${found}”改为“${entry.fix}”` : `删除或改写“${found}”`,
    });
  }
  return longestFirst(hits) as SensitiveHit[];
}
