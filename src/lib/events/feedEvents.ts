/**
 * What a subscription feed's file holds at a given time, for the .ics route and for the page that
 * lists the feeds (so a feed with nothing in it is said to be empty, not offered silently).
 */
import type { EventRecord } from './eventRecord';
import type { FeedSpec } from './feeds';
import { hasDatedDeadline } from './icalDeadline';
import { subscriptionEvents } from './timeline';

/** The events whose entries a feed carries at `now`: for 报名截止 alone, those with a dated deadline. */
export function feedEvents(feed: FeedSpec, records: readonly EventRecord[], now: number): EventRecord[] {
  const held = subscriptionEvents(records.filter(feed.matches), now);
  return feed.content === 'deadlines' ? held.filter(hasDatedDeadline) : held;
}

/** A feed as the page lists it: with how many events its file holds now (0: say it is empty). */
export interface ListedFeed {
  feed: FeedSpec;
  events: number;
}

export function listedFeeds(feeds: readonly FeedSpec[], records: readonly EventRecord[], now: number): ListedFeed[] {
  return feeds.map((feed) => ({ feed, events: feedEvents(feed, records, now).length }));
}
