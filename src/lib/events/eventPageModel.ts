/**
 * The model of an event's page (/events/<slug>/): its entry, its record and what the build clock
 * decides about it (over or not, which the date's precision note depends on). Its hash is the
 * page's incremental-build key, so a cached page is rendered again on the build after the event ends.
 */
import { buildNow } from '../build/buildClock';
import { eventOver } from './eventRecord';
import type { RevisionHistory } from '../site/revisions';
import type { LoadedEvent } from './loadEvents';

export interface EventPageModel extends LoadedEvent {
  /** Over at the build's time. */
  over: boolean;
  /** 修订记录: the event file's history (src/lib/site/revisions.ts). */
  history: RevisionHistory;
}

export function eventPageModel(
  loaded: LoadedEvent,
  history: RevisionHistory,
  now: number = buildNow(),
): EventPageModel {
  return { ...loaded, over: eventOver(loaded.record) <= now, history };
}
