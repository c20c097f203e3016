/**
 * Numbered items of Chinese official documents and their hierarchy.
 * The conventional order is 一、 → （一） → 1. / 1、 → （1） → ①, under optional 第X章 / 第X条.
 * The depth of an item is decided by nesting, not by its style alone: a document that starts with
 * 1、 at the top level and continues with 三、 (澧县 draft) still gets 1, 2, 3 as top-level sections.
 */

export interface Marker {
  /** Style rank: smaller is higher in the conventional hierarchy. */
  rank: number;
  /** The item's own number (一 → 1, （3） → 3). */
  num: number;
  /** The marker text as written, e.g. `（一）`, `1．`, `1、 `. */
  text: string;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 → 1, 十二 → 12, 二十 → 20, 一百零一 → 101. */
export function chineseNumeral(text: string): number {
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else {
      current = CN_DIGITS[ch] ?? 0;
    }
  }
  return total + current;
}

const CN = '[一二三四五六七八九十百零〇两]{1,4}';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

interface Pattern {
  rank: number;
  re: RegExp;
  num: (m: RegExpExecArray) => number;
}

const PATTERNS: Pattern[] = [
  { rank: 0, re: new RegExp(`^第(${CN})章[ \\u3000]*`, 'u'), num: (m) => chineseNumeral(m[1] ?? '') },
  { rank: 1, re: new RegExp(`^第(${CN})节[ \\u3000]*`, 'u'), num: (m) => chineseNumeral(m[1] ?? '') },
  { rank: 2, re: new RegExp(`^第(${CN})条[ \\u3000]*`, 'u'), num: (m) => chineseNumeral(m[1] ?? '') },
  { rank: 3, re: new RegExp(`^(${CN})[、．.][ \\u3000]*`, 'u'), num: (m) => chineseNumeral(m[1] ?? '') },
  {
    rank: 4,
    re: new RegExp(`^[（(][ \\u3000]*(${CN})[ \\u3000]*[）)][ \\u3000]*`, 'u'),
    num: (m) => chineseNumeral(m[1] ?? ''),
  },
  // 1. 1． 1、 — but not 2.0, 2025年 or 1.5万.
  { rank: 5, re: /^(\d{1,2})(?:[、．]|\.(?!\d))[ \u3000]*/u, num: (m) => Number(m[1]) },
  { rank: 6, re: /^[（(][ \u3000]*(\d{1,2})[ \u3000]*[）)][ \u3000]*/u, num: (m) => Number(m[1]) },
  { rank: 7, re: new RegExp(`^([${CIRCLED}])[ \\u3000]*`, 'u'), num: (m) => CIRCLED.indexOf(m[1] ?? '') + 1 },
];

/** The numbered-item marker at the start of a line, or null. */
export function matchMarker(line: string): Marker | null {
  for (const p of PATTERNS) {
    const m = p.re.exec(line);
    if (m && m[0].length < line.length) return { rank: p.rank, num: p.num(m), text: m[0] };
  }
  return null;
}

/** Tracks nesting while reading items in order and hands out hierarchical ids (s1, s1-2, s1-2-3). */
export class Outline {
  private stack: Array<{ rank: number; num: number }> = [];
  private used = new Set<string>();
  private suffix = new Map<string, number>();

  private readonly prefix: string;

  constructor(prefix: string) {
    this.prefix = prefix;
  }

  /** Depth (1 = top) and id of the next item with this marker. */
  enter(marker: Marker): { depth: number; id: string } {
    while (this.stack.length && (this.stack[this.stack.length - 1]?.rank ?? -1) >= marker.rank) this.stack.pop();
    this.stack.push({ rank: marker.rank, num: marker.num });
    let id = `${this.prefix}${this.stack.map((s) => s.num).join('-')}`;
    // A repeated number (a typo in the source) must not produce a duplicate anchor.
    if (this.used.has(id)) {
      // Remember the last suffix per id: scanning from _2 each time is quadratic when a number repeats often.
      let n = this.suffix.get(id) ?? 2;
      while (this.used.has(`${id}_${n}`)) n++;
      this.suffix.set(id, n + 1);
      id = `${id}_${n}`;
    }
    this.used.add(id);
    return { depth: this.stack.length, id };
  }
}
