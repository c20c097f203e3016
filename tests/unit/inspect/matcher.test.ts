import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../src/lib/inspect/matcher';

/** Every occurrence by brute force, for comparison. */
function naive(text: string, patterns: string[]) {
  const found: string[] = [];
  patterns.forEach((p, pattern) => {
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) found.push(`${pattern}@${i}`);
  });
  return found.sort();
}

describe('Matcher', () => {
  it('finds overlapping and nested patterns', () => {
    const m = new Matcher(['再接再', '接再励', '再', '励']);
    const hits = m.findAll('再接再励').map((h) => `${h.pattern}@${h.start}-${h.end}`);
    expect(hits.sort()).toEqual(['0@0-3', '1@1-4', '2@0-1', '2@2-3', '3@3-4'].sort());
  });

  it('agrees with a brute-force search on random text', () => {
    const alphabet = '再接励厉按装安即既使';
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const word = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('');
    for (let round = 0; round < 30; round++) {
      const patterns = [...new Set(Array.from({ length: 12 }, () => word(1 + rand(4))))];
      const text = word(400);
      const got = new Matcher(patterns)
        .findAll(text)
        .map((h) => `${h.pattern}@${h.start}`)
        .sort();
      expect(got).toEqual(naive(text, patterns));
    }
  });
});
