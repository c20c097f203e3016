/**
 * Policy intelligence for the whole library, computed once per build (module-level cache) from the
 * policy collection: parsed bodies, the citation graph, the plan comparison, the targets, the task
 * lists and the revision history. Pages only read from it.
 */
import { loadLibrary, type PolicyEntry } from '../load';
import { parseBody, type Block } from '../body';
import { compareRows, planLabel, planSections, type ComparePlan, type CompareRow } from './compare';
import { buildLineage, type Lineage } from './lineage';
import { historyOf, type RevisionHistory } from '../../site/revisions';
import { extractTargets, type Target } from './targets';
import { isTaskTable, taskRows, type TaskRow } from './taskTable';
import { levelOfTitle } from '../titleKey';
import { CONTENT_DIR, contentFile } from '../../build/contentPaths';
import { site } from '../../../config/site';

export interface TaskList {
  /** Index of the table in the document's front matter, and its id on the page (t1 …). */
  table: number;
  tableId: string;
  caption: string | null;
  rows: TaskRow[];
}

export interface Intel {
  entries: PolicyEntry[];
  /** The same entries by id: pages look their own document up here, not by a pass over all of them. */
  byId: Map<string, PolicyEntry>;
  blocks: Map<string, Block[]>;
  lineage: Lineage;
  plans: ComparePlan[];
  compare: CompareRow[];
  targets: Map<string, Target[]>;
  /** The first task list of each document that has one. */
  tasks: Map<string, TaskList>;
  revisions: Map<string, RevisionHistory>;
}

let cached: Promise<Intel> | null = null;

export function loadIntel(): Promise<Intel> {
  cached ??= (async () => {
    const { entries } = await loadLibrary();
    const byId = new Map(entries.map((e) => [e.id, e]));
    const blocks = new Map(entries.map((e) => [e.id, parseBody(e.body ?? '')]));
    const lineage = buildLineage(
      entries.map((e) => ({
        slug: e.id,
        title: e.data.title,
        documentTitle: e.data.documentTitle,
        docNumber: e.data.docNumber,
        docNumberIncomplete: e.data.docNumberIncomplete,
        body: e.body ?? '',
      })),
    );
    const plans: ComparePlan[] = entries
      .map((e) => ({ slug: e.id, label: planLabel(e.data.title), sections: planSections(blocks.get(e.id) ?? []) }))
      .filter((p) => p.sections.length > 0)
      // The site's own city first, then higher administrative levels, then by name.
      .map((p) => ({
        p,
        home: site.region.includes(p.label) ? 0 : 1,
        level: levelOfTitle(byId.get(p.slug)?.data.documentTitle ?? p.label) ?? 9,
      }))
      .sort((a, b) => a.home - b.home || a.level - b.level || a.p.label.localeCompare(b.p.label, 'zh-CN'))
      .map(({ p }) => p);
    const targets = new Map(entries.map((e) => [e.id, extractTargets(blocks.get(e.id) ?? [])]));
    const tasks = new Map<string, TaskList>();
    for (const e of entries) {
      const i = e.data.tables.findIndex(isTaskTable);
      if (i < 0) continue;
      const table = e.data.tables[i]!;
      tasks.set(e.id, { table: i, tableId: `t${i + 1}`, caption: table.caption, rows: taskRows(table, `t${i + 1}`) });
    }
    const files = new Map(entries.map((e) => [e.id, e.filePath ?? contentFile('policies', `${e.id}.md`)]));
    const revisions = new Map(entries.map((e) => [e.id, historyOf(files.get(e.id)!, CONTENT_DIR)]));
    return { entries, byId, blocks, lineage, plans, compare: compareRows(plans), targets, tasks, revisions };
  })();
  return cached;
}
