/**
 * 政策文件 pages the inspection reads closely: a document's source (原文) must be downloadable,
 * and a 解读 and its document must link to each other (检查指标: 政策文件与解读材料应相互关联).
 */
import type { EntryRef, Finding } from '../types.ts';

export interface PolicySource {
  title: string;
  /** The source file as the entry names it, e.g. seeds/004_….txt. */
  sourceFile: string;
  sourceExists: boolean;
  /** The built download, e.g. /policies/x/source.txt, and whether it was built. */
  download: string;
  downloadBuilt: boolean;
  file: string;
  entry: EntryRef;
}

export function policySourceFindings(policies: readonly PolicySource[]): Finding[] {
  return policies
    .filter((p) => !p.sourceExists || !p.downloadBuilt)
    .map((p) => ({
      severity: 'deduct' as const,
      rule: 'policy-source',
      ruleLabel: '附件无法下载',
      file: p.file,
      field: '原文文件',
      entry: p.entry,
      text: !p.sourceExists
        ? `《${p.title}》的原文文件 ${p.sourceFile} 不存在`
        : `《${p.title}》的原文下载 ${p.download} 没有生成`,
      fix: !p.sourceExists ? '把原文放回 seeds/ 或重新导入（npm run import）' : '重新构建网站',
    }));
}

export interface InterpretationPair {
  title: string;
  /** /interpretations/<slug>/ and /policies/<policy>/. */
  interpretationUrl: string;
  policyUrl: string;
  /** The 解读 page links to the document; the document page links to the 解读. */
  toPolicy: boolean;
  toInterpretation: boolean;
  file: string;
  entry: EntryRef;
}

export function interpretationLinkFindings(pairs: readonly InterpretationPair[]): Finding[] {
  const findings: Finding[] = [];
  for (const p of pairs) {
    const base = {
      severity: 'deduct' as const,
      rule: 'interpretation-link',
      ruleLabel: '解读未关联',
      file: p.file,
      entry: p.entry,
    };
    if (!p.toPolicy)
      findings.push({
        ...base,
        field: p.interpretationUrl,
        text: `解读“${p.title}”的页面没有链接到它解读的文件 ${p.policyUrl}`,
        fix: '在解读的“所解读的政策文件”中选择这份文件，重新构建',
      });
    if (!p.toInterpretation)
      findings.push({
        ...base,
        field: p.policyUrl,
        text: `文件页面 ${p.policyUrl} 没有链接到它的解读“${p.title}”`,
        fix: '重新构建网站；文件页面会列出指向它的解读',
      });
  }
  return findings;
}
