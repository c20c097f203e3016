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
export function splitByTime<T>(items: readonly T[], now: number, timed: (item: T) => Timed): { upcoming: T[]; past: T[] } {
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
