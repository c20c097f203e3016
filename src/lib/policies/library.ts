/**
 * The policy library: display facts of each document and the cross-document facts (order, filter
 * counts) computed once per build from the collection. Who cites whom is the citation graph's
 * (lib/policy/lineage.ts).
 */

/** The fields of a policy entry these functions need (a subset of PolicyData). */
export interface PolicyFacts {
  slug: string;
  title: string;
  docType: string;
  docNumber: string | null;
  docNumberIncomplete: boolean;
  issuer: string | null;
  issuedDate: string | null;
  status: 'draft' | 'final';
  documentTitle: string | null;
  manual?:
    | {
        issuer?: string | undefined;
        issuedDate?: string | undefined;
        publishedDate?: string | undefined;
        subject?: string | undefined;
      }
    | undefined;
}

export const STATUS_LABEL: Record<PolicyFacts['status'], string> = { draft: '征求意见稿', final: '正式文件' };
export const UNKNOWN = '未注明';

/** A fact with where it comes from: the text itself, or added by hand (shown as 编者补充). */
export interface Fact {
  value: string | null;
  manual: boolean;
}

export function issuerOf(p: PolicyFacts): Fact {
  if (p.issuer) return { value: p.issuer, manual: false };
  if (p.manual?.issuer) return { value: p.manual.issuer, manual: true };
  return { value: null, manual: false };
}

export function issuedDateOf(p: PolicyFacts): Fact {
  if (p.issuedDate) return { value: p.issuedDate, manual: false };
  if (p.manual?.issuedDate) return { value: p.manual.issuedDate, manual: true };
  return { value: null, manual: false };
}

/** 年份 of a document (from its 成文日期), or null. */
export function yearOf(p: PolicyFacts): number | null {
  const d = issuedDateOf(p).value;
  return d ? Number(d.slice(0, 4)) : null;
}

/** Last year of a planning period in the title, e.g. （2021－2025年） → 2025, for ordering undated plans. */
export function periodEnd(title: string): number | null {
  const m = /(\d{4})\s*[－\-—–~～至]\s*(\d{4})\s*年/u.exec(title);
  return m ? Number(m[2]) : null;
}

/**
 * Newest first by 成文日期. Documents without a date come after the dated ones, ordered by the end of
 * the period their title names (newest first), then by title, so the order is stable.
 */
export function compareNewestFirst(a: PolicyFacts, b: PolicyFacts): number {
  const da = issuedDateOf(a).value;
  const db = issuedDateOf(b).value;
  if (da && db) return db.localeCompare(da) || a.title.localeCompare(b.title, 'zh-CN');
  if (da) return -1;
  if (db) return 1;
  const pa = periodEnd(a.title) ?? 0;
  const pb = periodEnd(b.title) ?? 0;
  return pb - pa || a.title.localeCompare(b.title, 'zh-CN');
}

export type FilterKey = 'issuer' | 'year' | 'type' | 'status';
export const FILTER_LABEL: Record<FilterKey, string> = {
  issuer: '发文机关',
  year: '年份',
  type: '类型',
  status: '状态',
};
export const FILTER_KEYS: readonly FilterKey[] = ['issuer', 'year', 'type', 'status'];

/** The value a document has for each filter (未注明 when the fact is missing). */
export function filterValues(p: PolicyFacts): Record<FilterKey, string> {
  const year = yearOf(p);
  return {
    issuer: issuerOf(p).value ?? UNKNOWN,
    year: year ? String(year) : UNKNOWN,
    type: p.docType,
    status: STATUS_LABEL[p.status],
  };
}

export interface FacetValue {
  value: string;
  count: number;
}

/** Filter values with counts, for the library's filter lists (未注明 last, years newest first). */
export function facets(list: readonly PolicyFacts[]): Record<FilterKey, FacetValue[]> {
  const out = {} as Record<FilterKey, FacetValue[]>;
  for (const key of FILTER_KEYS) {
    const counts = new Map<string, number>();
    for (const p of list) {
      const v = filterValues(p)[key];
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    out[key] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => {
        if (a.value === UNKNOWN) return 1;
        if (b.value === UNKNOWN) return -1;
        return key === 'year'
          ? b.value.localeCompare(a.value)
          : b.count - a.count || a.value.localeCompare(b.value, 'zh-CN');
      });
  }
  return out;
}
