/**
 * Step 1 of the importer: turn the raw bytes of a text file into clean lines.
 * Tolerates a BOM and CRLF/CR line ends; drops the artefacts of PDF/Word extraction that are not part
 * of the document (form feeds, page-number lines, Word bookmarks, stray <p> tags). Each artefact rule
 * is exported so that the conservation check strips exactly the same things and nothing more.
 */

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/**
 * Page-number lines as printed in Chinese official documents and their PDF extractions:
 * `— 3 —`, `- 4 -`, `－5－`, `–6–`, `第 3 页`, `第3页 共12页`, `3/12`. A bare number is NOT treated as a
 * page number (it could be content).
 */
export const PAGE_NUMBER_LINE =
  /^[ \t\u3000]*(?:[—–\-－~～][ \t\u3000]*\d{1,4}[ \t\u3000]*[—–\-－~～]|第[ \t\u3000]*\d{1,4}[ \t\u3000]*页(?:[ \t\u3000]*[,，/]?[ \t\u3000]*共[ \t\u3000]*\d{1,4}[ \t\u3000]*页)?|\d{1,4}[ \t\u3000]*\/[ \t\u3000]*\d{1,4})[ \t\u3000]*$/u;

/**
 * Ruled lines of the layout (the red line under the 版头, the lines framing the 版记), printed as a row of
 * box-drawing or dash characters: layout, not text. A dash run inside text (——加强组织) is not one.
 */
export const RULE_LINE = /^[ \t\u3000]*[━─—―＿_=\-－]{6,}[ \t\u3000]*$/u;

/** Word bookmarks leaked by docx-to-text converters, e.g. `[bookmark: _GoBack]`. */
export const BOOKMARK = /\[bookmark: [^\]\n]*\]/gu;

/** Paragraph tags leaked from HTML table cells (`<p>…</p>`). */
export const P_TAG = /<\/?p(?:\s[^>\n]*)?>/giu;

/** Validate and decode one input file. Throws ImportError naming the problem. */
export function decodeSource(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('文件为空');
  // NUL bytes do not occur in text files; they mark a binary (PDF, Word, image …).
  if (bytes.includes(0)) throw new ImportError('不是文本文件（含二进制内容），请先转换为 UTF-8 纯文本');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('不是有效的 UTF-8 文本（如为 GBK 编码，请先转换为 UTF-8）');
  }
  // Control characters other than tab, LF, CR, form feed also mean binary content.
  const controls = text.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f]/gu)?.length ?? 0;
  if (controls > 0) throw new ImportError(`不是文本文件（含 ${controls} 个控制字符）`);
  if (text.replace(/^\ufeff/u, '').trim() === '') throw new ImportError('文件没有文字内容');
  return text;
}

/** BOM, line ends, form feeds and the artefact rules above; returns lines (blank lines kept). */
export function cleanLines(text: string): string[] {
  const unified = text
    .replace(/^\ufeff/u, '')
    .replace(/\r\n?/gu, '\n')
    .replace(/\f/gu, '\n');
  return unified
    .split('\n')
    .filter((line) => !PAGE_NUMBER_LINE.test(line) && !RULE_LINE.test(line))
    .map((line) => line.replace(BOOKMARK, '').replace(P_TAG, ''));
}
