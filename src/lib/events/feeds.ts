/**
 * The subscription feeds: everything, one per kind, one per audience, one per kind × audience
 * (so every filter of /events/ has its own feed), and 报名截止 alone. Names are stable ASCII.
 */
import { AUDIENCES, AUDIENCE_SLUGS, EVENT_KINDS, KIND_SLUGS, type Audience, type EventKind } from './vocabulary';
import type { EventRecord } from './eventRecord';
import type { EventFilters } from './filters';

/** What a feed holds: the events, their 报名截止 entries, or both. */
export type FeedContent = 'events-and-deadlines' | 'deadlines';

export interface FeedSpec {
  /** File name under /events/ without .ics, e.g. kind-keji-huodongzhou; 'all' is /events.ics. */
  name: string;
  /** Chinese label, e.g. 科技活动周 or 面向小学. */
  label: string;
  group: 'all' | 'kind' | 'audience' | 'kind-audience' | 'deadlines';
  content: FeedContent;
  matches: (e: EventRecord) => boolean;
}

export const ALL_FEED: FeedSpec = {
  name: 'all',
  label: '全部活动',
  group: 'all',
  content: 'events-and-deadlines',
  matches: () => true,
};

/** Only the 报名截止 of every event, each with reminders: what schools need most. */
export const DEADLINES_FEED: FeedSpec = {
  name: 'deadlines',
  label: '报名截止提醒',
  group: 'deadlines',
  content: 'deadlines',
  matches: () => true,
};

function kindFeed(k: EventKind): FeedSpec {
  return {
    name: `kind-${KIND_SLUGS[k]}`,
    label: k,
    group: 'kind',
    content: 'events-and-deadlines',
    matches: (e) => e.kind === k,
  };
}

function audienceFeed(a: Audience): FeedSpec {
  return {
    name: `audience-${AUDIENCE_SLUGS[a]}`,
    label: `面向${a}`,
    group: 'audience',
    content: 'events-and-deadlines',
    matches: (e) => e.audience.includes(a),
  };
}

function comboFeed(k: EventKind, a: Audience): FeedSpec {
  return {
    name: `kind-${KIND_SLUGS[k]}-audience-${AUDIENCE_SLUGS[a]}`,
    label: `${k} · 面向${a}`,
    group: 'kind-audience',
    content: 'events-and-deadlines',
    matches: (e) => e.kind === k && e.audience.includes(a),
  };
}

/** The per-kind and per-audience feeds listed on the page (the combinations are reached through the filter). */
export const FEEDS: readonly FeedSpec[] = [...EVENT_KINDS.map(kindFeed), ...AUDIENCES.map(audienceFeed)];

/** Every feed file under /events/<name>.ics. */
export const ALL_FEED_FILES: readonly FeedSpec[] = [
  ...FEEDS,
  ...EVENT_KINDS.flatMap((k) => AUDIENCES.map((a) => comboFeed(k, a))),
  DEADLINES_FEED,
];

/** The feed that holds exactly what the filter shows. */
export function feedForFilters(filters: EventFilters): FeedSpec {
  if (filters.kind && filters.audience) return comboFeed(filters.kind, filters.audience);
  if (filters.kind) return kindFeed(filters.kind);
  if (filters.audience) return audienceFeed(filters.audience);
  return ALL_FEED;
}

export function feedPath(feed: Pick<FeedSpec, 'name'>): string {
  return feed.name === 'all' ? '/events.ics' : `/events/${feed.name}.ics`;
}

/** The two addresses of a feed: https for Google/Android (and download), webcal:// for Apple/Outlook. */
export function feedLinks(feed: Pick<FeedSpec, 'name'>, baseUrl: string): { https: string; webcal: string } {
  const https = new URL(feedPath(feed), `${baseUrl}/`).toString();
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}
