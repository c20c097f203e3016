/**
 * The inspection's report: findings in the order an editor fixes them (单项否决 first), as text
 * for the terminal and as the JSON the 网站自查 panel in /admin/ reads.
 */
import { SEVERITY_LABELS, SEVERITY_ORDER, type Finding, type Severity } from './types.ts';

export const REPORT_PATH = 'admin/inspection.json';

export interface InspectionReport {
  /** When the check ran and the day it judged staleness by (ISO 8601). */
  checkedAt: string;
  contentDir: string;
  dist: string;
  counts: Record<Severity, number>;
  /** True when a 单项否决 finding exists: the site would fail an inspection. */
  failed: boolean;
  findings: Finding[];
  /** External links found, each with the first page linking to it; checked only with --external. */
  externalLinks: { url: string; page: string; status?: string }[];
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      a.rule.localeCompare(b.rule) ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0),
  );
}

export function buildReport(
  findings: readonly Finding[],
  meta: Omit<InspectionReport, 'counts' | 'failed' | 'findings'>,
): InspectionReport {
  const sorted = sortFindings(findings);
  const counts = { veto: 0, deduct: 0, hint: 0 };
  for (const f of sorted) counts[f.severity]++;
  return { ...meta, counts, failed: counts.veto > 0, findings: sorted };
}

/** Where a finding is: file:line（field）. */
export function findingPlace(f: Finding): string {
  const at = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '';
  return [at, f.field ? `（${f.field}）` : ''].join('');
}

export function formatReport(report: InspectionReport): string {
  const lines = [
    `网站自查：内容 ${report.contentDir}，网站 ${report.dist || '（未构建）'}，检查时间 ${report.checkedAt}`,
    `单项否决 ${report.counts.veto} 项，扣分 ${report.counts.deduct} 项，提示 ${report.counts.hint} 项`,
  ];
  for (const severity of SEVERITY_ORDER) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `【${SEVERITY_LABELS[severity]}】${group.length} 项`);
    group.forEach((f, i) => {
      lines.push(`${i + 1}. [${f.ruleLabel}] ${findingPlace(f)}`, `   发现：${f.text}`, `   建议：${f.fix}`);
    });
  }
  lines.push('', report.failed ? '结论：存在单项否决问题，按检查指标网站将被判为不合格。' : '结论：没有单项否决问题。');
  return lines.join('\n');
}
