// Decap keeps entry data in Immutable maps, which forget key order past eight keys, and its JSON
// writer does not re-sort: site.json came back shuffled. Writing keys in the order of the CMS
// fields (then any others, untouched) keeps diffs of src/config/site.json readable.
import type { CmsField } from './types';

export function orderedEntries(data: Record<string, unknown>, fields: readonly CmsField[]): [string, unknown][] {
  const names = fields.map((f) => f.name).filter((name) => name in data);
  const rest = Object.keys(data).filter((key) => !names.includes(key));
  return [...names, ...rest].map((key) => [key, data[key]]);
}
