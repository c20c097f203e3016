// The build's content rules, applied when an editor saves, with the build's own code: the entry is
// written out as the file Decap will save (cms/entryFile.ts), read back as Astro reads it, and put
// through the loader's source checks (src/lib/build/sourceChecks.ts), the collection's schema
// (cms/entrySchemas.ts), the clause-reference check (cms/clauseCheck.ts) and, for a new entry, the
// duplicate-entry rule over the ids the last build had (/admin/entries.json). Whatever the next
// build would refuse, the CMS refuses now, naming the field as the editor sees it.
import type { PolicyClauseIndex } from '../src/lib/policies/clauseRefs';
import { duplicateEntryProblems, type EntrySource } from '../src/lib/build/sourceChecks';
import type { EntryCatalog } from '../src/pages/admin/entries.json';
import type { CollectionName } from '../src/lib/build/contentPaths';
import { clauseProblems } from './clauseCheck';
import { editorMessage } from './editorMessages';
import { entryFileText } from './entryFile';
import { entryTextIssues } from './entryTextCheck';
import type { CmsCollection, CmsField } from './types';

export const ENTRIES_PATH = '/admin/entries.json';

export interface SaveInput {
  /** The folder collection the entry belongs to (its fields give labels and the field order). */
  collection: CmsCollection;
  /** The entry's data as Decap will write it; `body` is the Markdown body. */
  data: Record<string, unknown>;
  /** A new entry (not an edit of an existing file). */
  isNew: boolean;
  /** Ids and files of the entries the last build had. */
  entries: EntryCatalog;
  /**
   * The policy clause index the last build had, at least for the documents the entry names (a
   * document it lacks does not exist); undefined when it could not be read, and the clause check is skipped.
   */
  clauses: PolicyClauseIndex | undefined;
}

/**
 * A save the build would refuse: shown by Decap as 保存内容失败: <message>, in the editor's words
 * (cms/editorMessages.ts; `titles` names other entries); the build's own text stays in `problems`
 * and in the browser's log (Decap logs the error, whose cause is that text).
 */
export class SaveRefused extends Error {
  constructor(
    readonly problems: readonly string[],
    titles?: ReadonlyMap<string, string>,
  ) {
    super(`无法保存：${[...new Set(problems.map((p) => editorMessage(p, titles)))].join('；')}`, {
      cause: problems.join('\n'),
    });
    this.name = 'SaveRefused';
  }
  // Decap puts the error into its notice as text: the message alone, without "SaveRefused:".
  override toString(): string {
    return this.message;
  }
}

/** The label an editor sees for a field path (相关政策条款 第 1 项 › 条款), falling back to the key. */
export function fieldLabel(fields: readonly CmsField[], path: readonly (string | number)[]): string {
  if (path.length === 0) return '整个条目';
  const parts: string[] = [];
  let current: readonly CmsField[] | undefined = fields;
  for (const key of path) {
    if (typeof key === 'number') {
      parts[parts.length - 1] += ` 第 ${key + 1} 项`;
      continue;
    }
    const field: CmsField | undefined = current?.find((f) => f.name === key);
    parts.push(field?.label ?? key);
    const sub = field as { fields?: CmsField[]; field?: CmsField } | undefined;
    current = sub?.fields ?? (sub?.field ? [sub.field] : undefined);
  }
  return parts.join(' › ');
}

/** Problems with a new entry's id: another entry has its 网址名, or its file name up to the extension. */
function duplicateProblems(input: SaveInput, folder: string, slug: unknown): string[] {
  if (!input.isNew || typeof slug !== 'string' || slug === '') return [];
  const existing = input.entries[input.collection.name as CollectionName] ?? [];
  const extension = typeof input.collection.extension === 'string' ? input.collection.extension : 'md';
  // Decap names the file after the 网址名, adding -1 when that file exists (generateUniqueSlug).
  const taken = new Set(existing.map((e) => e.entry));
  const name = taken.has(`${slug}.${extension}`) ? `${slug}-1.${extension}` : `${slug}.${extension}`;
  const file = `${folder}/${name}`;
  const sources: EntrySource[] = [
    ...existing.map((e) => ({ file: `${folder}/${e.entry}`, entry: e.entry, slug: e.id })),
    { file, entry: name, slug },
  ];
  return duplicateEntryProblems(sources).filter((p) => p.includes(file));
}

/**
 * Everything the build would refuse in this entry, one message per problem, each starting with the
 * field's label: 标题：含有不可见的控制字符 U+200B，请删除后重新输入. Empty when the build accepts it.
 */
export function checkSave(input: SaveInput): string[] {
  const { collection } = input;
  const fields = collection.fields ?? [];
  const label = (path: readonly (string | number)[]) => fieldLabel(fields, path);
  const text = entryFileText(input.data, fields);
  // The file's own rules (size, dates as written, body images, the collection's schema), shared with the local CMS API.
  const { issues, data } = entryTextIssues(collection.name, text);
  const problems = issues.map((issue) => `${label(issue.path)}：${issue.message}`);
  if (!data) return problems;
  if (input.clauses) problems.push(...clauseProblems(collection.name, data, input.clauses));
  problems.push(
    ...duplicateProblems(
      input,
      typeof collection.folder === 'string' ? collection.folder : `src/content/${collection.name}`,
      data.slug,
    ).map((p) => `${label(['slug'])}：${p}`),
  );
  return [...new Set(problems)];
}

/** Content file (as the build names it) → entry title, for messages that name another entry. */
export function entryTitles(entries: EntryCatalog): Map<string, string> {
  const titles = new Map<string, string>();
  for (const [collection, list] of Object.entries(entries)) {
    for (const e of list ?? []) if (e.title) titles.set(`src/content/${collection}/${e.entry}`, e.title);
  }
  return titles;
}

/** The entry ids of the last build, read at each save: the local server rebuilds after every save. */
export async function loadEntryCatalog(): Promise<EntryCatalog> {
  const response = await fetch(ENTRIES_PATH, { cache: 'no-store' });
  return response.ok ? ((await response.json()) as EntryCatalog) : {};
}
