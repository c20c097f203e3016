/**
 * Tab-separated tables (the 湛江 工作任务清单 and tables like it). Rules, not per-file cases:
 * - the first row is the header; a later row whose cells after the first equal the header's is a
 *   repeated header (page break), never a data row: it starts a new group labelled by its first cell
 *   (五大提升行动 → 六大重点工程; an identical repeat simply repeats the label);
 * - a row whose only non-empty cell continues a cell of the row above (a page break inside a cell)
 *   is merged into that cell;
 * - leading blank cells mean "same as above" and are filled from the row above (recorded in `inherited`);
 * - other blank cells stay blank.
 */
import { stripSpaces, tidySpaces, trimSpaces, ENDS_SENTENCE } from './text.ts';

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
  const first = line.indexOf('\t');
  return first >= 0 && line.indexOf('\t', first + 1) >= 0;
}

/** Last characters of an organisation name (市教育局, 市科协, 团市委, 市委宣传部, 人民政府 …). */
const UNIT_END = /[局委办协会府部院校队站所心厅馆联处室社团]$/u;
/** First characters of an organisation name in a list of units. */
const UNIT_START = /^[市县区团各省中国]/u;

/**
 * Spaces inside a cell: between CJK characters they are PDF artefacts (市文 明办 → 市文明办, 市委 宣传部 →
 * 市委宣传部) except where they separate two organisation names (市教育局 市科协, 市科协 团市委): the
 * text before ends like a unit and the text after starts like one. Those stay as one space.
 */
export function tidyCell(cell: string): string {
  const t = trimSpaces(cell);
  const SEP = '\u0001';
  const marked = t.replace(
    /([\u4e00-\u9fff）)])[ \u00a0\u3000]+(?=[\u4e00-\u9fff])/gu,
    (all: string, before: string, offset: number) => {
      const next = t.slice(offset + all.length);
      return UNIT_END.test(before) && UNIT_START.test(next) ? before + SEP : all;
    },
  );
  return tidySpaces(marked).replaceAll(SEP, ' ');
}

export function parseTable(lines: readonly string[]): ParsedTable {
  const raw = lines.filter((l) => l.trim() !== '').map((l) => l.split('\t').map(tidyCell));
  // Trailing tabs add empty columns; the table is as wide as its last column holding any text.
  const width = raw.reduce(
    (max, r) =>
      Math.max(
        max,
        r.reduce((w, c, i) => (c !== '' ? i + 1 : w), 0),
      ),
    0,
  );
  const padded = raw.map((r) => [...r.slice(0, width), ...Array<string>(Math.max(0, width - r.length)).fill('')]);
  const [header, ...body] = padded;
  if (!header) return { headers: [], rows: [] };
  const headerTail = stripSpaces(header.slice(1).join('\t'));
  const headers: string[][] = [header];
  const rows: TableRow[] = [];
  for (const cells of body) {
    if (stripSpaces(cells.slice(1).join('\t')) === headerTail && cells[0] !== '') {
      // A header printed again (page break) is never a data row; it starts a group (labelled by its first cell).
      headers.push(cells);
      continue;
    }
    const filled = cells.map((c, i) => ({ c, i })).filter(({ c }) => c !== '');
    const prev = rows[rows.length - 1];
    // Continuation: a single non-empty cell following a cell that did not end its sentence (page break inside a cell).
    if (prev && filled.length === 1) {
      const col = filled[0]?.i ?? 0;
      const above = prev.cells[col] ?? '';
      if (above !== '' && !ENDS_SENTENCE.test(above) && prev.group === headers.length - 1) {
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
    rows.push(
      inherited.length
        ? { group: headers.length - 1, cells: out, inherited }
        : { group: headers.length - 1, cells: out },
    );
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
