// A short excerpt around the first match, as plain segments (rendered with textContent,
// never innerHTML, so indexed text can never inject markup).
import type { Range } from './match.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Up to `radius` characters either side of the first range, inside the line (block: paragraph,
 * list item, table cell) that holds it: a snippet quotes the text around the match and never runs
 * neighbouring blocks (a metadata table's cells, a notice) together. Marks every range inside.
 * Lines for which `avoidLine` is true (e.g. the title, shown anyway) are used only as a last resort.
 */
export function excerptSegments(
  text: string,
  ranges: readonly Range[],
  radius = 60,
  avoidLine?: (line: string) => boolean,
): Segment[] {
  if (ranges.length === 0) {
    const firstLine = text.split('\n')[0] ?? '';
    const cut = firstLine.slice(0, radius * 2);
    return [{ text: cut + (text.length > cut.length ? '…' : ''), mark: false }];
  }
  const lineOf = (at: number) =>
    text.slice(text.lastIndexOf('\n', at - 1) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
  // A match in a line the result already shows (its title) is passed over for one in the text.
  const first = (avoidLine && ranges.find((r) => !avoidLine(lineOf(r[0])))) || ranges[0]!;
  const lineStart = text.lastIndexOf('\n', first[0] - 1) + 1;
  const nl = text.indexOf('\n', first[0]);
  const lineEnd = nl < 0 ? text.length : nl;
  const line = text.slice(lineStart, lineEnd);
  const shifted: Range[] = ranges.map(([a, b]) => [a - lineStart, b - lineStart] as const);
  const start = Math.max(0, first[0] - lineStart - radius);
  const end = Math.min(line.length, first[1] - lineStart + radius);
  return highlightSegments(line, shifted, start, end);
}

/** Split text[start, end) into marked and unmarked segments; ellipses show cut ends. */
export function highlightSegments(text: string, ranges: readonly Range[], start = 0, end = text.length): Segment[] {
  const out: Segment[] = [];
  const push = (s: string, mark: boolean) => {
    if (s) out.push({ text: s, mark });
  };
  if (start > 0) push('…', false);
  let pos = start;
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    const s = Math.max(a, start);
    const e = Math.min(b, end);
    push(text.slice(pos, s), false);
    push(text.slice(s, e), true);
    pos = e;
  }
  push(text.slice(pos, end), false);
  if (end < text.length) push('…', false);
  return out;
}
