/**
 * Side-by-side comparison of plans laid out like the 全民科学素质行动 implementation plans: the sections
 * under the heading 提升行动 and the heading 重点工程, aligned by normalized name, one column per plan.
 * A plan without a section gets an empty cell (shown as 未设此项), never a guessed one.
 */
import type { Block } from '../body';
import { withoutNumbering } from '../numbering';

export type SectionKind = 'action' | 'project';
export const SECTION_LABEL: Record<SectionKind, string> = { action: '提升行动', project: '重点工程' };

export interface PlanSection {
  kind: SectionKind;
  /** Heading id on the plan's page. */
  id: string;
  /** Heading as printed (numbering included). */
  heading: string;
  /** Name without numbering, 实施 and closing punctuation: 青少年科学素质提升行动. */
  name: string;
  /** Alignment key (see sectionKey). */
  key: string;
}

/** Name of a section heading: numbering, a leading 实施 and closing punctuation removed. */
export function sectionName(heading: string): string {
  return withoutNumbering(heading)
    .replace(/^实施/u, '')
    .replace(/[。．.：:；;，,\s]+$/u, '');
}

/**
 * Alignment key: the name without the words plans add or drop freely (建设, 队伍), so that
 * 科普基础设施工程 = 科普基础设施建设工程 and 科普人才建设工程 = 科普人才队伍建设工程.
 */
export function sectionKey(name: string): string {
  return name.replace(/建设|队伍/gu, '');
}

const PARENT: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['action', /^[\p{Script=Han}]{0,4}提升行动$/u],
  ['project', /^[\p{Script=Han}]{0,4}重点工程$/u],
];

/** The 提升行动 and 重点工程 of one plan: the headings directly under a heading so named. */
export function planSections(blocks: readonly Block[]): PlanSection[] {
  const out: PlanSection[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== 'heading') return;
    const kind = PARENT.find(([, re]) => re.test(sectionName(b.text)))?.[0];
    if (!kind) return;
    let childLevel = 0;
    for (const c of blocks.slice(i + 1)) {
      if (c.kind !== 'heading') continue;
      if (c.level <= b.level) break;
      childLevel ||= c.level;
      if (c.level !== childLevel || !c.id) continue;
      const name = sectionName(c.text);
      out.push({ kind, id: c.id, heading: c.text, name, key: sectionKey(name) });
    }
  });
  return out;
}

export interface ComparePlan {
  slug: string;
  /** Short column label (e.g. 益阳市). */
  label: string;
  sections: PlanSection[];
}

export interface CompareRow {
  kind: SectionKind;
  key: string;
  /** Row label: the name most plans use (ties: the first plan's). */
  name: string;
  /** One cell per plan, in plan order; null when the plan lacks the section. */
  cells: Array<PlanSection | null>;
}

/** Rows in the order sections first appear, plan by plan; 提升行动 before 重点工程. */
export function compareRows(plans: readonly ComparePlan[]): CompareRow[] {
  const rows: CompareRow[] = [];
  for (const kind of ['action', 'project'] as const) {
    const keys: string[] = [];
    for (const p of plans) for (const s of p.sections) if (s.kind === kind && !keys.includes(s.key)) keys.push(s.key);
    for (const key of keys) {
      const cells = plans.map((p) => p.sections.find((s) => s.kind === kind && s.key === key) ?? null);
      const names = cells.filter((c): c is PlanSection => c !== null).map((c) => c.name);
      const count = (n: string): number => names.filter((x) => x === n).length;
      const name = names.reduce((best, n) => (count(n) > count(best) ? n : best), names[0] ?? key);
      rows.push({ kind, key, name, cells });
    }
  }
  return rows;
}

/** Column label for a plan: the place its title starts with (益阳市, 南湖新区, 湛江市, 澧县). */
export function planLabel(title: string): string {
  const t = /关于印发《(.+?)》/u.exec(title)?.[1] ?? title;
  return /^([\p{Script=Han}]{1,6}?(?:自治区|省|自治州|市|新区|县|区|旗))/u.exec(t)?.[1] ?? t.slice(0, 6);
}
