/**
 * "Nothing lost": every character of the source, apart from whitespace and the extraction artefacts
 * the importer is allowed to drop (page-number lines, form feeds, Word bookmarks, <p> tags), must
 * appear in the output — front matter head fields, then the body — in the same order.
 * The output side removes only the syntax the writer adds (Markdown heading marks, `{#id}`, escapes,
 * the writer's HTML elements); the table slot is replaced by the table's cells as they stood in the source.
 */
import { cleanLines } from './rawLines.ts';
import { parseDocument } from './document.ts';
import { tableSourceText, type ParsedTable } from './table.ts';
import { BLANK, lineText, readLine, readLines, type BodyLine } from '../policies/bodyFormat.ts';

const WS = /[\s\u00a0\u3000]+/gu;

/** Source text reduced to the characters that must survive. */
export function comparableSource(text: string): string {
  return cleanLines(text).join('').replace(WS, '');
}

/** Body text as a reader sees it, from the Markdown the writer produced. */
export function bodyText(body: string, tables: readonly ParsedTable[]): string {
  return readLines(body)
    .map((line) => {
      if (line.kind !== 'table') return lineText(line) ?? '';
      const table = tables[line.index];
      if (!table) throw new Error(`表格占位 ${line.index} 在 front matter 中不存在`);
      return tableSourceText(table);
    })
    .join('\n')
    .replaceAll(BLANK, '');
}

/**
 * Output reduced the same way: the head (版头 marks, 版头, 文号, 签发人, title — from the front matter and the
 * preamble part of the body) in the order these parts stand in the source, then the rest of the body.
 * The head parts are ordered by where they occur in `source` (reduced), because a notice may print its
 * title before or after its 文号.
 */
export function comparableOutput(markdown: string, source = ''): string {
  const { data, body } = parseDocument(markdown);
  const str = (k: string): string => (typeof data[k] === 'string' ? (data[k] as string) : '');
  const tables = Array.isArray(data.tables) ? (data.tables as ParsedTable[]) : [];
  const lines = body.split('\n').map((text) => ({ text, read: readLine(text) }));
  const isPreamble = ({ read }: { read: BodyLine }): boolean => read.kind === 'role' && read.role === 'preamble';
  const preamble = lines.filter(isPreamble).map((l) => lineText(l.read) ?? '');
  const rest = lines.map((l) => (isPreamble(l) ? '' : l.text)).join('\n');
  const parts = [
    ...preamble,
    str('masthead'),
    str('docNumberAsPrinted') || str('docNumber'),
    str('signer'),
    str('title'),
  ]
    .map((p) => p.replace(WS, ''))
    .filter(Boolean);
  const at = (p: string): number => {
    const i = source.indexOf(p);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const head = source
    ? parts
        .map((p, n) => ({ p, n, i: at(p) }))
        .sort((a, b) => a.i - b.i || a.n - b.n)
        .map((x) => x.p)
    : parts;
  return (head.join('') + bodyText(rest, tables)).replace(WS, '');
}

export type ConservationResult = { ok: true } | { ok: false; position: number; missing: string; context: string };

/**
 * Is `needle` a subsequence of `hay`? On failure, reports where the two texts first diverge (the likely
 * dropped character) rather than where the greedy scan ran out, which is usually much later.
 */
export function isInOrder(needle: string, hay: string): ConservationResult {
  // Walks both strings by code point in one pass (no arrays of characters: inputs can be tens of MB).
  let j = 0;
  for (let i = 0; i < needle.length; ) {
    const c = needle.codePointAt(i) ?? 0;
    const size = c > 0xffff ? 2 : 1;
    while (j < hay.length && hay.codePointAt(j) !== c) j += (hay.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
    if (j >= hay.length) {
      let k = 0;
      while (k < needle.length && k < hay.length && needle.charCodeAt(k) === hay.charCodeAt(k)) k++;
      const at = Math.min(k, i);
      const chars = (from: number, to: number): string => [...needle.slice(Math.max(0, from), to)].join('');
      const position = [...needle.slice(0, at)].length;
      return {
        ok: false,
        position,
        missing: String.fromCodePoint(needle.codePointAt(at) ?? 0),
        context: `${chars(at - 30, at).slice(-15)}${chars(at, at + 30).slice(0, 15)}`,
      };
    }
    j += size;
    i += size;
  }
  return { ok: true };
}

/** Check one imported file against its source text. */
export function checkConservation(source: string, markdown: string): ConservationResult {
  const reduced = comparableSource(source);
  return isInOrder(reduced, comparableOutput(markdown, reduced));
}
