/**
 * A policy's Markdown body (as written by the importer) read as a flat list of blocks: headings and
 * paragraphs, each with its plain text, its own `{#id}` (if any) and the anchor it can be linked at
 * (its own id, else the nearest marked heading or clause above it). Lineage, comparison, targets and
 * 引用本条 all read documents through this one parser, so they agree on anchors.
 */
import { lineText, readLines } from './bodyFormat';

export type Part = 'notice' | 'imprint' | 'body';

export interface Block {
  kind: 'heading' | 'para';
  /** Markdown heading level (2–6); 0 for paragraphs. */
  level: number;
  /** Plain text: tags and the `{#id}` marker removed, a source blank as BLANK (see bodyFormat.ts). */
  text: string;
  /** The block's own id, or null. */
  id: string | null;
  /** Where a link to this block lands: its own id or the nearest marked block above; null before any. */
  anchor: string | null;
  /** The notice part (addressees, signature), the 版记 (imprint), or the document itself. */
  part: Part;
  /** Ids of the headings this block stands under, outermost first (its own id excluded). */
  path: string[];
}

/** The body of a Markdown file (front matter removed), or the text as is when it has none. */
export function stripFrontMatter(md: string): string {
  const m = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n?/u.exec(md);
  return m ? md.slice(m[0].length) : md;
}

/** Parse a policy body into blocks, in document order. */
export function parseBody(body: string): Block[] {
  const blocks: Block[] = [];
  let part: Part = 'body';
  let anchor: string | null = null;
  // Open headings: level → id, to give each block its path.
  const open: Array<{ level: number; id: string | null }> = [];
  const pathNow = (): string[] => open.map((o) => o.id).filter((x): x is string => x !== null);
  for (const line of readLines(body)) {
    if (line.kind === 'partOpen') {
      part = line.part === 'notice' || line.part === 'imprint' ? line.part : 'body';
      continue;
    }
    if (line.kind === 'partClose') {
      part = 'body';
      continue;
    }
    const text = lineText(line);
    if (text === null) continue;
    const id = line.kind === 'block' ? line.id : null;
    if (id) anchor = id;
    if (line.kind === 'block' && line.level > 0) {
      const level = line.level;
      while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop();
      blocks.push({ kind: 'heading', level, text, id, anchor, part, path: pathNow() });
      open.push({ level, id });
    } else {
      blocks.push({ kind: 'para', level: 0, text, id, anchor, part, path: pathNow() });
    }
  }
  return blocks;
}
