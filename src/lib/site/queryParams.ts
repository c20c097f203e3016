/**
 * The query-string state of the filtered lists (政策文件库, 工作任务清单, 活动): reading the chosen
 * values and writing them back with the other parameters kept (?page= of a filtered view: see
 * requestedPage and pageHref in pagination.ts). Pure, so the browser scripts and the unit tests run
 * the same code.
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
export function withParams(
  params: string | URLSearchParams,
  values: Record<string, string | null | undefined>,
): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const [k, v] of Object.entries(values)) {
    if (v) out.set(k, v);
    else out.delete(k);
  }
  return out;
}
