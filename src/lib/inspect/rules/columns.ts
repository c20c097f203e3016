/**
 * 栏目不更新 and 空白栏目, as 国办秘函〔2019〕19号 counts them: a column without a new item within
 * its update period, or with no item at all. Each is 扣分; more such columns than the site's
 * threshold (the 指标: more than 5) makes every one of them 单项否决.
 */
import { daysBetween } from '../../site/calendarDays.ts';
import type { EntryRef, Finding } from '../types.ts';

export interface Column {
  /** 专题：双碳, 政策文件 … */
  name: string;
  /** The column's page, e.g. /topics/shuangtan/. */
  url: string;
  /** Items published in it. */
  count: number;
  /** Newest item's publication (or update) day, YYYY-MM-DD; null when it has none. */
  newest: string | null;
  /** Days within which a new item is due; 0: not checked. */
  periodDays: number;
  /** Where the period is set, named in the fix. */
  periodSetting: string;
  file?: string;
  entry?: EntryRef;
}

export interface ColumnThresholds {
  vetoStaleColumns: number;
  vetoEmptyColumns: number;
}

export function columnFindings(columns: readonly Column[], today: string, limits: ColumnThresholds): Finding[] {
  const empty = columns.filter((c) => c.count === 0);
  const stale = columns.filter(
    (c) => c.count > 0 && c.newest !== null && c.periodDays > 0 && daysBetween(c.newest, today) > c.periodDays,
  );
  const where = (c: Column) => ({
    ...(c.file ? { file: c.file } : {}),
    ...(c.entry ? { entry: c.entry } : {}),
  });
  const staleVeto = stale.length > limits.vetoStaleColumns;
  const emptyVeto = empty.length > limits.vetoEmptyColumns;
  return [
    ...stale.map(
      (c): Finding => ({
        severity: staleVeto ? 'veto' : 'deduct',
        rule: 'column-stale',
        ruleLabel: '栏目不更新',
        ...where(c),
        field: c.url,
        text: `${c.name}最近一次更新在 ${c.newest}，已 ${daysBetween(c.newest!, today)} 天，超过更新周期 ${c.periodDays} 天${
          staleVeto ? `（共 ${stale.length} 个栏目未按期更新，超过 ${limits.vetoStaleColumns} 个）` : ''
        }`,
        fix: `在${c.name}发布新内容；周期不合适时在站点设置“${c.periodSetting}”中调整`,
      }),
    ),
    ...empty.map(
      (c): Finding => ({
        severity: emptyVeto ? 'veto' : 'deduct',
        rule: 'column-empty',
        ruleLabel: '空白栏目',
        ...where(c),
        field: c.url,
        text: `${c.name}没有任何内容${emptyVeto ? `（共 ${empty.length} 个空白栏目，超过 ${limits.vetoEmptyColumns} 个）` : ''}`,
        fix: `为${c.name}发布内容，或删除这个栏目`,
      }),
    ),
  ];
}

/**
 * 网站不更新 (单项否决): nothing new on the 首页 within its period (the 指标: 2 weeks). The 首页 lists
 * the newest articles, documents and events, so its newest item is the newest of all columns.
 */
export function homeFindings(
  columns: readonly Column[],
  today: string,
  periodDays: number,
  setting: string,
): Finding[] {
  const newest = columns.reduce<string | null>((n, c) => (c.newest && (!n || c.newest > n) ? c.newest : n), null);
  if (periodDays === 0 || newest === null || daysBetween(newest, today) <= periodDays) return [];
  return [
    {
      severity: 'veto',
      rule: 'home-stale',
      ruleLabel: '网站不更新',
      field: '/',
      text: `首页最新的内容在 ${newest}，已 ${daysBetween(newest, today)} 天没有更新，超过 ${periodDays} 天`,
      fix: `发布新内容（文章、活动或政策文件）；周期见站点设置“${setting}”`,
    },
  ];
}
