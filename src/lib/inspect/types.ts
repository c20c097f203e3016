/**
 * One finding of 网站自查, in the three grades government-site inspections use: 单项否决 (the site
 * fails the inspection), 扣分 (points lost) and 提示 (worth a look, no rule broken).
 */
export type Severity = 'veto' | 'deduct' | 'hint';

export const SEVERITY_LABELS: Record<Severity, string> = { veto: '单项否决', deduct: '扣分', hint: '提示' };
export const SEVERITY_ORDER: readonly Severity[] = ['veto', 'deduct', 'hint'];

/** The entry a finding belongs to, so the 网站自查 panel can open it in the CMS. */
export interface EntryRef {
  collection: string;
  /** The entry's file name without the extension (Decap's slug for a folder collection). */
  slug: string;
}

export interface Finding {
  severity: Severity;
  /** Rule id, e.g. typo, sensitive-word, personal-data (stable: tests and the panel use it). */
  rule: string;
  /** The rule as an editor reads it: 错别字、敏感词、个人信息 … */
  ruleLabel: string;
  /** Project-relative file, or a built page's path under the dist folder. */
  file?: string;
  /** 1-based line in that file. */
  line?: number;
  /** Front matter field (or 正文) the text was found in. */
  field?: string;
  /** The text found (already masked for personal data). */
  text: string;
  /** What to do about it. */
  fix: string;
  entry?: EntryRef;
}

/** A text to check, with where it came from. */
export interface TextSource {
  file: string;
  text: string;
  entry?: EntryRef;
  /** Words this entry allows (front matter inspectAllow). */
  allow?: readonly string[];
}
