// The build's clause-reference rule, applied when an editor saves: the same function
// (src/lib/policies/clauseRefs.ts findBrokenClauseRefs) over the clause index the build emitted at
// /admin/clauses.json, so the CMS refuses a reference the next build would refuse.
import { findBrokenClauseRefs, type ClauseRef, type PolicyClauseIndex } from '../src/lib/policies/clauseRefs';

export const CLAUSES_PATH = '/admin/clauses.json';

export interface ClauseCatalog {
  documents: { slug: string; title: string; clauses: { id: string; label: string }[] }[];
}

export function indexOfCatalog(catalog: ClauseCatalog): PolicyClauseIndex {
  return new Map(
    catalog.documents.map((d) => [d.slug, { title: d.title, clauses: new Map(d.clauses.map((c) => [c.id, c.label])) }]),
  );
}

let cached: Promise<ClauseCatalog> | undefined;
export function loadCatalog(): Promise<ClauseCatalog> {
  cached ??= fetch(CLAUSES_PATH).then((r) => (r.ok ? (r.json() as Promise<ClauseCatalog>) : { documents: [] }));
  return cached;
}

/** The clause references of an entry, by collection: articles list them, events have at most one. */
function clauseRefsOf(
  collection: string,
  data: Record<string, unknown>,
): { field: string; refs: ClauseRef[] | ClauseRef | null } | null {
  if (collection === 'articles')
    return { field: 'relatedClauses', refs: (data.relatedClauses as ClauseRef[] | undefined) ?? [] };
  if (collection === 'events') {
    const ref = data.relatedClause as ClauseRef | undefined;
    return { field: 'relatedClause', refs: ref?.document || ref?.clause ? ref : null };
  }
  return null;
}

/** Messages for the editor (Chinese, naming the 相关政策条款 item); empty when every reference exists. */
export function clauseProblems(collection: string, data: Record<string, unknown>, index: PolicyClauseIndex): string[] {
  const found = clauseRefsOf(collection, data);
  if (!found || index.size === 0) return [];
  return findBrokenClauseRefs([{ file: '', ...found }], index).map((message) => {
    const m = /字段 relatedClauses?(?:\.(\d+))?\.(?:document|clause)：(.*)$/.exec(message);
    if (!m) return message;
    const item = m[1] === undefined ? '相关政策条款' : `相关政策条款第 ${Number(m[1]) + 1} 项`;
    return `${item}：${m[2]}，请从列表中选择`;
  });
}
