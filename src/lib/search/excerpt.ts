// A short excerpt around the first match, as plain segments (rendered with textContent,
// never innerHTML, so indexed text can never inject markup).
import type { Range } from './match.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/** Up to `radius` characters either side of the first range; marks every range inside the window. */
export function excerptSegments(text: string, ranges: readonly Range[], radius = 60): Segment[] {
  const oneLine = text.replace(/\n/g, ' ');
  if (ranges.length === 0) {
    const cut = oneLine.slice(0, radius * 2);
    return [{ text: cut + (oneLine.length > cut.length ? '…' : ''), mark: false }];
  }
  const first = ranges[0]!;
  const start = Math.max(0, first[0] - radius);
  const end = Math.min(oneLine.length, Math.max(first[1], first[0]) + radius);
  return highlightSegments(oneLine, ranges, start, end);
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
