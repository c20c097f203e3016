import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../config/site';
import { loadEvents } from '../../../lib/events/loadEvents';
import { buildCalendar } from '../../../lib/events/ical';
import { cacheKey, entryKey } from '../../../lib/build/cacheKey';
import type { EventRecord } from '../../../lib/events/eventRecord';

/** /events/<slug>/event.ics: the 添加到日历 download for one event. */
export const getStaticPaths = (async () =>
  (await loadEvents()).map(({ entry, record }) => ({
    params: { slug: record.slug },
    props: { record },
    // The file is made from the event's own entry and the site's name and address.
    cacheKey: cacheKey(entryKey(entry), record, site),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: EventRecord }> = ({ props }) => {
  const body = buildCalendar([props.record], { name: props.record.title, baseUrl: site.baseUrl, product: site.name });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
