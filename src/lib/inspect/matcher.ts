/**
 * Aho–Corasick multi-pattern matcher: every occurrence of every pattern in one pass over the text,
 * so a list of hundreds of words costs the same as one (a regular expression per word would scan
 * the text once per word). Works on UTF-16 code units, which is exact for the Chinese text it checks.
 */
export interface Match {
  /** Index of the pattern in the list the matcher was built with. */
  pattern: number;
  start: number;
  end: number;
}

export class Matcher {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Patterns ending at a node, its own and those reached through failure links. */
  private readonly out: number[][] = [[]];
  private readonly lengths: number[];

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((pattern, index) => {
      if (pattern === '') return;
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charCodeAt(i);
        let child = this.next[node]!.get(c);
        if (child === undefined) {
          child = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[node]!.set(c, child);
        }
        node = child;
      }
      this.out[node]!.push(index);
    });
    // Breadth-first: a node's failure link is the longest proper suffix that is also a prefix.
    const queue: number[] = [...this.next[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [c, child] of this.next[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const target = this.next[f]!.get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        this.out[child]!.push(...this.out[this.fail[child]!]!);
        queue.push(child);
      }
    }
  }

  /** Every occurrence, in order of end position. */
  findAll(text: string): Match[] {
    const matches: Match[] = [];
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (node !== 0 && !this.next[node]!.has(c)) node = this.fail[node]!;
      node = this.next[node]!.get(c) ?? 0;
      const found = this.out[node]!;
      for (const pattern of found) matches.push({ pattern, start: i + 1 - this.lengths[pattern]!, end: i + 1 });
    }
    return matches;
  }
}
