// The build's rules for one content file as written: its size, the source checks
// (src/lib/build/sourceChecks.ts) and its collection's schema (cms/entrySchemas.ts), on the data
// as Astro's own front matter parser reads it. The browser's save check (cms/entryCheck.ts) and the
// local CMS API (scripts/serve/decapApi.mjs, for every save whatever sent it) both call this, so a
// file the build would refuse is never written. Free of Decap's browser modules, so Node loads it.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { bodyImageIssues, frontmatterDateIssues, sizeProblem } from '../src/lib/build/sourceChecks';
import { entrySchema } from './entrySchemas';

/** Front matter data and body of a Markdown file, as Astro's content layer parses them. */
export function readEntryFile(text: string): { data: Record<string, unknown>; body: string } {
  const { frontmatter, content } = parseFrontmatter(text);
  return { data: frontmatter as Record<string, unknown>, body: content };
}

/** A problem in one field of the file: its path in the front matter ([] for the whole file) and what is wrong. */
export interface EntryTextIssue {
  path: (string | number)[];
  message: string;
}

/** `a.b[0].c` → ['a', 'b', 0, 'c'] (the source checks' path notation). */
function pathOf(text: string): (string | number)[] {
  return [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/gu)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
}

/**
 * Every problem the build would find in `text` as an entry of `collection`, with the data as
 * parsed (undefined when the file cannot be read at all). Empty issues: the build accepts it.
 */
export function entryTextIssues(
  collection: string,
  text: string,
): { issues: EntryTextIssue[]; data: Record<string, unknown> | undefined } {
  const size = sizeProblem(text);
  if (size) return { issues: [{ path: [], message: size }], data: undefined };
  if (!/^---\r?\n/u.test(text))
    return { issues: [{ path: [], message: '文件开头缺少 YAML 信息（--- 与 --- 之间的各项内容）' }], data: undefined };
  let data: Record<string, unknown>;
  try {
    data = readEntryFile(text).data;
  } catch (error) {
    return { issues: [{ path: [], message: `文件无法读取（${(error as Error).message}）` }], data: undefined };
  }
  const issues: EntryTextIssue[] = [];
  for (const issue of frontmatterDateIssues(text)) issues.push({ path: pathOf(issue.path), message: issue.message });
  for (const issue of bodyImageIssues(text)) issues.push({ path: ['body'], message: issue.message });
  const schema = entrySchema(collection);
  if (!schema) issues.push({ path: [], message: `没有名为 ${collection} 的内容类型` });
  else {
    const result = schema.safeParse(data);
    if (!result.success)
      for (const issue of result.error.issues)
        issues.push({
          path: issue.path.filter((k): k is string | number => typeof k !== 'symbol'),
          message: issue.message,
        });
  }
  return { issues, data };
}
