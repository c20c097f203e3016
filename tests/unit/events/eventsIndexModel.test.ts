import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../src/schemas/event';
import { toEventRecord, type EventRecord } from '../../../src/lib/events/eventRecord';
import { eventsIndexModel } from '../../../src/lib/events/eventsIndexModel';
import { feedEvents } from '../../../src/lib/events/feedEvents';
import { ALL_FEED, DEADLINES_FEED, FEEDS } from '../../../src/lib/events/feeds';
import { SUBSCRIPTION_PAST_LIMIT } from '../../../src/lib/events/timeline';

function record(slug: string, front: Record<string, unknown>): EventRecord {
  return toEventRecord(
    slug,
    eventSchema.parse({
      title: slug,
      organizer: '益阳市科学技术协会',
      updated: '2026-11-01',
      datePrecision: 'day',
      ...front,
    }),
  );
}

const BUILT_AT = new Date('2026-11-23T10:00:00+08:00');
const talk = record('talk', { kind: '科普讲座', audience: ['公众', '老年人'], start: '2026-12-05', end: '2026-12-05' });
const contest = record('contest', {
  kind: '青少年科技创新大赛',
  audience: ['小学', '初中'],
  start: '2027-04-10',
  end: '2027-04-12',
  registrationDeadline: '2027-03-31T17:00',
});
const oldWeek = record('old-week', { kind: '科技活动周', audience: ['公众'], start: '2025-05-16', end: '2025-05-23' });

const countOf = (feeds: { feed: { name: string }; events: number }[], name: string) =>
  feeds.find((l) => l.feed.name === name)?.events;

describe('the /events/ model: how many events each listed feed holds', () => {
  const model = eventsIndexModel([talk, contest, oldWeek], BUILT_AT);

  it('lists the whole calendar and 报名截止 first, then every kind and every audience', () => {
    expect(model.feeds.main.map((l) => l.feed)).toEqual([ALL_FEED, DEADLINES_FEED]);
    expect([...model.feeds.kinds, ...model.feeds.audiences].map((l) => l.feed)).toEqual([...FEEDS]);
  });

  it('counts the events a feed carries, past ones included, and 0 for a choice nobody holds', () => {
    expect(countOf(model.feeds.main, 'all')).toBe(3);
    expect(countOf(model.feeds.audiences, 'audience-gongzhong')).toBe(2);
    expect(countOf(model.feeds.audiences, 'audience-xiaoxue')).toBe(1);
    expect(countOf(model.feeds.audiences, 'audience-gaoxiao')).toBe(0);
    expect(countOf(model.feeds.kinds, 'kind-keji-huodongzhou')).toBe(1);
  });

  it('counts for 报名截止 only the events that have a deadline', () => {
    expect(countOf(model.feeds.main, 'deadlines')).toBe(1);
    expect(countOf(eventsIndexModel([talk, oldWeek], BUILT_AT).feeds.main, 'deadlines')).toBe(0);
  });

  it('with no events at all every feed is empty', () => {
    const empty = eventsIndexModel([], BUILT_AT).feeds;
    expect([...empty.main, ...empty.kinds, ...empty.audiences].every((l) => l.events === 0)).toBe(true);
  });

  it('counts what the feed file holds: past events beyond the kept number are not in it', () => {
    const archive = Array.from({ length: SUBSCRIPTION_PAST_LIMIT + 5 }, (_, i) =>
      record(`past-${i}`, { kind: '科普讲座', audience: ['公众'], start: '2024-01-01', end: '2024-01-01' }),
    );
    const records = [...archive, talk];
    expect(feedEvents(ALL_FEED, records, BUILT_AT.getTime())).toHaveLength(SUBSCRIPTION_PAST_LIMIT + 1);
    expect(countOf(eventsIndexModel(records, BUILT_AT).feeds.main, 'all')).toBe(SUBSCRIPTION_PAST_LIMIT + 1);
  });

  it('splits the lists at the build time', () => {
    expect(model.upcomingPage.data.map((e) => e.slug)).toEqual(['talk', 'contest']);
    expect(model.pastPage.data.map((e) => e.slug)).toEqual(['old-week']);
    expect(model.years).toEqual([2025, 2026, 2027]);
  });
});
