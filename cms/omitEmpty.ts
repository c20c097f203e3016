// Decap writes an optional field the editor typed into and cleared as '' (or {} / []), which a
// strict schema then refuses (e.g. end: '' is not a date). Before saving a Markdown entry, drop
// optional fields left empty, so "not filled in" reaches the build as "absent"; fields the editor
// cannot change stay as the file has them.
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
    // Absent lets the schema apply its default (tags → [], audience → ['公众']); an explicit []
    // could fail a .min(1) the default satisfies. A field the editor cannot change (readonly,
    // hidden) keeps the file's value: an imported `docNumber: null` is a fact the schema requires.
    const fixed = field.widget === 'readonly' || field.widget === 'hidden';
    if (field.required === false && !fixed && isEmpty(value)) delete out[field.name];
  }
  return out;
}

/**
 * Decap validates the required fields inside an object even when the whole object is optional
 * and left empty, which would block every save. Such nested fields are therefore marked
 * `required: false, required_in_group: true` (see fields.ts optionalGroup): the group may be
 * left out entirely, but once an editor starts filling it, those fields must be filled.
 * Returns one Chinese message per missing field; saving is refused when there is any.
 */
export function missingInGroups(data: Record<string, unknown>, fields: readonly CmsField[], prefix = ''): string[] {
  const missing: string[] = [];
  for (const field of fields) {
    const sub = (field as { fields?: CmsField[] }).fields;
    const value = data[field.name];
    if (field.widget !== 'object' || !sub || !value || typeof value !== 'object' || isEmpty(value)) continue;
    const group = value as Record<string, unknown>;
    const label = `${prefix}${field.label ?? field.name}`;
    for (const child of sub) {
      if (child.required_in_group === true && isEmpty(group[child.name])) {
        missing.push(`${label}：已填写部分内容，“${child.label ?? child.name}”不能为空`);
      }
    }
    missing.push(...missingInGroups(group, sub, `${label} › `));
  }
  return missing;
}
