/**
 * getStaticPaths of /events/upcoming/page/<n>/ and /events/page/<n>/: pages 2 … of 即将举行 or
 * 已经结束 as of the build, with the props EventListPage takes.
 */
import { loadEvents } from './loadEvents';
import { splitByTime, timedOf } from './timeline';
import { EVENTS_PAST_PAGE_SIZE, EVENTS_UPCOMING_PAGE_SIZE, type EventPart } from './eventPages';
import { laterPagePaths } from '../site/pagination';
import { buildDate } from '../build/buildClock';

export async function eventLaterPagePaths(part: EventPart) {
  const records = (await loadEvents()).map((l) => l.record);
  const builtAt = buildDate();
  const lists = splitByTime(records, builtAt.getTime(), timedOf);
  return laterPagePaths(lists[part], part === 'past' ? EVENTS_PAST_PAGE_SIZE : EVENTS_UPCOMING_PAGE_SIZE, {
    part,
    builtAt,
  });
}
