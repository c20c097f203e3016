import type { APIRoute } from 'astro';
import { site } from '../config/site';
import { loadEvents } from '../lib/events/loadEvents';
import { buildCalendar } from '../lib/events/ical';

/** /events.ics: every event, for subscription. */
export const GET: APIRoute = async () => {
  const events = (await loadEvents()).map((e) => e.record);
  const body = buildCalendar(events, {
    name: `${site.name} · 活动日历`,
    description: `${site.organization}发布的科普活动`,
    baseUrl: site.baseUrl,
    product: site.name,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
