/**
 * A policy's Markdown body (as written by the importer) read as a flat list of blocks: headings and
 * paragraphs, each with its plain text, its own `{#id}` (if any) and the anchor it can be linked at
 * (its own id, else the nearest marked heading or clause above it). Lineage, comparison, targets and
 * 引用本条 all read documents through this one parser, so they agree on anchors.
 */

/** Stands for a blank the source left in the text (“培训达          人次”): never a figure. */
export const BLANK = '\u2423';

export type Part = 'notice' | 'imprint' | 'body';

export interface Block {
  kind: 'heading' | 'para';
  /** Markdown heading level (2–6); 0 for paragraphs. */
  level: number;
  /** Plain text: tags and the `{#id}` marker removed, a source blank as BLANK. */
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

const ID_MARK = / \{#([A-Za-z0-9_-]+)\}\s*$/u;

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&', '&nbsp;': ' ' };

/** Inline Markdown/HTML to plain text; a `doc-blank` span becomes BLANK. */
export function plainText(md: string): string {
  return md
    .replace(/<span class="doc-blank"[^>]*>[^<]*<\/span>/gu, BLANK)
    .replace(/<[^>]+>/gu, '')
    .replace(/&(?:lt|gt|quot|#39|amp|nbsp);/gu, (e) => ENTITIES[e] ?? e)
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/gu, '$1')
    .trim();
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
  for (const raw of body.split(/\r?\n/u)) {
    const line = raw.trim();
    if (line === '') continue;
    const partOpen = /^<div class="doc-part doc-part-(notice|imprint)"/u.exec(line);
    if (partOpen) {
      part = partOpen[1] as Part;
      continue;
    }
    if (line === '</div>') {
      part = 'body';
      continue;
    }
    if (/^<div class="policy-table-slot"/u.test(line)) continue;
    const heading = /^(#{1,6})\s+(.*)$/u.exec(line);
    const idMatch = ID_MARK.exec(line);
    const id = idMatch?.[1] ?? null;
    const content = idMatch ? line.slice(0, idMatch.index) : line;
    if (heading) {
      const level = heading[1]!.length;
      while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop();
      const text = plainText(content.replace(/^#{1,6}\s+/u, ''));
      if (id) anchor = id;
      blocks.push({ kind: 'heading', level, text, id, anchor, part, path: open.map((o) => o.id).filter((x): x is string => x !== null) });
      open.push({ level, id });
    } else {
      if (id) anchor = id;
      blocks.push({ kind: 'para', level: 0, text: plainText(content), id, anchor, part, path: open.map((o) => o.id).filter((x): x is string => x !== null) });
    }
  }
  return blocks;
}
