// The build's clause-reference rule, applied when an editor saves: the same function
// (src/lib/policies/clauseRefs.ts findBrokenClauseRefs) over the clause files the build emitted,
// one per policy document (/admin/clauses/<slug>.json, src/lib/policies/clauseFiles.ts), so the CMS
// refuses a reference the next build would refuse. Only the files of the documents the entry names
// are fetched; a document without a file (404) does not exist.
import { findBrokenClauseRefs, type ClauseRef, type PolicyClauseIndex } from '../src/lib/policies/clauseRefs';
import { clauseFilePath, indexOfClauseDocuments, type ClauseDocument } from '../src/lib/policies/clauseFiles';

/**
 * A document's clause file as the last build emitted it: null when there is none (404, or a
 * document name that is not a slug), so the document does not exist; undefined when it could not
 * be read (another HTTP status). A network error rejects.
 */
async function fetchClauseDocument(slug: string, init?: RequestInit): Promise<ClauseDocument | null | undefined> {
  const path = clauseFilePath(slug);
  if (!path) return null;
  const response = await fetch(path, init);
  if (response.status === 404) return null;
  return response.ok ? ((await response.json()) as ClauseDocument) : undefined;
}

const opened = new Map<string, Promise<ClauseDocument | null | undefined>>();
/** For the picker: each document's file is read once per page; a missing or unreadable one is asked again next time. */
export function loadClauseDocument(slug: string): Promise<ClauseDocument | null | undefined> {
  let pending = opened.get(slug);
  if (!pending) {
    pending = fetchClauseDocument(slug);
    opened.set(slug, pending);
    const forget = () => opened.delete(slug);
    void pending.then((doc) => {
      if (!doc) forget();
    }, forget);
  }
  return pending;
}

/**
 * For the save check: the clause index over the documents the entry names, as the last build
 * emitted them (read afresh: the local server rebuilds after every save). A document without a file
 * is left out, so the check reports it missing; undefined when a file could not be read, and the
 * check is then skipped.
 */
export async function loadClauseIndex(documents: readonly string[]): Promise<PolicyClauseIndex | undefined> {
  const found = await Promise.all([...new Set(documents)].map((d) => fetchClauseDocument(d, { cache: 'no-store' })));
  if (found.includes(undefined)) return undefined;
  return indexOfClauseDocuments(found.filter((d): d is ClauseDocument => d !== null && d !== undefined));
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

/** The policy documents an entry's clause references name, each once, in order. */
export function referencedDocuments(collection: string, data: Record<string, unknown>): string[] {
  const refs = clauseRefsOf(collection, data)?.refs;
  const list = Array.isArray(refs) ? refs : refs ? [refs] : [];
  return [...new Set(list.map((r) => r?.document).filter((d): d is string => typeof d === 'string' && d !== ''))];
}

/** Messages for the editor (Chinese, naming the 相关政策条款 item); empty when every reference exists. */
export function clauseProblems(collection: string, data: Record<string, unknown>, index: PolicyClauseIndex): string[] {
  const found = clauseRefsOf(collection, data);
  if (!found) return [];
  return findBrokenClauseRefs([{ file: '', ...found }], index).map((message) => {
    const m = /字段 relatedClauses?(?:\.(\d+))?\.(?:document|clause)：(.*)$/.exec(message);
    if (!m) return message;
    const item = m[1] === undefined ? '相关政策条款' : `相关政策条款第 ${Number(m[1]) + 1} 项`;
    return `${item}：${m[2]}，请从列表中选择`;
  });
}
