import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../config/site';
import { loadEvents } from '../../lib/events/loadEvents';
import { buildCalendar } from '../../lib/events/ical';
import { feedEvents } from '../../lib/events/feedEvents';
import { ALL_FEED_FILES, type FeedSpec } from '../../lib/events/feeds';
import { buildNow } from '../../lib/build/buildClock';

/**
 * /events/kind-<x>.ics, /events/audience-<y>.ics, /events/kind-<x>-audience-<y>.ics (one per filter of
 * /events/) and /events/deadlines.ics (报名截止 only).
 */
export const getStaticPaths = (() =>
  ALL_FEED_FILES.map((feed) => ({ params: { feed: feed.name }, props: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: FeedSpec }> = async ({ props }) => {
  const events = feedEvents(
    props.feed,
    (await loadEvents()).map((e) => e.record),
    buildNow(),
  );
  const body = buildCalendar(events, {
    name: `${site.name} · ${props.feed.label}`,
    description:
      props.feed.content === 'deadlines'
        ? `${site.organization}发布的科普活动的报名截止日期，提前3天和1天提醒`
        : `${site.organization}发布的科普活动：${props.feed.label}`,
    baseUrl: site.baseUrl,
    product: site.name,
    content: props.feed.content,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
