// The search state lives in the URL (/search/?q=双碳&type=政策文件) so a search can be shared,
// bookmarked and reloaded. Parameter names are short ASCII; values are the filter values as shown.

/** URL parameter → Pagefind filter name (SearchMeta.astro writes these filters). */
export const FILTER_PARAMS = {
  type: '类型',
  topic: '专题',
  issuer: '发文机关',
  year: '年份',
  status: '状态',
} as const;
export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  q: string;
  /** Pagefind filter name → selected value. */
  filters: Record<string, string>;
  sort: SortOrder;
  /** Result page, from 1. */
  page: number;
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: Record<string, string> = {};
  for (const [param, name] of Object.entries(FILTER_PARAMS)) {
    const value = params.get(param)?.trim();
    if (value) filters[name] = value;
  }
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [param, name] of Object.entries(FILTER_PARAMS)) {
    const value = state.filters[name];
    if (value) params.set(param, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** Link to a result that asks the target page to highlight the query. */
export function highlightLink(link: string, q: string): string {
  const hash = link.indexOf('#');
  const path = hash >= 0 ? link.slice(0, hash) : link;
  const anchor = hash >= 0 ? link.slice(hash) : '';
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}highlight=${encodeURIComponent(q)}${anchor}`;
}

/** 2023-04-07 → 2023年4月7日 (a plain calendar date, no time zone involved). */
export function chineseDate(iso: string | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : null;
}
