/**
 * The browser's copy of EventCard.astro for a past event of a filtered list, drawn from its
 * calendar item: the same markup and words (a past event needs no 报名截止 line).
 */
import { el } from '../../lib/site/dom';
import type { CalendarItem } from '../../lib/events/calendarItems';

const STATUS_OF: Record<string, string> = { 已取消: 'cancelled', 已延期: 'postponed' };

export function eventCardElement(item: CalendarItem): HTMLLIElement {
  const li = el('li', { class: 'event-card' });
  Object.assign(li.dataset, {
    event: item.slug,
    kind: item.kind,
    audience: item.audience.join(' '),
    start: String(item.start),
    over: String(item.over),
    status: STATUS_OF[item.statusLabel] ?? 'scheduled',
  });
  const title = el('h3', { class: 'event-card-title' }, el('a', { href: item.url }, item.title));
  if (item.example) title.append(' ', el('span', { class: 'badge badge-example' }, '示例'));
  if (item.statusLabel) title.append(' ', el('span', { class: 'badge event-card-status' }, item.statusLabel));
  const dot = (): HTMLSpanElement => el('span', { 'aria-hidden': 'true' }, ' · ');
  const meta = el(
    'p',
    { class: 'meta' },
    el('span', {}, item.kind),
    dot(),
    el('span', {}, `地点：${item.place ?? '未公布'}`),
    dot(),
    el('span', {}, `面向：${item.audience.join('、')}`),
  );
  li.append(title, el('p', { class: 'event-card-when' }, item.when), meta);
  return li;
}
