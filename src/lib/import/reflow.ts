/**
 * Rebuild paragraphs from hard-wrapped lines and recognise numbered items as headings or clauses.
 * Works both for PDF text wrapped at a fixed width (~30 characters) and for text with one paragraph
 * per line broken only at page ends; blank lines carry no meaning (some extractions double every line).
 */
import { matchMarker, type Outline } from './headings.ts';
import { ENDS_CLOSER, ENDS_SENTENCE, displayWidth, joinAllWrapped, trimSpaces } from './text.ts';

export interface SourceLine {
  /** Spaces tidied (see tidySpaces). */
  text: string;
  /** Display width of the line as extracted (before tidying). */
  width: number;
  /** The line was indented in the source (a paragraph's first-line indent). */
  indent: boolean;
}

export type Block =
  | { type: 'heading'; depth: number; id: string; text: string }
  | { type: 'paragraph'; text: string; id?: string };

/** Items introduced by a dash (——) or by a bracketed 责任分工 line also start paragraphs. */
const ITEM_START = /^(?:——|[（(［[]?(?:责任分工|责任单位|牵头单位)[：:])/u;

/**
 * The wrap width of a hard-wrapped text, in half-width columns, or null when lines are not wrapped
 * at a fixed width. A text is wrapped when many lines end within a few columns of the same width.
 */
export function detectWrapWidth(lines: readonly SourceLine[]): number | null {
  const widths = lines.map((l) => l.width).filter((w) => w >= 20);
  if (widths.length < 8) return null;
  const sorted = [...widths].sort((a, b) => a - b);
  const w = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (w > 130) return null;
  const near = widths.filter((x) => x >= w - 6 && x <= w + 2).length;
  return near / widths.length >= 0.4 ? w : null;
}

/** Columns short of the wrap width that still count as a full line (justified PDF lines vary by a few). */
const FULL_SLACK = 6;

function isFull(line: SourceLine, wrap: number | null): boolean {
  return wrap !== null && line.width >= wrap - FULL_SLACK;
}

function startsItem(text: string): boolean {
  return matchMarker(text) !== null || ITEM_START.test(text);
}

/** A line that is a whole heading by itself: a marker and a short title with no sentence end. */
function isHeadingLine(line: SourceLine, wrap: number | null): boolean {
  const m = matchMarker(line.text);
  if (!m) return false;
  const rest = line.text.slice(m.text.length);
  const full = isFull(line, wrap);
  return !full && rest.length <= 40 && !/[，。；：:,;]/u.test(rest.slice(0, -1)) && !/[，；]$/u.test(rest);
}

function breaksAfter(prev: SourceLine, next: SourceLine, wrap: number | null, firstOfParagraph: SourceLine): boolean {
  if (firstOfParagraph === prev && isHeadingLine(prev, wrap)) return true;
  const full = isFull(prev, wrap);
  const endsSentence = ENDS_SENTENCE.test(prev.text);
  const endsCloser = ENDS_CLOSER.test(prev.text);
  if (startsItem(next.text)) return endsSentence || endsCloser || !full;
  if (endsSentence || endsCloser) return !full || next.indent;
  return false;
}

/** Join wrapped lines into paragraphs. */
export function reflow(lines: readonly SourceLine[], wrap: number | null): string[] {
  const out: string[] = [];
  let current: SourceLine[] = [];
  const flush = (): void => {
    if (current.length) out.push(joinAllWrapped(current.map((l) => l.text)));
    current = [];
  };
  for (const line of lines) {
    const prev = current[current.length - 1];
    const first = current[0];
    if (prev && first && breaksAfter(prev, line, wrap, first)) flush();
    current.push(line);
  }
  flush();
  return out;
}

/** Longest lead sentence (after the marker) that still reads as a clause title, e.g. （二）目标。 */
const MAX_LEAD = 30;
/** Deepest item level rendered as a heading when it has no text of its own after the lead. */
const MAX_BARE_HEADING_DEPTH = 3;

/**
 * Paragraphs → blocks. A numbered paragraph becomes a heading when it is a title line, or is split
 * into a heading (its lead sentence) and a paragraph; otherwise it stays a paragraph with an id.
 * `maxDepth` is the deepest item that can still be a heading (h6 limit of the page).
 */
export function toBlocks(paragraphs: readonly string[], outline: Outline, maxDepth: number): Block[] {
  const blocks: Block[] = [];
  for (const text of paragraphs) {
    const marker = matchMarker(text);
    if (!marker) {
      blocks.push({ type: 'paragraph', text });
      continue;
    }
    const { depth, id } = outline.enter(marker);
    const rest = text.slice(marker.text.length);
    const canHead = depth <= maxDepth;
    const end = rest.search(/[。：:！？]/u);
    if (canHead && end < 0 && rest.length <= 40) {
      blocks.push({ type: 'heading', depth, id, text });
      continue;
    }
    if (canHead && end >= 0 && end + 1 <= MAX_LEAD && !rest.slice(0, end).includes('；')) {
      const lead = text.slice(0, marker.text.length + end + 1);
      const after = text.slice(lead.length);
      if (after.trim() !== '') {
        blocks.push({ type: 'heading', depth, id, text: lead });
        blocks.push({ type: 'paragraph', text: after });
        continue;
      }
      if (depth <= MAX_BARE_HEADING_DEPTH) {
        blocks.push({ type: 'heading', depth, id, text });
        continue;
      }
    }
    blocks.push({ type: 'paragraph', text, id });
  }
  return blocks;
}

export function sourceLine(raw: string, tidied: string): SourceLine {
  const trimmed = trimSpaces(raw, true);
  return { text: tidied, width: displayWidth(trimmed), indent: /^[ \u00a0\u3000]{2,}/u.test(raw) };
}
