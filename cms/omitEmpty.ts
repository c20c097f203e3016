// Decap writes an optional field the editor typed into and cleared as '' (or {} / []), which a
// strict schema then refuses (e.g. end: '' is not a date). Before saving a Markdown entry, drop
// optional fields left empty, so "not filled in" reaches the build as "absent".
import type { CmsField } from './types';

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !(value instanceof Date)) return Object.values(value).every(isEmpty);
  return false;
}

/** A copy of `data` without the empty values of fields marked `required: false` (nested objects too). */
export function omitEmptyOptional(data: Record<string, unknown>, fields: readonly CmsField[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  for (const field of fields) {
    if (!(field.name in out)) continue;
    let value = out[field.name];
    const sub = (field as { fields?: CmsField[] }).fields;
    if (field.widget === 'object' && sub && value && typeof value === 'object' && !Array.isArray(value)) {
      value = omitEmptyOptional(value as Record<string, unknown>, sub);
      out[field.name] = value;
    }
    // Lists with a schema default ([]) are kept: an empty list is a value there.
    const keepEmptyList = Array.isArray(value) && field.default !== undefined;
    if (field.required === false && isEmpty(value) && !keepEmptyList) delete out[field.name];
  }
  return out;
}
