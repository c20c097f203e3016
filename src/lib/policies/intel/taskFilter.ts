/**
 * Filters of a task list (牵头单位, 责任单位, 完成时限): the values a row has for each, how they travel
 * on the row's <tr> (data-lead="市科协|市教育局" …), the rule a row matches by, and the URL
 * (?lead=市科协&deadline=每年实施). The task page's script and the unit tests both use this module.
 */
import { pickParams } from '../../site/queryParams';
import type { TaskRow } from './taskTable';

export const TASK_FILTER_KEYS = ['lead', 'responsible', 'deadline'] as const;
export type TaskFilterKey = (typeof TASK_FILTER_KEYS)[number];

/** Chosen value of each filter; a missing or empty one means 全部. */
export type TaskFilter = Partial<Record<TaskFilterKey, string>>;

/** The 完成时限 value of a row that gives none. */
export const NO_DEADLINE = '未注明';

/** What a row offers each filter: the units it names, and its 完成时限. */
export interface TaskFilterValues {
  lead: readonly string[];
  responsible: readonly string[];
  deadline: string;
}

export function taskFilterValues(r: Pick<TaskRow, 'leadUnits' | 'responsibleUnits' | 'deadline'>): TaskFilterValues {
  return { lead: r.leadUnits, responsible: r.responsibleUnits, deadline: r.deadline || NO_DEADLINE };
}

/** Units are joined with | on the row: no unit name contains one (splitUnits cuts at 、，; and spaces). */
const UNIT_JOIN = '|';

/** The data-* attributes of a row's <tr>, read back by taskValuesFromData. */
export function taskRowData(v: TaskFilterValues): Record<TaskFilterKey, string> {
  return { lead: v.lead.join(UNIT_JOIN), responsible: v.responsible.join(UNIT_JOIN), deadline: v.deadline };
}

export function taskValuesFromData(data: Partial<Record<TaskFilterKey, string>>): TaskFilterValues {
  const units = (s: string | undefined): string[] => (s ? s.split(UNIT_JOIN) : []);
  return { lead: units(data.lead), responsible: units(data.responsible), deadline: data.deadline ?? NO_DEADLINE };
}

/** True when the row names every chosen unit and has the chosen 完成时限. */
export function taskMatches(v: TaskFilterValues, f: TaskFilter): boolean {
  return (
    (!f.lead || v.lead.includes(f.lead)) &&
    (!f.responsible || v.responsible.includes(f.responsible)) &&
    (!f.deadline || v.deadline === f.deadline)
  );
}

export function filterTasks<T extends TaskRow>(rows: readonly T[], f: TaskFilter): T[] {
  return rows.filter((r) => taskMatches(taskFilterValues(r), f));
}

/** The filters a query string chooses (other parameters are ignored). */
export function taskFilterOf(params: URLSearchParams): TaskFilter {
  return pickParams(params, TASK_FILTER_KEYS);
}
