/**
 * 引用本条: the citation text for every clause of a document — title, 文号, clause number and the URL
 * with the clause's anchor — computed at build time so the copy control only copies.
 *
 *   湛江市人民政府关于印发《…》的通知（湛府〔2022〕40号）第三部分第（一）项“实施青少年科学素质提升行动”，https://…/policies/zhanjiang-…/#s3-1
 */
import type { Block } from '../body';
import { numberingOf, spokenNumbering, withoutNumbering } from '../numbering';

export interface CiteDoc {
  slug: string;
  title: string;
  docNumber: string | null;
  docNumberIncomplete: boolean;
}

/** 文号 as a citation gives it: a blank serial said plainly, none said plainly; never invented. */
export function docNumberForCitation(d: Pick<CiteDoc, 'docNumber' | 'docNumberIncomplete'>): string {
  if (!d.docNumber) return '无文号';
  return d.docNumberIncomplete ? `${d.docNumber}，原文文号未填写完整` : d.docNumber;
}

const EXCERPT = 30;

/** Heading or clause text for a citation: numbering removed, closing punctuation removed, long text cut. */
function quoteOf(text: string): string {
  const t = withoutNumbering(text).replace(/[。．.：:；;，,\s]+$/u, '');
  return [...t].length > EXCERPT ? `${[...t].slice(0, EXCERPT).join('')}…` : t;
}

/** Clause position from the numbering of the clause and the headings above it: 第三部分第（一）项第1条. */
export function clauseNumber(block: Block, byId: ReadonlyMap<string, Block>): string {
  const chain = [...block.path.map((id) => byId.get(id)).filter((b): b is Block => b !== undefined), block];
  return chain.map((b) => spokenNumbering(numberingOf(b.text))).join('');
}

/** The citation for one clause. */
export function citeClause(doc: CiteDoc, block: Block, byId: ReadonlyMap<string, Block>, pageUrl: string): string {
  const where = clauseNumber(block, byId);
  return `${doc.title}（${docNumberForCitation(doc)}）${where}“${quoteOf(block.text)}”，${pageUrl}#${block.id}`;
}

/** Citation text for every block with an id (headings and numbered clauses). */
export function clauseCitations(doc: CiteDoc, blocks: readonly Block[], pageUrl: string): Record<string, string> {
  const byId = new Map(blocks.filter((b) => b.id).map((b) => [b.id!, b]));
  const out: Record<string, string> = {};
  for (const b of blocks) if (b.id) out[b.id] = citeClause(doc, b, byId, pageUrl);
  return out;
}

/** The citation of the whole document. */
export function citeDocument(doc: CiteDoc, pageUrl: string): string {
  return `${doc.title}（${docNumberForCitation(doc)}），${pageUrl}`;
}
