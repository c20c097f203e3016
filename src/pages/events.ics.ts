import type { APIRoute } from 'astro';
import { site } from '../config/site';
import { loadEvents } from '../lib/events/loadEvents';
import { buildCalendar } from '../lib/events/ical';
import { feedEvents } from '../lib/events/feedEvents';
import { ALL_FEED } from '../lib/events/feeds';
import { buildNow } from '../lib/build/buildClock';

/** /events.ics: every event not yet over and the most recent past ones, for subscription. */
export const GET: APIRoute = async () => {
  const events = feedEvents(
    ALL_FEED,
    (await loadEvents()).map((e) => e.record),
    buildNow(),
  );
  const body = buildCalendar(events, {
    name: `${site.name} · 活动日历`,
    description: `${site.organization}发布的科普活动`,
    baseUrl: site.baseUrl,
    product: site.name,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
