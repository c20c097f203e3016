/**
 * Checks that every policy clause an article or event cites exists, so a typo in a clause id
 * stops the build instead of shipping a dead anchor. Pure: the caller supplies the known clause ids.
 */
import { markedBlocks } from './bodyFormat';

export interface ClauseRef {
  document: string;
  clause: string;
}

/** What the policy library offers: document slug → its title and clause id → clause heading. */
export type PolicyClauseIndex = ReadonlyMap<string, { title: string; clauses: ReadonlyMap<string, string> }>;

/**
 * The clause references of one content file: `field` is the frontmatter field, holding a list
 * (articles' relatedClauses, whose items are named field.0, field.1 …) or one reference
 * (events' relatedClause) or nothing.
 */
export interface ClauseRefSource {
  file: string;
  field: string;
  refs: readonly ClauseRef[] | ClauseRef | null | undefined;
}

/** One message per broken reference, naming the file and the field. */
export function findBrokenClauseRefs(sources: readonly ClauseRefSource[], index: PolicyClauseIndex): string[] {
  const errors: string[] = [];
  for (const { file, field, refs } of sources) {
    const cited: [string, ClauseRef][] = Array.isArray(refs)
      ? refs.map((ref: ClauseRef, i) => [`${field}.${i}`, ref])
      : refs
        ? [[field, refs as ClauseRef]]
        : [];
    for (const [path, ref] of cited) {
      const doc = index.get(ref.document);
      if (!doc) errors.push(`${file}：字段 ${path}.document：政策文件「${ref.document}」不存在`);
      else if (!doc.clauses.has(ref.clause))
        errors.push(`${file}：字段 ${path}.clause：「${doc.title}」中没有条款 ${ref.clause}`);
    }
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
    const text = block.text
      .replace(/[*_`]/g, '')
      .replace(/[。；]$/u, '')
      .trim();
    labels.set(block.id, text.length > CLAUSE_LABEL_MAX ? `${text.slice(0, CLAUSE_LABEL_MAX)}…` : text);
  }
  return labels;
}
