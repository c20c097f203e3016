// A page's incremental-build key is the hash of its model: what the build clock decides about an
// event, and the footer's site pages, change it; the same model gives the same key.
import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../../src/lib/build/cacheKey';
import { eventPageModel } from '../../../src/lib/events/eventPageModel';
import { toEventRecord } from '../../../src/lib/events/eventRecord';
import type { LoadedEvent } from '../../../src/lib/events/loadEvents';
import { siteModelOf } from '../../../src/lib/site/siteModel';
import { site } from '../../../src/config/site';
import { eventSchema } from '../../../src/schemas/event';

const data = eventSchema.parse({
  title: '防诈讲座',
  kind: '科普讲座',
  datePrecision: 'datetime',
  start: '2026-12-05T09:30',
  end: '2026-12-05T11:00',
  organizer: '益阳市科学技术协会',
  audience: ['老年人'],
  updated: '2026-11-23',
});
const loaded = {
  record: toEventRecord('fangzha', data),
  entry: { id: 'fangzha', collection: 'events', digest: 'd1', data, body: '讲解防诈。' },
} as unknown as LoadedEvent;
const at = (iso: string) => Date.parse(iso);
const history = { revisions: [], unavailable: '不是仓库' };

describe('page model keys', () => {
  it('an event page is keyed again once the event is over at the build time, not on every build', () => {
    const before = eventPageModel(loaded, history, at('2026-12-01T10:00:00+08:00'));
    const dayBefore = eventPageModel(loaded, history, at('2026-12-04T10:00:00+08:00'));
    const after = eventPageModel(loaded, history, at('2026-12-05T11:30:00+08:00'));
    expect([before.over, after.over]).toEqual([false, true]);
    expect(cacheKey(before)).toBe(cacheKey(dayBefore));
    expect(cacheKey(after)).not.toBe(cacheKey(before));
  });

  it('renaming a footer page changes the site model every key includes; editing its text does not', () => {
    const pages: { id: string; data: { title: string; body?: string } }[] = [
      { id: 'about', data: { title: '关于我们', body: '甲' } },
      { id: 'contact', data: { title: '联系我们' } },
    ];
    const key = (p: typeof pages) => cacheKey(siteModelOf(site, p), { page: 1 });
    const renamed = [{ ...pages[0]!, data: { ...pages[0]!.data, title: '关于本站' } }, pages[1]!];
    const rewritten = [{ ...pages[0]!, data: { ...pages[0]!.data, body: '乙' } }, pages[1]!];
    expect(key(renamed)).not.toBe(key(pages));
    expect(key(rewritten)).toBe(key(pages));
  });

  it('an entry stands for itself by its digest and data: a new digest changes the key', () => {
    const edited = { ...loaded, entry: { ...loaded.entry, digest: 'd2' } } as LoadedEvent;
    const now = at('2026-12-01T10:00:00+08:00');
    expect(cacheKey(eventPageModel(edited, history, now))).not.toBe(cacheKey(eventPageModel(loaded, history, now)));
  });
});
