/**
 * The source text of a document at /policies/<slug>/source.txt: a .txt source byte for byte as kept in
 * seeds/; for a Word .docx source, its text as the importer read it (derived again here from the kept
 * .docx by the importer's own reader, so the two cannot drift apart).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { SEEDS_DIR } from '../../../lib/build/contentPaths';
import { cacheKey, entryKey } from '../../../lib/build/cacheKey';
import { loadLibrary, type PolicyEntry } from '../../../lib/policies/load';
import { readDocx } from '../../../lib/import/docx';
import { sha256 } from '../../../lib/import/index';

export async function getStaticPaths() {
  const { entries } = await loadLibrary();
  return Promise.all(
    entries.map(async (entry) => ({
      params: { slug: entry.id },
      props: { entry },
      // The entry and the bytes of its kept source: a source changed since the import is
      // rendered again, and refused below as a clean build refuses it.
      cacheKey: cacheKey(entryKey(entry), (await readSource(entry))?.sha256 ?? null),
    })),
  );
}

function sourcePath(entry: PolicyEntry): string {
  return join(process.cwd(), SEEDS_DIR, entry.data.source);
}

/** The kept source file and its SHA-256 (the importer's), or null when it is missing. */
async function readSource(entry: PolicyEntry): Promise<{ bytes: Buffer<ArrayBuffer>; sha256: string } | null> {
  const bytes = await readFile(sourcePath(entry)).catch(() => null);
  return bytes && { bytes, sha256: sha256(bytes) };
}

export const GET: APIRoute<{ entry: PolicyEntry }> = async ({ props }) => {
  const source = await readSource(props.entry);
  if (!source) {
    throw new Error(`政策文件 ${props.entry.id}：找不到原文 ${sourcePath(props.entry)}（front matter 字段 source）`);
  }
  if (source.sha256 !== props.entry.data.sourceSha256) {
    throw new Error(
      `政策文件 ${props.entry.id}：原文 ${props.entry.data.source} 与导入时不一致（sourceSha256 不符），请重新运行 npm run import`,
    );
  }
  const body = props.entry.data.source.toLowerCase().endsWith('.docx')
    ? `${(await readDocx(source.bytes)).text}\n`
    : source.bytes;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
