/**
 * The fixed vocabularies of the event calendar: kinds, audiences, statuses, and the ASCII
 * names used in feed URLs (/events/kind-<x>.ics) so links survive WeChat, email and print.
 */

/** 活动类型. Order is the order shown in filters. */
export const EVENT_KINDS = [
  '全国科普日',
  '全国科普月',
  '科技活动周',
  '青少年科技创新大赛',
  '青少年机器人竞赛',
  '学科奥赛',
  '青少年高校科学营',
  '流动科技馆巡展',
  '科普讲座',
  '其他',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** 面向对象. 小学/初中/高中 are the 学段 schools filter by. */
export const AUDIENCES = ['小学', '初中', '高中', '高校', '教师', '公众', '老年人'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const SCHOOL_STAGES: readonly Audience[] = ['小学', '初中', '高中'];

export const EVENT_STATUSES = ['scheduled', 'postponed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const STATUS_LABELS: Record<EventStatus, string> = {
  scheduled: '按计划举行',
  postponed: '已延期',
  cancelled: '已取消',
};

/** Stable ASCII feed names (pinyin). A published name never changes. */
export const KIND_SLUGS: Record<EventKind, string> = {
  全国科普日: 'quanguo-kepuri',
  全国科普月: 'quanguo-kepuyue',
  科技活动周: 'keji-huodongzhou',
  青少年科技创新大赛: 'chuangxin-dasai',
  青少年机器人竞赛: 'jiqiren-jingsai',
  学科奥赛: 'xueke-aosai',
  青少年高校科学营: 'gaoxiao-kexueying',
  流动科技馆巡展: 'liudong-kejiguan',
  科普讲座: 'kepu-jiangzuo',
  其他: 'qita',
};

export const AUDIENCE_SLUGS: Record<Audience, string> = {
  小学: 'xiaoxue',
  初中: 'chuzhong',
  高中: 'gaozhong',
  高校: 'gaoxiao',
  教师: 'jiaoshi',
  公众: 'gongzhong',
  老年人: 'laonianren',
};

export function isEventKind(value: string): value is EventKind {
  return (EVENT_KINDS as readonly string[]).includes(value);
}

export function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}

/** Accepts the Chinese name or its ASCII slug (both appear in shared links). */
export function kindFromParam(value: string | null | undefined): EventKind | null {
  if (!value) return null;
  if (isEventKind(value)) return value;
  const hit = EVENT_KINDS.find((k) => KIND_SLUGS[k] === value);
  return hit ?? null;
}

export function audienceFromParam(value: string | null | undefined): Audience | null {
  if (!value) return null;
  if (isAudience(value)) return value;
  const hit = AUDIENCES.find((a) => AUDIENCE_SLUGS[a] === value);
  return hit ?? null;
}
