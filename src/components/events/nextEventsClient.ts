/**
 * Home page "next events": drops entries that have ended since the build (from the reader's
 * clock) and tops the list up from the spares rendered hidden after them.
 */
import { splitByTime } from '../../lib/events/timeline';

export function refreshNextEvents(root: ParentNode = document, now: number = Date.now()): void {
  for (const list of root.querySelectorAll<HTMLUListElement>('.home-events-list')) {
    const shown = Number(list.dataset.shown);
    const items = [...list.querySelectorAll<HTMLLIElement>('li[data-over]')];
    const { upcoming, past } = splitByTime(items, now, (li) => ({ start: Number(li.dataset.start), over: Number(li.dataset.over) }));
    upcoming.forEach((li, i) => (li.hidden = i >= shown));
    for (const li of past) li.hidden = true;
    const empty = list.parentElement?.querySelector<HTMLElement>('.home-events-empty');
    if (empty) empty.hidden = upcoming.length > 0;
  }
}
