// Query-side 文号 handling: recognise a 文号 however the reader typed its brackets
// (〔2023〕 [2023] (2023) （2023） 2023年, or a mismatched pair as printed in a source) and give
// one canonical key. Kept behind this small interface until src/lib/docNumber.ts (policy library)
// is merged; then these functions delegate to it.

export interface DocNumberParts {
  /** 机关代字, e.g. 益科协, 国发 */
  issuer: string;
  year: number;
  /** 序号; null when the source left it blank (岳南管办发〔2022〕 号). */
  serial: number | null;
}

const OPEN = '〔\\[(（【［';
const CLOSE = '〕\\])）】］';
const DOC_NUMBER = new RegExp(
  `^([\\p{Script=Han}A-Za-z]{1,20}?)\\s*(?:[${OPEN}]\\s*(\\d{4})\\s*[${CLOSE}]|(\\d{4})\\s*年)\\s*(?:第\\s*)?(\\d*)\\s*号$`,
  'u',
);

/** Parse a whole string as a 文号; null if it is not one. */
export function parseDocNumber(input: string): DocNumberParts | null {
  const m = DOC_NUMBER.exec(input.normalize('NFKC').trim());
  if (!m) return null;
  const year = Number(m[2] ?? m[3]);
  return { issuer: m[1]!, year, serial: m[4] ? Number(m[4]) : null };
}

/** The canonical printed form: 益科协〔2023〕12号. */
export function formatDocNumber(parts: DocNumberParts): string {
  return `${parts.issuer}〔${parts.year}〕${parts.serial ?? ''}号`;
}

/** Canonical key of a 文号 written in any bracket style, or null. */
export function docNumberKey(input: string): string | null {
  const parts = parseDocNumber(input);
  return parts ? formatDocNumber(parts) : null;
}
