/**
 * Tab-separated tables (the 湛江 工作任务清单 and tables like it). Rules, not per-file cases:
 * - the first row is the header; a later row whose cells after the first equal the header's is a
 *   repeated header (page break) and starts a new group labelled by its first cell (五大提升行动 → 六大重点工程);
 * - a row whose only non-empty cell continues a cell of the row above (a page break inside a cell)
 *   is merged into that cell;
 * - leading blank cells mean "same as above" and are filled from the row above (recorded in `inherited`);
 * - other blank cells stay blank.
 */
import { HAN, stripSpaces, tidySpaces, ENDS_SENTENCE } from './text.ts';

export interface TableRow {
  /** Index into `headers` (which header row this row stands under). */
  group: number;
  /** Cell texts, leading blanks filled from the row above. */
  cells: string[];
  /** Columns whose cell was blank in the source and was filled from the row above. */
  inherited?: number[];
  /** Cells the source continued on a later line (a page break inside the cell): column and offset. */
  breaks?: Array<{ column: number; at: number }>;
}

export interface ParsedTable {
  /** Header rows as written: the first, then each repeated header that starts a new group. */
  headers: string[][];
  rows: TableRow[];
}

/** True for a line that is a row of a tab-separated table (at least two tabs). */
export function isTableLine(line: string): boolean {
  return (line.match(/\t/gu)?.length ?? 0) >= 2;
}

/**
 * Spaces inside a cell: between CJK characters they are PDF artefacts (市文 明办 → 市文明办) except
 * where they separate list items of the same kind (市教育局 市科协: the next item starts like the first).
 */
export function tidyCell(cell: string): string {
  const t = cell.replace(/^[ \u00a0\u3000]+|[ \u00a0\u3000]+$/gu, '');
  const first = t[0] ?? '';
  const SEP = '\u0001';
  const marked = t.replace(/([\u4e00-\u9fff）)])[ \u00a0\u3000]+(?=[\u4e00-\u9fff])/gu, (all: string, before: string, offset: number) => {
    const next = t[offset + all.length] ?? '';
    return HAN.test(first) && next === first ? before + SEP : all;
  });
  return tidySpaces(marked).replaceAll(SEP, ' ');
}

export function parseTable(lines: readonly string[]): ParsedTable {
  const raw = lines.filter((l) => l.trim() !== '').map((l) => l.split('\t').map(tidyCell));
  const width = Math.max(...raw.map((r) => r.length));
  const padded = raw.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
  const [header, ...body] = padded;
  if (!header) return { headers: [], rows: [] };
  const headerTail = stripSpaces(header.slice(1).join('\t'));
  const headers: string[][] = [header];
  const rows: TableRow[] = [];
  for (const cells of body) {
    if (stripSpaces(cells.slice(1).join('\t')) === headerTail && cells[0] !== '') {
      headers.push(cells);
      continue;
    }
    const filled = cells.map((c, i) => ({ c, i })).filter(({ c }) => c !== '');
    const prev = rows[rows.length - 1];
    // Continuation: a single non-empty cell, not in a leading column, following a cell that did not end its sentence.
    if (prev && filled.length === 1) {
      const col = filled[0]?.i ?? 0;
      const above = prev.cells[col] ?? '';
      if (col > 0 && above !== '' && !ENDS_SENTENCE.test(above) && prev.group === headers.length - 1) {
        prev.cells[col] = above + (filled[0]?.c ?? '');
        prev.breaks = [...(prev.breaks ?? []), { column: col, at: above.length }];
        continue;
      }
    }
    const inherited: number[] = [];
    const out = [...cells];
    if (prev && prev.group === headers.length - 1) {
      for (let i = 0; i < out.length - 1 && out[i] === ''; i++) {
        out[i] = prev.cells[i] ?? '';
        inherited.push(i);
      }
    }
    rows.push(inherited.length ? { group: headers.length - 1, cells: out, inherited } : { group: headers.length - 1, cells: out });
  }
  return { headers, rows };
}

/** The source text of a parsed table, for the conservation check (inherited cells were blank). */
export function tableSourceText(table: ParsedTable): string {
  const parts: string[] = [];
  table.headers.forEach((header, group) => {
    parts.push(...header);
    for (const row of table.rows) {
      if (row.group !== group) continue;
      const cut = (i: number): number => row.breaks?.find((b) => b.column === i)?.at ?? Infinity;
      row.cells.forEach((c, i) => {
        if (!row.inherited?.includes(i)) parts.push(c.slice(0, cut(i)));
      });
      for (const b of row.breaks ?? []) {
        const c = row.cells[b.column] ?? '';
        const next = row.breaks?.find((x) => x.column === b.column && x.at > b.at)?.at ?? c.length;
        parts.push(c.slice(b.at, next));
      }
    }
  });
  return parts.join('');
}
