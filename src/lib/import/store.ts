/**
 * The import writer, shared by the CLI (scripts/content/import.ts) and the CMS import endpoint
 * (scripts/serve/importApi.mjs): checks an import against the library, keeps the untouched source in the
 * source store (seeds/) and writes the Markdown, each file atomically (temporary file, then rename).
 * Every refusal is an ImportError and writes nothing.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkConservation, comparableSource } from './conservation.ts';
import { sizeProblem } from '../build/sourceChecks.ts';
import { parseDocument, serializeDocument, type ManualFacts } from './document.ts';
import { ImportError, importSource, sha256, sourceKind, type ImportResult, type SourceText } from './index.ts';
import { POLICY_DOC_TYPES } from './metadata.ts';

export interface LibraryDoc {
  /** File name in the content folder. */
  file: string;
  slug: string;
  title: string;
  source: string;
  sourceSha256: string;
  docNumber: string | null;
  docNumberIncomplete: boolean;
  manual: ManualFacts | null;
}

/** The documents already in a content folder. */
export function readLibrary(outDir: string): LibraryDoc[] {
  if (!existsSync(outDir)) return [];
  const docs: LibraryDoc[] = [];
  for (const file of readdirSync(outDir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    let data: Record<string, unknown>;
    try {
      ({ data } = parseDocument(readFileSync(join(outDir, file), 'utf8')));
    } catch (error) {
      // The build refuses this file too; the library cannot be checked against until it is fixed.
      throw new ImportError(`库中文件 ${join(outDir, file)} 无法读取：${(error as Error).message}`);
    }
    const str = (k: string): string => (typeof data[k] === 'string' ? (data[k] as string) : '');
    docs.push({
      file,
      slug: str('slug') || file.replace(/\.md$/u, ''),
      title: str('title'),
      source: str('source'),
      sourceSha256: str('sourceSha256'),
      docNumber: str('docNumber') || null,
      docNumberIncomplete: data.docNumberIncomplete === true,
      manual: (data.manual as ManualFacts | undefined) ?? null,
    });
  }
  return docs;
}

export interface ImportInput {
  bytes: Uint8Array;
  /** The source's file name (kept under this name in the source store). */
  fileName: string;
  /** Where the bytes were read from, when they come from a file (a file already in the store is not copied). */
  path?: string;
  slug?: string;
  /** 类型 chosen by the editor, instead of the one read from the title. */
  docType?: string;
  /** Overwrite a document (or a stored source) that belongs to a different source. */
  replace?: boolean;
}

export interface ImportPlan {
  result: ImportResult;
  source: SourceText;
  markdown: string;
  /** Content file to write (in outDir). */
  outFile: string;
  /** The stored source file name (in sourceDir). */
  sourceFile: string;
  /** The source must be copied into the store. */
  storeSource: boolean;
  /** The document this import overwrites, if any. */
  updates: LibraryDoc | null;
  /** Characters of the source that must survive, and that did (the conservation check passed). */
  characters: number;
}

export interface StoreDirs {
  /** Content folder of the policies collection (src/content/policies). */
  outDir: string;
  /** Source store (seeds/). */
  sourceDir: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
/** Names kept in the store: no folders, no hidden files, a known extension. */
const SOURCE_NAME = /^[^/\\\u0000-\u001f]+\.(?:txt|docx)$/iu;

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** Check one import against the library and prepare its files. Throws ImportError; writes nothing. */
export async function planImport(
  input: ImportInput,
  dirs: StoreDirs,
  library: readonly LibraryDoc[],
  check: typeof checkConservation = checkConservation,
): Promise<ImportPlan> {
  const name = basename(input.fileName);
  if (!sourceKind(name)) throw new ImportError('只能导入 .txt 或 .docx 文件');
  if (!SOURCE_NAME.test(name) || name.startsWith('.')) throw new ImportError(`文件名“${name}”不能作原文文件名`);
  if (input.slug !== undefined && !SLUG.test(input.slug)) {
    throw new ImportError(`网址名“${input.slug}”不合法：只能用小写字母、数字和连字符`);
  }
  const sha = sha256(input.bytes);
  const storedPath = join(dirs.sourceDir, name);
  const fromStore = input.path !== undefined && samePath(input.path, storedPath);
  const stored = !fromStore && existsSync(storedPath) ? readFileSync(storedPath) : null;
  const sameSource = library.find((d) => d.source === name) ?? null;
  // A file named like a library source but with other content, from outside the store, is another document.
  if (sameSource && !fromStore && sameSource.sourceSha256 !== sha && !input.replace) {
    throw new ImportError(
      `同名原文 ${name} 已导入为 ${sameSource.file}（${sameSource.title}），内容不同；请改名，或确认替换时加 --replace`,
    );
  }
  if (stored && sha256(stored) !== sha && !input.replace) {
    throw new ImportError(
      `原文库中已有另一份同名原文 ${join(dirs.sourceDir, name)}（内容不同）；请改名，或确认替换时加 --replace`,
    );
  }

  const slug = input.slug ?? sameSource?.slug;
  const imported = await importSource(input.bytes, name, slug);
  const { source, ...result } = imported;
  if (input.docType !== undefined) {
    const chosen = POLICY_DOC_TYPES.find((t) => t === input.docType);
    if (!chosen) throw new ImportError(`类型“${input.docType}”不在可选范围内（${POLICY_DOC_TYPES.join('、')}）`);
    result.data.docType = chosen;
  }
  const outFile = `${result.data.slug}.md`;
  const atOut = library.find((d) => d.file === outFile) ?? null;
  if (atOut && atOut.source !== name && !input.replace) {
    throw new ImportError(
      `输出文件 ${join(dirs.outDir, outFile)} 已存在，属于另一原文 ${atOut.source}（${atOut.title}）；请用 --slug 另取网址名，或确认替换时加 --replace`,
    );
  }
  if (sameSource && sameSource.file !== outFile && !input.replace) {
    throw new ImportError(
      `原文 ${name} 已导入为 ${sameSource.file}（${sameSource.title}）；同一原文不能再导入为另一文件 ${outFile}`,
    );
  }
  const updates = atOut ?? (sameSource && sameSource.file === outFile ? sameSource : null);
  const own = result.data.docNumberIncomplete ? null : result.data.docNumber;
  const twin = own
    ? library.find((d) => d.docNumber === own && !d.docNumberIncomplete && d.file !== outFile)
    : undefined;
  if (twin) {
    throw new ImportError(`文号 ${own} 已属于库中另一文件 ${twin.file}（${twin.title}）；同一文号不能导入两次`);
  }
  const markdown = serializeDocument(result, updates?.manual);
  const size = sizeProblem(markdown);
  if (size) throw new ImportError(`导入结果${size}，构建不会接受，未写入`);
  const kept = check(source.checkText, markdown);
  if (!kept.ok) {
    throw new ImportError(
      `导入结果遗漏了原文字符“${kept.missing}”（第 ${kept.position} 个字符，附近：${kept.context}），未写入`,
    );
  }
  return {
    result,
    source,
    markdown,
    outFile,
    sourceFile: name,
    storeSource: !fromStore && (!stored || sha256(stored) !== sha),
    updates,
    characters: comparableSource(source.checkText).length,
  };
}

/** Write a file atomically: a temporary file beside it, then rename (a crash never leaves half a file). */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(resolve(path, '..'), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Keep the source, then write the document (a document never points at a source that is not there). */
export function commitImport(
  plan: ImportPlan,
  input: ImportInput,
  dirs: StoreDirs,
): { outPath: string; sourcePath: string } {
  mkdirSync(dirs.sourceDir, { recursive: true });
  mkdirSync(dirs.outDir, { recursive: true });
  const sourcePath = join(dirs.sourceDir, plan.sourceFile);
  if (plan.storeSource) writeAtomic(sourcePath, input.bytes);
  const outPath = join(dirs.outDir, plan.outFile);
  writeAtomic(outPath, plan.markdown);
  return { outPath, sourcePath };
}

/** The library after a commit (so that a batch sees its own earlier documents). */
export function withImported(library: readonly LibraryDoc[], plan: ImportPlan): LibraryDoc[] {
  const d = plan.result.data;
  const doc: LibraryDoc = {
    file: plan.outFile,
    slug: d.slug,
    title: d.title,
    source: d.source,
    sourceSha256: d.sourceSha256,
    docNumber: d.docNumber,
    docNumberIncomplete: d.docNumberIncomplete,
    manual: plan.updates?.manual ?? null,
  };
  return [...library.filter((x) => x.file !== plan.outFile), doc];
}
