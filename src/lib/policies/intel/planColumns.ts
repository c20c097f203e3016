/** Every plan's comparison column, from the build's policy intelligence (computed once). */
import type { Intel } from './intel';
import type { PlanColumn } from './compareChoice';

let cached: PlanColumn[] | null = null;

export function planColumns(intel: Intel): PlanColumn[] {
  const titles = new Map(intel.entries.map((e) => [e.id, e.data.title]));
  cached ??= intel.plans.map((p) => {
    const t = (intel.targets.get(p.slug) ?? []).find((x) => !x.baseline && x.category === '公民科学素质比例') ?? null;
    return {
      ...p,
      title: titles.get(p.slug) ?? p.slug,
      share: t ? { text: `${t.period}${t.qualifier}${t.figure ?? ''}`, anchor: t.anchor } : null,
    };
  });
  return cached;
}
