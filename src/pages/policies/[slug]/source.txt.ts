/**
 * The source text of a document at /policies/<slug>/source.txt: a .txt source byte for byte as kept in
 * seeds/; for a Word .docx source, its text as the importer read it (derived again here from the kept
 * .docx by the importer's own reader, so the two cannot drift apart).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { SEEDS_DIR } from '../../../lib/build/contentPaths';
import { cacheKey, entryKey } from '../../../lib/build/cacheKey';
import { loadLibrary, type PolicyEntry } from '../../../lib/policies/load';
import { readDocx } from '../../../lib/import/docx';

export async function getStaticPaths() {
  const { entries } = await loadLibrary();
  return Promise.all(
    entries.map(async (entry) => ({
      params: { slug: entry.id },
      props: { entry },
      // The entry and the bytes of its kept source: a source changed since the import is
      // rendered again, and refused below as a clean build refuses it.
      cacheKey: cacheKey(entryKey(entry), await sourceHash(entry)),
    })),
  );
}

/** SHA-256 of the kept source file, or null when it is missing (rendering then fails, naming it). */
async function sourceHash(entry: PolicyEntry): Promise<string | null> {
  const bytes = await readFile(sourcePath(entry)).catch(() => null);
  return bytes && createHash('sha256').update(bytes).digest('hex');
}

function sourcePath(entry: PolicyEntry): string {
  return join(process.cwd(), SEEDS_DIR, entry.data.source);
}

export const GET: APIRoute<{ entry: PolicyEntry }> = async ({ props }) => {
  const path = sourcePath(props.entry);
  const bytes = await readFile(path).catch(() => {
    throw new Error(`政策文件 ${props.entry.id}：找不到原文 ${path}（front matter 字段 source）`);
  });
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== props.entry.data.sourceSha256) {
    throw new Error(
      `政策文件 ${props.entry.id}：原文 ${props.entry.data.source} 与导入时不一致（sourceSha256 不符），请重新运行 npm run import`,
    );
  }
  const body = props.entry.data.source.toLowerCase().endsWith('.docx') ? `${(await readDocx(bytes)).text}\n` : bytes;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
