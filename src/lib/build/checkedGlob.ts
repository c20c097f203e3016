/**
 * Astro's glob() loader, with the source checks of sourceChecks.ts run over the whole collection
 * first: impossible dates, duplicate slugs, .md/.mdx twins and body images without alt text stop
 * the build with every problem listed (file and field or line). The checks run when the
 * collection loads (every build, and when `astro dev` starts).
 */
import { readFile, glob as fsGlob } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { duplicateEntryProblems, fileProblems, frontmatterSlug, type EntrySource } from './sourceChecks';

export interface CheckedGlobOptions {
  pattern: string;
  /** Collection folder, relative to the project root (or absolute). */
  base: string;
}

/** Every problem in a collection folder's files; empty when the collection is sound. */
export async function collectionProblems({ pattern, base }: CheckedGlobOptions): Promise<string[]> {
  const entries: EntrySource[] = [];
  const problems: string[] = [];
  for await (const entry of fsGlob(pattern, { cwd: base })) {
    const path = join(base, entry);
    const file = relative(process.cwd(), path) || path;
    const source = await readFile(path, 'utf8');
    problems.push(...fileProblems(file, source));
    entries.push({ file, entry: entry.split('\\').join('/'), slug: frontmatterSlug(source) });
  }
  problems.push(...duplicateEntryProblems(entries));
  return problems;
}

export function checkedGlob(options: CheckedGlobOptions): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'kepu-checked-glob',
    load: async (context) => {
      const problems = await collectionProblems(options);
      if (problems.length)
        throw new Error(`内容有误（${context.collection}），构建已停止：\n${problems.map((p) => `- ${p}`).join('\n')}`);
      return inner.load(context);
    },
  };
}
