/**
 * CSV as Excel and every CSV reader expect it: RFC 4180 quoting, CRLF line ends, UTF-8 with a BOM so
 * that Excel on Windows reads the Chinese text correctly.
 */
import { TASK_COLUMNS, type TaskRow } from './taskTable';

/**
 * A cell a spreadsheet would run as a formula: OWASP's CSV injection rule (=, +, -, @, tab, CR
 * first) prefixes it with a single quote, so Excel and WPS show it as text. Spreadsheets also skip
 * leading spaces and tabs before a formula, and WPS and Excel with a Chinese input method read the
 * full-width ＝＋－＠ as formula signs, so those count too.
 */
const FORMULA_START = /^(?:[\t\r]|[ \t\u3000\u00a0]*[=+\-@＝＋－＠])/u;

/**
 * One field: quoted when it holds a comma, a quote, a line break or leading/trailing spaces;
 * a would-be formula gets a leading ' (and quotes), so the text reads the same, never computed.
 */
export function csvField(value: string): string {
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/gu, '""')}"`;
  return /[",\r\n]|^\s|\s$/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

/** A whole CSV file (BOM, CRLF, a final CRLF). */
export function toCsv(rows: ReadonlyArray<readonly string[]>): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The task list with the columns 提升行动, 主要工作任务, 具体措施, 牵头单位, 责任单位, 完成时限. */
export function tasksCsv(rows: readonly TaskRow[]): string {
  return toCsv([
    [...TASK_COLUMNS],
    ...rows.map((r) => [r.action, r.task, r.measure, r.lead, r.responsible, r.deadline]),
  ]);
}
