/** The subscription feeds: everything, one per kind, one per audience. Names are stable ASCII. */
import { AUDIENCES, AUDIENCE_SLUGS, EVENT_KINDS, KIND_SLUGS } from './vocabulary';
import type { EventRecord } from './eventRecord';

export interface FeedSpec {
  /** File name under /events/ without .ics, e.g. kind-keji-huodongzhou; 'all' is /events.ics. */
  name: string;
  /** Chinese label, e.g. 科技活动周 or 面向小学. */
  label: string;
  group: 'all' | 'kind' | 'audience';
  matches: (e: EventRecord) => boolean;
}

export const ALL_FEED: FeedSpec = { name: 'all', label: '全部活动', group: 'all', matches: () => true };

export const FEEDS: readonly FeedSpec[] = [
  ...EVENT_KINDS.map((k): FeedSpec => ({ name: `kind-${KIND_SLUGS[k]}`, label: k, group: 'kind', matches: (e) => e.kind === k })),
  ...AUDIENCES.map((a): FeedSpec => ({ name: `audience-${AUDIENCE_SLUGS[a]}`, label: `面向${a}`, group: 'audience', matches: (e) => e.audience.includes(a) })),
];

export function feedPath(feed: FeedSpec): string {
  return feed.group === 'all' ? '/events.ics' : `/events/${feed.name}.ics`;
}
