/** Upcoming vs past, decided from an instant: the build's time at build, the browser's today at run time. */
import { eventOver, eventStart, type EventRecord } from './eventRecord';

/** Minimal shape the split needs, so the browser can use it on data attributes. */
export interface Timed {
  start: number;
  over: number;
}

export function timedOf(e: EventRecord): Timed {
  return { start: eventStart(e), over: eventOver(e) };
}

/** Upcoming (not over yet) soonest first; past most recent first. */
export function splitByTime<T>(
  items: readonly T[],
  now: number,
  timed: (item: T) => Timed,
): { upcoming: T[]; past: T[] } {
  const upcoming: T[] = [];
  const past: T[] = [];
  for (const item of items) (timed(item).over > now ? upcoming : past).push(item);
  upcoming.sort((a, b) => timed(a).start - timed(b).start || timed(a).over - timed(b).over);
  past.sort((a, b) => timed(b).start - timed(a).start || timed(b).over - timed(a).over);
  return { upcoming, past };
}

/** The next `count` events not yet over (for the home page). */
export function nextEvents(events: readonly EventRecord[], now: number, count: number): EventRecord[] {
  return splitByTime(events, now, timedOf).upcoming.slice(0, count);
}

/**
 * Past events kept in a calendar subscription. Calendar apps download the whole feed on every poll,
 * so it must not grow with the archive (2.2 MB for 2,400 events): every event not yet over, plus the
 * most recent past ones. Older events keep their page and their own .ics.
 */
export const SUBSCRIPTION_PAST_LIMIT = 100;

/** Events for a subscription feed at `now`: all not yet over, and the `pastLimit` most recent past ones. */
export function subscriptionEvents(
  events: readonly EventRecord[],
  now: number,
  pastLimit = SUBSCRIPTION_PAST_LIMIT,
): EventRecord[] {
  const { upcoming, past } = splitByTime(events, now, timedOf);
  return [...upcoming, ...past.slice(0, pastLimit)];
}
