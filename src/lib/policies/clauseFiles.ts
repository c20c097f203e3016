/**
 * The clause files the build emits for the CMS: one small JSON file per policy document,
 * /admin/clauses/<slug>.json, holding that document's title and clauses (id and heading text).
 * The 相关政策条款 picker and the save check (cms/clauseCheck.ts) fetch only the documents an entry
 * names, so what the CMS downloads does not grow with the archive. Shared by the writer
 * (src/pages/admin/clauses/[document].json.ts) and the reader, so both name the files alike.
 */
import { POLICY_SLUG_PATTERN } from '../../schemas/article';
import type { PolicyClauseIndex } from './clauseRefs';

/** One document's clause file. */
export interface ClauseDocument {
  slug: string;
  title: string;
  clauses: { id: string; label: string }[];
}

/** The URL of a document's clause file; undefined for anything but a policy slug (no such file is emitted). */
export function clauseFilePath(slug: string): string | undefined {
  return POLICY_SLUG_PATTERN.test(slug) ? `/admin/clauses/${slug}.json` : undefined;
}

/** Every document's clause file, in the index's order; a document id that is not a slug stops the build. */
export function clauseDocuments(index: PolicyClauseIndex): ClauseDocument[] {
  return [...index].map(([slug, doc]) => {
    if (!clauseFilePath(slug))
      throw new Error(`政策文件「${slug}」的 slug 不合规（只能用小写字母、数字和连字符），无法生成条款列表`);
    return { slug, title: doc.title, clauses: [...doc.clauses].map(([id, label]) => ({ id, label })) };
  });
}

/** The clause index over some documents' clause files (the documents an entry names). */
export function indexOfClauseDocuments(documents: readonly ClauseDocument[]): PolicyClauseIndex {
  return new Map(
    documents.map((d) => [d.slug, { title: d.title, clauses: new Map(d.clauses.map((c) => [c.id, c.label])) }]),
  );
}
