/**
 * /events/calendar/<year>.json: the calendar items of every event overlapping that year. The month
 * view loads the year it shows; a filtered list loads every year (the years are on /events/).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadEvents } from '../../../lib/events/loadEvents';
import { itemsByYear, toCalendarItem, type CalendarItem } from '../../../lib/events/calendarItems';

export const getStaticPaths = (async () => {
  const byYear = itemsByYear((await loadEvents()).map((l) => toCalendarItem(l.record)));
  return [...byYear].map(([year, items]) => ({ params: { year: String(year) }, props: { items } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ items: CalendarItem[] }> = ({ props }) =>
  new Response(JSON.stringify(props.items), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
