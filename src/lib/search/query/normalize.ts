// Text normalization shared by matching, highlighting and the benchmark's ground truth.
// "Contains the query" means: contains it after folding full-width forms (NFKC), case, dashes,
// whitespace (PDF text has stray spaces inside words), quotation mark styles (“” 「」 "") and
// the bracket style of 文号 years.
// Every normalized character remembers where it came from, so matches map back to the original
// text for highlighting.

export interface Normalized {
  text: string;
  /** For each character of `text`, the index in the original string where it starts. */
  map: number[];
  /** Length of the original string (end position of the last character). */
  sourceLength: number;
}

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const DOUBLE_QUOTES = /["\u201C\u201D\u201E\u201F\u300C\u300D\u300E\u300F\uFF02]/;
const SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B\uFF07]/;
// A 4-digit year in any brackets followed by a serial and 号: the brackets become 〔〕 (1:1 in length).
const BRACKETED_YEAR = /[〔[(【]\d{4}[〕\])】](?=\d*号)/g;

export function normalizeWithMap(input: string): Normalized {
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of input) {
    // Fast paths for the bulk of the text (CJK ideographs, ASCII): what the general path below
    // would do to them, without its per-character NFKC and regular expressions.
    const code = ch.codePointAt(0)!;
    if (code >= 0x4e00 && code <= 0x9fff) {
      text += ch;
      map.push(i);
      i += 1;
      continue;
    }
    if (code < 0x80) {
      if (code > 0x20 && code !== 0x7f) {
        text += ch.toLowerCase();
        map.push(i);
      } else if (code === 0x7f || (code < 0x20 && !/\s/.test(ch))) {
        text += ch;
        map.push(i);
      }
      i += 1;
      continue;
    }
    if (!/\s/u.test(ch)) {
      let folded = ch.normalize('NFKC').toLowerCase();
      if (DASHES.test(folded)) folded = '-';
      else if (DOUBLE_QUOTES.test(folded)) folded = '"';
      else if (SINGLE_QUOTES.test(folded)) folded = "'";
      for (const out of folded) {
        if (/\s/u.test(out)) continue;
        text += out;
        map.push(i);
      }
    }
    i += ch.length;
  }
  text = text.replace(BRACKETED_YEAR, (m) => `〔${m.slice(1, 5)}〕`);
  return { text, map, sourceLength: input.length };
}

/** Normalized text only. */
export function normalizeText(input: string): string {
  return normalizeWithMap(input).text;
}
