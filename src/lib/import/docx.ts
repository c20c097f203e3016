/**
 * Word (.docx) notices → the same line-based text a .txt import reads: one line per paragraph or
 * heading, a soft line break starts a new line, each table row is one tab-separated line (cells a
 * merged cell covers are blank, so the table reader treats them as “same as above”). mammoth reads the
 * document; this module only lays its HTML out as lines. The same text is what
 * /policies/<slug>/source.txt serves for a .docx source, derived again at build time from the kept .docx.
 */
import mammoth from 'mammoth';
import { ImportError } from './rawLines.ts';
import { checkDocxSize } from './zipLimits.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (all, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

interface TableState {
  rows: string[][];
  row: string[] | null;
  cell: string[] | null;
  /** Rows still covered by a cell merged downwards, by column. */
  covered: number[];
  /** colspan and rowspan of the open cell. */
  span: number;
  rowspan: number;
}

const BLOCK = /^(?:p|h[1-6]|li)$/u;

/** mammoth's HTML (a small, well-formed subset) → lines. */
export function htmlToLines(html: string): string[] {
  const lines: string[] = [];
  const tables: TableState[] = [];
  let current: string[] | null = null;
  const flush = (): void => {
    if (current) lines.push(current.join(''));
    current = null;
  };
  const text = (t: string): void => {
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.push(t);
    else {
      current ??= [];
      current.push(t);
    }
  };
  for (const m of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/gu)) {
    const [, closing, tagName, attrs, content] = m;
    if (content !== undefined) {
      text(decodeEntities(content));
      continue;
    }
    const tag = (tagName ?? '').toLowerCase();
    const table = tables[tables.length - 1];
    if (tag === 'table') {
      if (closing) {
        const done = tables.pop();
        if (!done) continue;
        const outer = tables[tables.length - 1];
        const rowTexts = done.rows.map((r) => {
          // Fewer than three columns would not read as a table row (two tabs): pad with an empty column.
          const cells = r.length < 3 ? [...r, ...Array<string>(3 - r.length).fill('')] : r;
          return cells.map((c) => c.replace(/[\t\n]+/gu, ' ')).join('\t');
        });
        // A table inside a cell is read as that cell's text.
        if (outer?.cell) outer.cell.push(done.rows.map((r) => r.join('')).join(''));
        else {
          flush();
          lines.push('', ...rowTexts, '');
        }
      } else {
        if (!table?.cell) flush();
        tables.push({ rows: [], row: null, cell: null, covered: [], span: 1, rowspan: 1 });
      }
      continue;
    }
    if (table && !table.cell && (tag === 'tr' || tag === 'td' || tag === 'th')) {
      if (tag === 'tr' && !closing) {
        table.row = [];
      } else if (tag === 'tr' && closing) {
        const row = table.row ?? [];
        while ((table.covered[row.length] ?? 0) > 0) {
          table.covered[row.length] = (table.covered[row.length] ?? 1) - 1;
          row.push('');
        }
        table.rows.push(row);
        table.row = null;
      } else if (!closing) {
        const row = table.row ?? [];
        table.row = row;
        // Columns a cell from a row above still covers come first, blank.
        while ((table.covered[row.length] ?? 0) > 0) {
          table.covered[row.length] = (table.covered[row.length] ?? 1) - 1;
          row.push('');
        }
        table.cell = [];
        table.span = Number(/colspan="(\d+)"/u.exec(attrs ?? '')?.[1] ?? 1);
        table.rowspan = Number(/rowspan="(\d+)"/u.exec(attrs ?? '')?.[1] ?? 1);
      }
      continue;
    }
    if (table?.cell && closing && (tag === 'td' || tag === 'th') && tables[tables.length - 1] === table) {
      const row = table.row ?? [];
      table.row = row;
      const { span, rowspan } = table;
      const col = row.length;
      row.push(table.cell.join(''));
      for (let k = 1; k < span; k++) row.push('');
      if (rowspan > 1) for (let k = 0; k < span; k++) table.covered[col + k] = rowspan - 1;
      table.cell = null;
      continue;
    }
    if (tag === 'br') {
      if (table?.cell) continue;
      flush();
      current = [];
      continue;
    }
    if (BLOCK.test(tag)) {
      if (table?.cell) continue;
      if (closing) {
        current ??= [];
        flush();
      } else {
        flush();
        current = [];
      }
    }
  }
  flush();
  return lines;
}

/** A .docx file's bytes? (a zip whose first entry is present: `PK\x03\x04`). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export interface DocxText {
  /** The document as lines, joined with \n: what the importer reads and source.txt serves. */
  text: string;
  /** mammoth's plain text of every paragraph (an independent reading, for the conservation check). */
  rawText: string;
}

/** Read a .docx. Throws ImportError when the file is not a readable Word document. */
export async function readDocx(bytes: Uint8Array): Promise<DocxText> {
  if (!looksLikeZip(bytes))
    throw new ImportError('不是有效的 .docx 文件（Word 2007 及以后的格式）；.doc 请先另存为 .docx');
  // Before mammoth: it unpacks every XML part into memory, however large.
  checkDocxSize(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const ignoreImages = mammoth.images.imgElement(async () => ({ src: '' }));
    const [html, raw] = await Promise.all([
      mammoth.convertToHtml({ buffer }, { convertImage: ignoreImages, ignoreEmptyParagraphs: false }),
      mammoth.extractRawText({ buffer }),
    ]);
    return { text: htmlToLines(html.value).join('\n'), rawText: raw.value };
  } catch (error) {
    throw new ImportError(`无法读取 .docx 文件：${error instanceof Error ? error.message : String(error)}`);
  }
}
