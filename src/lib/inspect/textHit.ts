/** A rule's hit in one text: where, what was found, and what to write instead. */
export interface TextHit {
  start: number;
  end: number;
  /** The text as found (personal data: its masked form). */
  found: string;
  /** The suggested fix, in a sentence an editor can act on. */
  fix: string;
  /** The listed word the hit stands for (the allow list names it). */
  word: string;
}

/** Whether one of `phrases` that contains text[start, end) occurs in the text around it. */
export function coveredBy(text: string, start: number, end: number, phrases: readonly string[]): boolean {
  const found = text.slice(start, end);
  for (const phrase of phrases) {
    let at = phrase.indexOf(found);
    while (at >= 0) {
      if (text.startsWith(phrase, start - at)) return true;
      at = phrase.indexOf(found, at + 1);
    }
  }
  return false;
}

/** Hits left after dropping those inside a longer hit (the longer word is the one meant). */
export function longestFirst(hits: TextHit[]): TextHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextHit[] = [];
  let reach = -1;
  for (const hit of hits) {
    if (hit.start < reach) continue;
    kept.push(hit);
    reach = hit.end;
  }
  return kept;
}
