// Links between 政策解读 and the 政策文件 they explain, computed once per build.
import type { InterpretationData } from '../../schemas/interpretation';

export interface InterpretationEntry {
  id: string;
  data: InterpretationData;
  /** Repository path, for error messages. */
  filePath?: string | undefined;
}

/**
 * Groups 解读 by the policy they explain, newest first. A 解读 naming a policy that does not
 * exist stops the build with the file and the bad value named (a dangling link is never shipped).
 */
export function interpretationsByPolicy(
  entries: readonly InterpretationEntry[],
  policyIds: ReadonlySet<string>,
): Map<string, InterpretationEntry[]> {
  const errors: string[] = [];
  const byPolicy = new Map<string, InterpretationEntry[]>();
  for (const entry of entries) {
    const policy = entry.data.policy;
    if (!policyIds.has(policy)) {
      errors.push(
        `${entry.filePath ?? entry.id}：字段 policy 的值 “${policy}” 不是已有的政策文件（src/content/policies/ 中没有这个网址名）`,
      );
      continue;
    }
    const list = byPolicy.get(policy) ?? [];
    list.push(entry);
    byPolicy.set(policy, list);
  }
  if (errors.length) throw new Error(`政策解读有误：\n${errors.join('\n')}`);
  for (const list of byPolicy.values()) {
    list.sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id));
  }
  return byPolicy;
}
