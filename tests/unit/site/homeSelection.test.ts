import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../src/schemas/event';
import { toEventRecord } from '../../../src/lib/events/eventRecord';
import { eventsGoingAhead, leadArticle } from '../../../src/lib/site/homeSelection';

const record = (slug: string, start: string, status = 'scheduled') =>
  toEventRecord(
    slug,
    eventSchema.parse({
      title: slug,
      kind: '科普讲座',
      datePrecision: 'day',
      start,
      organizer: '科协',
      audience: ['公众'],
      updated: '2026-11-23',
      status,
    }),
  );

describe('home page selection', () => {
  it('leads with the newest pinned article, else the newest', () => {
    const list = [
      { id: 'a', data: {} },
      { id: 'b', data: { pinned: true } },
      { id: 'c', data: { pinned: true } },
    ];
    expect(leadArticle(list)?.id).toBe('b');
    expect(
      leadArticle([
        { id: 'a', data: {} },
        { id: 'b', data: { pinned: false } },
      ])?.id,
    ).toBe('a');
    expect(leadArticle([])).toBeUndefined();
  });

  it('announces the next events going ahead: not cancelled, not over', () => {
    const now = Date.UTC(2026, 10, 23);
    const events = [
      record('past', '2026-01-05'),
      record('off', '2026-12-01', 'cancelled'),
      record('later', '2027-01-05'),
      record('soon', '2026-12-02', 'postponed'),
    ];
    expect(eventsGoingAhead(events, now, 3).map((e) => e.slug)).toEqual(['soon', 'later']);
  });
});
