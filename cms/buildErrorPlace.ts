// Where a failed build's problem is, in the editor's words: the build names a file and a field key
// (src/content/events/y.md, 字段 start); the status bar names the collection, the entry's title and
// the field's label (活动《2027年科技活动周》的“开始”), as the editor finds them in /admin/.
import type { EntryCatalog } from '../src/pages/admin/entries.json';
import { collections } from './collections';
import { fieldLabel } from './entryCheck';

const CONTENT_FILE = /(?:^|\/)content\/([a-z]+)\/(.+\.mdx?)$/u;

/** `relatedClauses.0.clause` → ['relatedClauses', 0, 'clause']. */
function fieldPath(field: string): (string | number)[] {
  return field.split('.').map((k) => (/^\d+$/u.test(k) ? Number(k) : k));
}

/** The place in the editor's words, or undefined when the file is not a content entry the CMS edits. */
export function errorPlace(
  error: { file: string | null; field: string | null },
  catalog: EntryCatalog,
): string | undefined {
  const m = error.file ? CONTENT_FILE.exec(error.file) : null;
  if (!m) return undefined;
  const collection = collections.find((c) => c.name === m[1]);
  if (!collection) return undefined;
  const entry = (catalog as Record<string, { entry: string; title?: string }[] | undefined>)[m[1]!]?.find(
    (e) => e.entry === m[2],
  );
  const name = entry?.title ? `《${entry.title}》` : '中的一条内容';
  const field = error.field ? `的“${fieldLabel(collection.fields ?? [], fieldPath(error.field))}”` : '';
  return `${collection.label_singular ?? collection.label}${name}${field}`;
}
