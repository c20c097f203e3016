// Front matter text ends up in iCalendar lines, feeds, JSON-LD and HTML attributes. Characters no
// editor types on purpose (control characters, invisible bidi overrides that reorder what a
// reader sees, line separators) are refused at the schema, naming the field; a line break is
// refused in one-line fields (titles, names, labels) and allowed in longer text (transcripts,
// table cells). Applied to every collection schema with `.superRefine(refuseHiddenCharacters)`.
import type { z } from 'astro/zod';

/** C0/C1 controls (not tab or line feed), zero-width space, BOM, line/paragraph separators, bidi embeddings/overrides/isolates. */
export const HIDDEN_CHARACTERS =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/** Fields shown on one line (page titles, calendar SUMMARY/LOCATION, feed titles, attributes). */
export const ONE_LINE_FIELDS = new Set([
  'title',
  'name',
  'label',
  'organizer',
  'address',
  'issuer',
  'author',
  'dateNote',
  'shortTitle',
  'documentTitle',
  'masthead',
  'signer',
  'subject',
  'docNumberAsPrinted',
]);

function describeCharacter(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The problem with one string value, or undefined. */
export function hiddenCharacterProblem(value: string, oneLine: boolean): string | undefined {
  const hidden = HIDDEN_CHARACTERS.exec(value);
  if (hidden) return `含有不可见的控制字符 ${describeCharacter(hidden[0])}，请删除后重新输入`;
  if (oneLine && /[\n\t]/u.test(value)) return '应为一行文字，不能含换行或制表符';
  return undefined;
}

/** superRefine check: every string in the data, at any depth, with the field path in the issue. */
export function refuseHiddenCharacters(data: unknown, ctx: z.RefinementCtx): void {
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      const key = [...path].reverse().find((p) => typeof p === 'string');
      const problem = hiddenCharacterProblem(
        value,
        key !== undefined && ONE_LINE_FIELDS.has(key) && typeof path.at(-1) === 'string',
      );
      if (problem) ctx.addIssue({ code: 'custom', path, message: problem });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, [...path, i]);
      });
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    }
  };
  visit(data, []);
}
