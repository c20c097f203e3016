/**
 * Checks that every policy clause an article cites exists, so a typo in a clause id stops the
 * build instead of shipping a dead anchor. Pure: the caller supplies the known clause ids.
 */
import { markedBlocks } from './policy/bodyFormat';

export interface ClauseRef {
  document: string;
  clause: string;
}

/** What the policy library offers: document slug → its title and clause id → clause heading. */
export type PolicyClauseIndex = ReadonlyMap<string, { title: string; clauses: ReadonlyMap<string, string> }>;

/** One message per broken reference, naming the article file and the field. */
export function findBrokenClauseRefs(
  articles: ReadonlyArray<{ file: string; relatedClauses: readonly ClauseRef[] }>,
  index: PolicyClauseIndex,
): string[] {
  const errors: string[] = [];
  for (const a of articles) {
    a.relatedClauses.forEach((ref, i) => {
      const doc = index.get(ref.document);
      const field = `relatedClauses.${i}`;
      if (!doc) errors.push(`${a.file}：字段 ${field}.document：政策文件「${ref.document}」不存在`);
      else if (!doc.clauses.has(ref.clause)) errors.push(`${a.file}：字段 ${field}.clause：「${doc.title}」中没有条款 ${ref.clause}`);
    });
  }
  return errors;
}

/** The anchor URL of a clause on its policy page. */
export function clauseHref(ref: ClauseRef): string {
  return `/policies/${ref.document}/#${ref.clause}`;
}

/** Longest clause label shown in an article's 相关政策条款 list. */
export const CLAUSE_LABEL_MAX = 40;

/**
 * Clause id → a short label (the heading or the start of the clause) from a policy body in which
 * the importer marked each heading and numbered clause with a trailing `{#id}` (see policy/bodyFormat.ts).
 */
export function clauseLabelsInMarkdown(body: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const block of markedBlocks(body)) {
    const text = block.text.replace(/[*_`]/g, '').replace(/[。；]$/u, '').trim();
    labels.set(block.id, text.length > CLAUSE_LABEL_MAX ? `${text.slice(0, CLAUSE_LABEL_MAX)}…` : text);
  }
  return labels;
}
