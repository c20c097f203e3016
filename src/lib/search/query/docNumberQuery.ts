// Query-side 文号 handling: recognise a 文号 however the reader typed its brackets
// (〔2023〕 [2023] (2023) （2023） 2023年, full-width digits, or a mismatched pair as printed in a
// source) and give its canonical key. The parsing itself is the policy library's (src/lib/policies/docNumber.ts);
// this adds only what a typed query needs on top (full-width digits and letters folded first).
import { normalizeDocNumber, parseDocNumber as parseCanonical, type DocNumber } from '../../policies/docNumber.ts';

/** Parse a whole query as one 文号; null if it is not one. */
export function parseDocNumber(input: string): DocNumber | null {
  return parseCanonical(input.normalize('NFKC'));
}

/** Canonical key of a 文号 written in any bracket style (益科协〔2023〕12号), or null. */
export function docNumberKey(input: string): string | null {
  return normalizeDocNumber(input.normalize('NFKC'));
}
