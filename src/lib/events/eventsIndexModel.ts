/**
 * The model of /events/: the first page of each list as of the build's time (the page script
 * re-splits from the reader's today), the calendar years, and every feed 全部订阅日历 lists with
 * how many events its file holds. The page builds it from the events and the build's time and
 * renders it; its components load nothing themselves.
 */
import { pageOf, type ListPage } from '../site/pagination';
import { itemsByYear, toCalendarItem } from './calendarItems';
import type { EventRecord } from './eventRecord';
import { EVENTS_PAST_PAGE_SIZE, EVENTS_UPCOMING_PAGE_SIZE } from './eventPages';
import { listedFeeds, type ListedFeed } from './feedEvents';
import { ALL_FEED, DEADLINES_FEED, FEEDS } from './feeds';
import { splitByTime, timedOf } from './timeline';

export interface EventsIndexModel {
  builtAt: Date;
  upcomingPage: ListPage<EventRecord>;
  pastPage: ListPage<EventRecord>;
  /** Years with events, for the month view's data files. */
  years: number[];
  /** 全部订阅日历: the whole calendar and 报名截止, then by kind, then by audience. */
  feeds: { main: ListedFeed[]; kinds: ListedFeed[]; audiences: ListedFeed[] };
}

export function eventsIndexModel(records: readonly EventRecord[], builtAt: Date): EventsIndexModel {
  const now = builtAt.getTime();
  const { upcoming, past } = splitByTime(records, now, timedOf);
  return {
    builtAt,
    upcomingPage: pageOf(upcoming, 1, EVENTS_UPCOMING_PAGE_SIZE),
    pastPage: pageOf(past, 1, EVENTS_PAST_PAGE_SIZE),
    years: [...itemsByYear(records.map(toCalendarItem)).keys()],
    feeds: {
      main: listedFeeds([ALL_FEED, DEADLINES_FEED], records, now),
      kinds: listedFeeds(
        FEEDS.filter((f) => f.group === 'kind'),
        records,
        now,
      ),
      audiences: listedFeeds(
        FEEDS.filter((f) => f.group === 'audience'),
        records,
        now,
      ),
    },
  };
}
