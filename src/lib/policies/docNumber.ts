/**
 * 发文字号 (文号) parsing and normalization, shared by the importer, the policy pages,
 * search (文号 variants) and lineage (who cites whom).
 *
 * Canonical form: 机关代字〔年份〕序号号, e.g. 益科协〔2023〕12号. Every bracket variant found in
 * the wild normalizes to it: 〔〕 [] ［］ () （） 【】 〈〉, mismatched pairs such as 国发〔2021）9号,
 * and the bracket-less 益科协2023年12号. A number left blank in the source (岳南管办发〔2022〕 号)
 * stays blank: it is reported as incomplete, never filled in.
 *
 * Pure and dependency-free so that Node can run it directly (scripts/content/import.ts).
 */

export interface DocNumber {
  /** 机关代字, e.g. 益科协, 国发, 湘政办发. */
  code: string;
  /** Year in the brackets. */
  year: number;
  /** 序号 without leading zeros, or null when the source left it blank. */
  serial: number | null;
  /** Canonical text: 益科协〔2023〕12号, or 岳南管办发〔2022〕 号 when the serial is blank. */
  normalized: string;
  /** True when the serial is blank in the source. */
  incomplete: boolean;
}

export interface DocNumberMatch extends DocNumber {
  /** The text as written in the source. */
  raw: string;
  /** Offset of `raw` in the searched text. */
  index: number;
}

const OPEN = '〔［\\[（(【〈';
const CLOSE = '〕］\\]）)】〉';
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';

const SPACE = '[ \\t\\u3000]*';
const YEAR = '((?:19|20)\\d{2})';
const CODE = `([${HAN}]{1,16})${SPACE}`;
const SERIAL = `${SPACE}第?${SPACE}(\\d{0,6})${SPACE}号`;
/** The year in any bracket, or followed by 年. */
const MARKED_YEAR = `[${OPEN}]${SPACE}${YEAR}${SPACE}[${CLOSE}]|${YEAR}${SPACE}年`;

/**
 * One 文号: a run of Han characters (the 机关代字), the year in any bracket (or followed by 年),
 * an optional 第, the serial (digits, or blank) and 号. Spaces from PDF extraction are allowed anywhere.
 */
const DOC_NUMBER_SOURCE = `${CODE}(?:${MARKED_YEAR})${SERIAL}`;

/**
 * A whole string may also leave the year bare, followed by a space or 第 where the brackets go
 * (湛府2022 40号, 湛府 2022 第40号): how a 文号 is typed into a search box without brackets. Only
 * for a string that is nothing but the 文号: in running text a bare year before a number is too
 * often something else.
 */
const WHOLE_DOC_NUMBER = new RegExp(
  `^\\s*${CODE}(?:${MARKED_YEAR}|${YEAR}(?=${SPACE}第|[ \\t\\u3000]+\\d))${SERIAL}\\s*$`,
  'u',
);

/** Words that join running text to a 文号 but are never part of a 机关代字. */
const CONNECTORS = [
  '根据',
  '依据',
  '按照',
  '参照',
  '贯彻',
  '落实',
  '印发',
  '转发',
  '文件',
  '详见',
  '参见',
  '和',
  '及',
  '与',
  '或',
  '的',
  '见',
];

/** The 机关代字 is the tail of the Han run after the last connecting word (running text leads into it). */
function trimCode(code: string): string {
  let cut = 0;
  for (const w of CONNECTORS) {
    const at = code.lastIndexOf(w);
    if (at >= 0 && code.length - (at + w.length) >= 2) cut = Math.max(cut, at + w.length);
  }
  const c = code.slice(cut);
  // 机关代字 rarely exceed 8 characters.
  return c.length > 8 ? c.slice(-8) : c;
}

function build(codeRaw: string, yearText: string, serialText: string): DocNumber {
  const code = trimCode(codeRaw);
  const year = Number(yearText);
  const incomplete = serialText === '';
  const serial = incomplete ? null : Number(serialText);
  const normalized = incomplete ? `${code}〔${year}〕 号` : `${code}〔${year}〕${serial}号`;
  return { code, year, serial, normalized, incomplete };
}

/** Parse a string that is exactly one 文号 (surrounding whitespace allowed). Null if it is not one. */
export function parseDocNumber(text: string): DocNumber | null {
  const m = WHOLE_DOC_NUMBER.exec(text);
  if (!m) return null;
  const code = m[1] ?? '';
  if (trimCode(code) !== code) return null;
  return build(code, m[2] ?? m[3] ?? m[4] ?? '', m[5] ?? '');
}

/** Canonical form of a 文号 written in any variant, or null when the text is not a 文号. */
export function normalizeDocNumber(text: string): string | null {
  return parseDocNumber(text)?.normalized ?? null;
}

/** Every 文号 cited in a text, in order of appearance (duplicates included). */
export function findDocNumbers(text: string): DocNumberMatch[] {
  const re = new RegExp(DOC_NUMBER_SOURCE, 'gu');
  const found: DocNumberMatch[] = [];
  for (const m of text.matchAll(re)) {
    const codeRaw = m[1] ?? '';
    const dn = build(codeRaw, m[2] ?? m[3] ?? '', m[4] ?? '');
    const skipped = codeRaw.length - dn.code.length;
    found.push({ ...dn, raw: m[0].slice(skipped), index: (m.index ?? 0) + skipped });
  }
  return found;
}
