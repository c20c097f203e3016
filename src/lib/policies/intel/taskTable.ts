/**
 * A 工作任务清单 (task list) read from a policy's rebuilt appendix table: which table is one, which column
 * holds what, the units named in each row, and the filter values with counts. The columns are found by
 * their header text, so another city's list laid out the same way works too.
 */
import type { PolicyTable } from '../../../schemas/policy';
import { taskFilterValues, type TaskFilterKey, type TaskFilterValues } from './taskFilter';

/** CSV and display columns, in the order the plans' own task tables use (action, task, measure, lead, responsible units, deadline). */
export const TASK_COLUMNS = ['提升行动', '主要工作任务', '具体措施', '牵头单位', '责任单位', '完成时限'] as const;

export type TaskField = 'action' | 'task' | 'measure' | 'lead' | 'responsible' | 'deadline';

/** Header text that identifies each column (first match wins; the first column names a group). */
const HEADER_RULES: ReadonlyArray<readonly [TaskField, RegExp]> = [
  ['action', /提升行动|重点工程|行动|工程/u],
  ['task', /主要工作任务|工作任务|主要任务/u],
  ['measure', /具体措施|措施|工作内容/u],
  ['lead', /牵头单位|牵头部门/u],
  ['responsible', /责任单位|配合单位|参与单位|责任部门/u],
  ['deadline', /完成时限|时限|完成时间/u],
];

export interface TaskRow {
  /** 1-based position in the table. */
  index: number;
  /** Row id on the document page (policyTableHast.ts renders `${tableId}-r${index}`). */
  rowId: string;
  /** Header group (0: 提升行动, 1: 重点工程 …) and its first header cell. */
  group: number;
  groupLabel: string;
  action: string;
  task: string;
  measure: string;
  lead: string;
  responsible: string;
  deadline: string;
  /** Units named in 牵头单位 / 责任单位, split at 、，; and spaces. */
  leadUnits: string[];
  responsibleUnits: string[];
}

/** True for a table with 牵头单位 and 完成时限 columns: a task list. */
export function isTaskTable(table: PolicyTable): boolean {
  const h = table.headers[0] ?? [];
  return h.some((c) => /牵头单位|牵头部门/u.test(c)) && h.some((c) => /完成时限|时限|完成时间/u.test(c));
}

/** Column index of each field in one header row (-1 when the list has no such column). */
export function columnsOf(header: readonly string[]): Record<TaskField, number> {
  const out = { action: -1, task: -1, measure: -1, lead: -1, responsible: -1, deadline: -1 } as Record<
    TaskField,
    number
  >;
  header.forEach((cell, i) => {
    const rule = HEADER_RULES.find(([field, re]) => out[field] === -1 && re.test(cell));
    if (rule) out[rule[0]] = i;
  });
  return out;
}

const OPENING = '（(〔［[【〈《';
const CLOSING = '）)〕］]】〉》';
const UNIT_SEPARATOR = /[、，,；;\s\u3000]/u;

/**
 * Units in a 牵头单位 / 责任单位 cell. A run the source printed without a separator stays one unit,
 * and a separator inside brackets belongs to the name: 各县（市、区）人民政府 is one unit.
 */
export function splitUnits(cell: string): string[] {
  const units: string[] = [];
  let current = '';
  let depth = 0;
  for (const ch of cell) {
    if (OPENING.includes(ch)) depth += 1;
    else if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && UNIT_SEPARATOR.test(ch)) {
      units.push(current);
      current = '';
    } else current += ch;
  }
  units.push(current);
  return units.map((s) => s.trim()).filter(Boolean);
}

/** The rows of a task table. `tableId` is the id PolicyTable gives the table (t1 for the first). */
export function taskRows(table: PolicyTable, tableId: string): TaskRow[] {
  return table.rows.map((r, i) => {
    const header = table.headers[r.group] ?? table.headers[0] ?? [];
    const cols = columnsOf(header);
    const cell = (f: TaskField): string => (cols[f] >= 0 ? (r.cells[cols[f]] ?? '') : '');
    return {
      index: i + 1,
      rowId: `${tableId}-r${i + 1}`,
      group: r.group,
      groupLabel: header[0] ?? '',
      action: cell('action'),
      task: cell('task'),
      measure: cell('measure'),
      lead: cell('lead'),
      responsible: cell('responsible'),
      deadline: cell('deadline'),
      leadUnits: splitUnits(cell('lead')),
      responsibleUnits: splitUnits(cell('responsible')),
    };
  });
}

export interface FacetValue {
  value: string;
  count: number;
}

/** Filter values with the number of rows each matches (by taskMatches' rule), most rows first. */
export function taskFacets(rows: readonly TaskRow[]): Record<TaskFilterKey, FacetValue[]> {
  const values = rows.map(taskFilterValues);
  const count = (of: (v: TaskFilterValues) => readonly string[]): FacetValue[] => {
    const m = new Map<string, number>();
    for (const v of values) for (const x of new Set(of(v))) m.set(x, (m.get(x) ?? 0) + 1);
    return [...m]
      .map(([value, n]) => ({ value, count: n }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'));
  };
  return { lead: count((v) => v.lead), responsible: count((v) => v.responsible), deadline: count((v) => [v.deadline]) };
}
