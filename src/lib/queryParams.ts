/**
 * The query-string state of the filtered lists (政策文件库, 工作任务清单, 活动): reading the chosen
 * values, writing them back with the other parameters kept, and the ?page= of a filtered view.
 * Pure, so the browser scripts and the unit tests run the same code.
 */

/** The non-empty values of `keys` in `params`. */
export function pickParams<K extends string>(params: URLSearchParams, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) {
    const v = params.get(k);
    if (v) out[k] = v;
  }
  return out;
}

/** A copy of `params` with each of `values` set, or removed when empty; other parameters are kept. */
export function withParams(params: string | URLSearchParams, values: Record<string, string | null | undefined>): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const [k, v] of Object.entries(values)) {
    if (v) out.set(k, v);
    else out.delete(k);
  }
  return out;
}

/** The page ?page= asks for, kept within 1 … `lastPage` (1 when it is not a whole number). */
export function requestedPage(params: URLSearchParams, lastPage: number): number {
  const n = Number(params.get('page') ?? '1');
  return Number.isInteger(n) ? Math.min(Math.max(n, 1), lastPage) : 1;
}

/** `path` with `params` and page `n` (page 1 has no ?page=). */
export function pageHref(path: string, params: URLSearchParams, n: number, hash = ''): string {
  const q = withParams(params, { page: n > 1 ? String(n) : null }).toString();
  return `${path}${q ? `?${q}` : ''}${hash}`;
}
