/**
 * An event still listed under 即将举行 after it ended: the page was built before the event's end,
 * and readers without JavaScript (and inspectors) read a stale list until the next build.
 */
import type { EntryRef, Finding } from '../types.ts';

export interface ListedEvent {
  title: string;
  /** The built page that lists it under 即将举行. */
  page: string;
  /** When the event ends (ms since the epoch). */
  endsAt: number;
  /** Its end as written, for the message. */
  endText: string;
  file?: string;
  entry?: EntryRef;
}

export function upcomingEventFindings(listed: readonly ListedEvent[], now: number): Finding[] {
  return listed
    .filter((e) => e.endsAt < now)
    .map((e) => ({
      severity: 'deduct' as const,
      rule: 'event-expired',
      ruleLabel: '过期活动仍列为即将举行',
      ...(e.file ? { file: e.file } : {}),
      ...(e.entry ? { entry: e.entry } : {}),
      field: e.page,
      text: `“${e.title}”已于 ${e.endText} 结束，仍列在“即将举行”`,
      fix: '重新构建并发布网站（每天至少构建一次，活动列表才会按当天划分）',
    }));
}

/** Event slugs in the 即将举行 list of a built events page (<ul id="events-upcoming">). */
export function upcomingSlugs(html: string): string[] {
  const start = html.indexOf('id="events-upcoming"');
  if (start < 0) return [];
  const end = html.indexOf('</ul>', start);
  const list = html.slice(start, end < 0 ? undefined : end);
  return [...new Set([...list.matchAll(/href="\/events\/([a-z0-9-]+)\/"/gu)].map((m) => m[1]!))];
}
