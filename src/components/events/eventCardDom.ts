/**
 * The browser's copy of EventCard.astro for a past event of a filtered list, drawn from its
 * calendar item: the same markup and words (a past event needs no 报名截止 line).
 */
import type { CalendarItem } from '../../lib/events/calendarItems';

const STATUS_OF: Record<string, string> = { 已取消: 'cancelled', 已延期: 'postponed' };

function span(text: string, className = ''): HTMLSpanElement {
  return Object.assign(document.createElement('span'), { textContent: text, className });
}

export function eventCardElement(item: CalendarItem): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'event-card';
  Object.assign(li.dataset, {
    event: item.slug,
    kind: item.kind,
    audience: item.audience.join(' '),
    start: String(item.start),
    over: String(item.over),
    status: STATUS_OF[item.statusLabel] ?? 'scheduled',
  });
  const title = Object.assign(document.createElement('h3'), { className: 'event-card-title' });
  title.append(Object.assign(document.createElement('a'), { href: item.url, textContent: item.title }));
  if (item.example) title.append(' ', span('示例', 'badge badge-example'));
  if (item.statusLabel) title.append(' ', span(item.statusLabel, 'badge event-card-status'));
  const when = Object.assign(document.createElement('p'), { className: 'event-card-when', textContent: item.when });
  const meta = Object.assign(document.createElement('p'), { className: 'meta' });
  const dot = (): HTMLSpanElement => {
    const s = span(' · ');
    s.setAttribute('aria-hidden', 'true');
    return s;
  };
  meta.append(span(item.kind), dot(), span(`地点：${item.place ?? '未公布'}`), dot(), span(`面向：${item.audience.join('、')}`));
  li.append(title, when, meta);
  return li;
}
