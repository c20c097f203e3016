import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../config/site';
import { loadEvents } from '../../lib/events/loadEvents';
import { buildCalendar } from '../../lib/events/ical';
import { subscriptionEvents } from '../../lib/events/timeline';
import { FEEDS, type FeedSpec } from '../../lib/events/feeds';

/** /events/kind-<x>.ics and /events/audience-<x>.ics: one subscription per kind and per audience. */
export const getStaticPaths = (() => FEEDS.map((feed) => ({ params: { feed: feed.name }, props: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: FeedSpec }> = async ({ props }) => {
  const events = subscriptionEvents((await loadEvents()).map((e) => e.record).filter(props.feed.matches), Date.now());
  const body = buildCalendar(events, {
    name: `${site.name} · ${props.feed.label}`,
    description: `${site.organization}发布的科普活动：${props.feed.label}`,
    baseUrl: site.baseUrl,
    product: site.name,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
