/** What the home page picks: the lead article and the events worth announcing. Pure, unit-tested. */
import type { EventRecord } from '../events/eventRecord';
import { nextEvents } from '../events/timeline';

/** The lead: the newest pinned (置顶) article, else the newest one. `articles` is newest first. */
export function leadArticle<A extends { data: { pinned?: boolean } }>(articles: readonly A[]): A | undefined {
  return articles.find((a) => a.data.pinned) ?? articles[0];
}

/** The next `count` events not yet over that are going ahead: a cancelled event is no news to announce. */
export function eventsGoingAhead(events: readonly EventRecord[], now: number, count: number): EventRecord[] {
  return nextEvents(
    events.filter((e) => e.status !== 'cancelled'),
    now,
    count,
  );
}
