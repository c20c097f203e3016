/**
 * Browser side of /events/: re-splits upcoming/past from today's date, applies the URL-backed
 * filters, switches list/month view and drives the month grid's keyboard navigation.
 * The page carries the first page of upcoming and of past events; a filter searches every event
 * (all /events/calendar/<year>.json files), showing the past ones in pages (?page=n), and the
 * month view loads the year it shows. All date logic comes from the pure modules in src/lib/events.
 */
import {
  describeFilters,
  filtersToSearch,
  matchesFilters,
  parseFilters,
  type EventFilters,
} from '../../lib/events/filters';
import { splitByTime } from '../../lib/events/timeline';
import { formatEventDate, parseEventDate } from '../../lib/events/eventDate';
import { shanghaiDayKey, splitDayKey } from '../../lib/site/calendarDays';
import { deadlinesOnDay, itemsOnDay, monthWeeks, moveFocus, undatedInMonth } from '../../lib/events/monthGrid';
import type { CalendarItem } from '../../lib/events/calendarItems';
import { initSubscribeBox } from './subscribeBox';
import { pageCount, pageHref, pageOf, requestedPage } from '../../lib/site/pagination';
import { paginationElement } from '../site/paginationDom';
import { eventCardElement } from './eventCardDom';
import { el } from '../../lib/site/dom';
import { withParams } from '../../lib/site/queryParams';

type View = 'list' | 'month';

const WEEKDAY_NAMES = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

function chineseDay(key: string): string {
  return formatEventDate(parseEventDate(key, 'day'));
}

function eventLink(item: CalendarItem): HTMLLIElement {
  const flags = [item.example ? '（示例）' : '', item.statusLabel ? `【${item.statusLabel}】` : ''].join('');
  return el(
    'li',
    {},
    el('a', { href: item.url }, item.title),
    ` ${flags}`,
    el('span', { class: 'meta' }, ` ${item.when}`),
  );
}

/** An event's 报名截止 in the month view's day list: its own line, linked to the event. */
function deadlineLink(item: CalendarItem): HTMLLIElement {
  return el(
    'li',
    { class: 'day-deadline' },
    '报名截止：',
    el('a', { href: item.url }, item.title),
    el('span', { class: 'meta' }, ` ${item.deadline!.text}`),
  );
}

/** The calendar items of the years the page names, loaded once per year and shared by both views. */
function yearLoader(years: readonly number[]): {
  year(y: number): Promise<CalendarItem[]>;
  all(): Promise<CalendarItem[]>;
} {
  const cache = new Map<number, Promise<CalendarItem[]>>();
  const year = (y: number): Promise<CalendarItem[]> => {
    if (!years.includes(y)) return Promise.resolve([]);
    let p = cache.get(y);
    if (!p) {
      p = fetch(`/events/calendar/${y}.json`).then((r) =>
        r.ok ? (r.json() as Promise<CalendarItem[]>) : Promise.reject(new Error(String(r.status))),
      );
      // A failed load is tried again next time.
      p.catch(() => cache.delete(y));
      cache.set(y, p);
    }
    return p;
  };
  const all = async (): Promise<CalendarItem[]> => {
    const bySlug = new Map<string, CalendarItem>();
    for (const list of await Promise.all(years.map(year))) for (const it of list) bySlug.set(it.slug, it);
    return [...bySlug.values()];
  };
  return { year, all };
}

export function initEventsCalendar(): void {
  const app = document.getElementById('events-app');
  if (!app) return;
  const years = (app.dataset.years ?? '').split(' ').filter(Boolean).map(Number);
  const pastPageSize = Number(app.dataset.pastPageSize);
  const loader = yearLoader(years);
  const today = shanghaiDayKey(Date.now()); // browser: the reader's own today
  const upcomingList = document.getElementById('events-upcoming') as HTMLUListElement;
  const pastList = document.getElementById('events-past') as HTMLUListElement;
  const cards = [...app.querySelectorAll<HTMLLIElement>('li[data-event]')];

  // 1. Upcoming/past from today's date, not the build date.
  const { upcoming, past } = splitByTime(cards, Date.now(), (li) => ({
    start: Number(li.dataset.start),
    over: Number(li.dataset.over),
  }));
  upcomingList.replaceChildren(...upcoming);
  pastList.replaceChildren(...past);
  // What the unfiltered list shows, to come back to when the filters are cleared.
  const pastPager = document.getElementById('events-past-pager')!;
  const upcomingPager = document.getElementById('events-upcoming-pager')!;
  const upcomingComplete = app.dataset.upcomingComplete === 'true';
  const builtUpcoming = [...upcomingList.children] as HTMLElement[];
  const builtUpcomingPager = [...upcomingPager.children];
  const builtPast = [...pastList.children];
  const builtPager = [...pastPager.children];
  const splitNote = document.getElementById('events-split-note');
  if (splitNote) splitNote.textContent = `按今天（${chineseDay(today)}，北京时间）划分“即将举行”和“已经结束”。`;

  // 2. Filters, read from and written to the URL.
  const form = document.getElementById('event-filters') as HTMLFormElement;
  const kindSelect = form.querySelector<HTMLSelectElement>('select[name="kind"]')!;
  const status = document.getElementById('events-result')!;
  let filters: EventFilters = parseFilters(location.search);

  const followFilter = initSubscribeBox();

  function syncControls(): void {
    kindSelect.value = filters.kind ?? '';
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="audience"]')) {
      radio.checked = radio.value === (filters.audience ?? '');
    }
  }

  function writeUrl(extra: Record<string, string | null> = {}): void {
    const q = withParams(filtersToSearch(filters, location.search), extra).toString();
    history.replaceState(history.state, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
  }

  const active = (): boolean => filters.kind !== null || filters.audience !== null;

  /**
   * Events matching the filters from every year's file: all upcoming ones when the page holds only
   * the first page of them, and the page of the past ones `query` asks for (?page=), replacing the
   * built lists. Returns how many match in all.
   */
  async function showFiltered(query: URLSearchParams): Promise<number> {
    pastList.setAttribute('aria-busy', 'true');
    try {
      const split = splitByTime(await loader.all(), Date.now(), (it) => it);
      let total = 0;
      if (!upcomingComplete) {
        const soon = split.upcoming.filter((it) => matchesFilters(it, filters));
        upcomingList.replaceChildren(...soon.map(eventCardElement));
        upcomingPager.replaceChildren();
        total += soon.length;
      }
      const found = split.past.filter((it) => matchesFilters(it, filters));
      const page = pageOf(found, requestedPage(query, pageCount(found.length, pastPageSize)), pastPageSize);
      pastList.replaceChildren(...page.data.map(eventCardElement));
      const hrefFor = (k: number): string =>
        pageHref('/events/', new URLSearchParams(filtersToSearch(filters)), k, '#events-past-title');
      const nav = paginationElement(page, hrefFor, '项已结束的活动', '已经结束的活动分页');
      pastPager.replaceChildren(...(nav ? [nav] : []));
      return total + found.length;
    } finally {
      pastList.removeAttribute('aria-busy');
    }
  }

  async function applyFilters(announce: boolean, pageQuery = new URLSearchParams()): Promise<void> {
    let shown = 0;
    if (!active() || upcomingComplete) {
      upcomingList.replaceChildren(...builtUpcoming);
      upcomingPager.replaceChildren(...builtUpcomingPager);
      for (const li of builtUpcoming) {
        const ok = matchesFilters(
          { kind: li.dataset.kind ?? '', audience: (li.dataset.audience ?? '').split(' ') },
          filters,
        );
        li.hidden = !ok;
        if (ok) shown++;
      }
    }
    let pastTotal: number | null = null;
    if (active()) {
      try {
        shown += await showFiltered(pageQuery);
      } catch {
        pastTotal = -1;
      }
    } else {
      pastList.replaceChildren(...builtPast);
      pastPager.replaceChildren(...builtPager);
      for (const li of builtPast) (li as HTMLElement).hidden = false;
    }
    for (const [list, emptyId] of [
      [upcomingList, 'events-upcoming-empty'],
      [pastList, 'events-past-empty'],
    ] as const) {
      const empty = document.getElementById(emptyId);
      if (empty) empty.hidden = [...list.children].some((c) => !(c as HTMLElement).hidden);
    }
    const described = describeFilters(filters);
    if (pastTotal === -1) status.textContent = '已结束活动的筛选结果加载失败，请刷新页面重试。';
    else if (announce || described)
      status.textContent = described ? `筛选（${described}）：共 ${shown} 项活动。` : `共 ${shown} 项活动。`;
    followFilter?.(filters, pastTotal === -1 ? null : shown);
    if (month) month.render(false);
  }

  /** The filters the form's controls show. */
  const readForm = (): EventFilters => {
    const data = new FormData(form);
    return parseFilters(
      new URLSearchParams({ kind: String(data.get('kind') ?? ''), audience: String(data.get('audience') ?? '') }),
    );
  };
  form.addEventListener('change', () => {
    filters = readForm();
    writeUrl({ page: null });
    void applyFilters(true);
  });
  form.addEventListener('reset', () => {
    // Let the browser reset the controls first, then mirror them (as they are then: a choice made
    // in the meantime is kept, not undone).
    setTimeout(() => {
      filters = readForm();
      writeUrl({ page: null });
      void applyFilters(true);
    });
  });
  // Filters apply on change; the submit button (for those who look for one) re-announces the count.
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void applyFilters(true, new URLSearchParams(location.search));
  });

  // 3. Month grid.
  const month = setupMonthView(
    loader,
    today,
    () => filters,
    (m) => writeUrl({ month: m }),
  );

  // 4. List / month switch (?view=month).
  const switcher = document.getElementById('events-view-switch')!;
  const listView = document.getElementById('events-list-view')!;
  const monthView = document.getElementById('events-month-view')!;
  function setView(view: View, focus: boolean): void {
    listView.hidden = view !== 'list';
    monthView.hidden = view !== 'month';
    for (const b of switcher.querySelectorAll<HTMLButtonElement>('button[data-view]')) {
      b.setAttribute('aria-pressed', String(b.dataset.view === view));
    }
    if (view === 'month') {
      month?.render(false);
      writeUrl({ view: 'month', month: month?.monthParam() ?? null });
      if (focus) month?.focusSelected();
    } else {
      writeUrl({ view: null, month: null });
    }
  }
  switcher.addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-view]');
    if (b) setView(b.dataset.view as View, false);
  });

  syncControls();
  const params = new URLSearchParams(location.search);
  void applyFilters(false, params);
  if (params.get('view') === 'month') setView('month', false);
}

interface MonthView {
  render(moveFocus: boolean): void;
  focusSelected(): void;
  monthParam(): string;
}

function setupMonthView(
  loader: ReturnType<typeof yearLoader>,
  today: string,
  currentFilters: () => EventFilters,
  onMonthChange: (month: string) => void,
): MonthView | null {
  const grid = document.getElementById('month-grid') as HTMLTableElement | null;
  if (!grid) return null;
  const body = grid.tBodies[0]!;
  const title = document.getElementById('month-title')!;
  const undated = document.getElementById('month-undated')!;
  const dayTitle = document.getElementById('month-day-title')!;
  const dayList = document.getElementById('month-day-list')!;
  const view = document.getElementById('events-month-view')!;

  const requested = new URLSearchParams(location.search).get('month');
  let selected = requested && /^\d{4}-\d{2}$/.test(requested) ? `${requested}-01` : today;

  // Items of the shown month's year from its file (and the neighbouring year's in January and
  // December, whose grids show a few days of it); render() draws again once they are loaded.
  let items: CalendarItem[] = [];
  let itemsKey = '';
  const visible = () => items.filter((i) => matchesFilters(i, currentFilters()));
  function yearsFor(y: number, m: number): number[] {
    return [...(m === 1 ? [y - 1] : []), y, ...(m === 12 ? [y + 1] : [])];
  }
  /** True when the items of the month are at hand; otherwise loads them and draws again. */
  function ensureItems(y: number, m: number, focus: boolean): boolean {
    const need = yearsFor(y, m);
    if (itemsKey === need.join(',')) return true;
    void Promise.all(need.map((x) => loader.year(x))).then(
      (lists) => {
        const bySlug = new Map<string, CalendarItem>();
        for (const list of lists) for (const it of list) bySlug.set(it.slug, it);
        items = [...bySlug.values()];
        itemsKey = need.join(',');
        render(focus);
      },
      () => {
        undated.replaceChildren(el('p', { role: 'alert' }, '活动数据加载失败，请刷新页面重试。'));
      },
    );
    return false;
  }

  function renderDay(): void {
    const onDay = itemsOnDay(visible(), selected);
    const closing = deadlinesOnDay(visible(), selected);
    dayTitle.textContent = `${chineseDay(selected)}的活动`;
    dayList.replaceChildren(
      ...(onDay.length || closing.length
        ? [...onDay.map(eventLink), ...closing.map(deadlineLink)]
        : [el('li', { class: 'meta' }, '这一天没有活动。')]),
    );
  }

  function render(focus: boolean): void {
    const [y, m] = splitDayKey(selected);
    ensureItems(y, m, focus);
    const shown = visible();
    title.textContent = `${y}年${m}月`;
    const monthOnly = undatedInMonth(shown, y, m);
    undated.replaceChildren(
      ...(monthOnly.length
        ? [el('p', {}, '本月（或本年）内举行、来源未写具体日期的活动：'), el('ul', {}, ...monthOnly.map(eventLink))]
        : []),
    );
    const rows = monthWeeks(y, m).map((week) =>
      el(
        'tr',
        {},
        ...week.map((day, i) => {
          const [, dm, dd] = splitDayKey(day);
          const onDay = itemsOnDay(shown, day);
          const closing = deadlinesOnDay(shown, day);
          const td = el('td', { tabindex: day === selected ? '0' : '-1' });
          td.dataset.day = day;
          td.setAttribute('aria-selected', String(day === selected));
          const titles = onDay.map((it) => `${it.statusLabel ? `（${it.statusLabel}）` : ''}${it.title}`).join('、');
          const deadlines = closing.map((it) => `报名截止：${it.title}`).join('、');
          td.setAttribute(
            'aria-label',
            `${chineseDay(day)} ${WEEKDAY_NAMES[i]}，${onDay.length ? `${onDay.length} 项活动：${titles}` : '无活动'}${deadlines ? `；${deadlines}` : ''}`,
          );
          if (dm !== m) td.classList.add('is-outside');
          if (day === today) td.setAttribute('aria-current', 'date');
          td.append(el('span', { class: 'day-num' }, String(dd)));
          if (onDay.length || closing.length) {
            td.append(
              el(
                'ul',
                { class: 'cell-events' },
                ...onDay.map((it) => el('li', {}, `${it.statusLabel ? `【${it.statusLabel}】` : ''}${it.title}`)),
                ...closing.map((it) => el('li', { class: 'cell-deadline' }, `报名截止：${it.title}`)),
              ),
            );
          }
          return td;
        }),
      ),
    );
    body.replaceChildren(...rows);
    renderDay();
    if (focus) focusSelected();
  }

  function focusSelected(): void {
    body.querySelector<HTMLElement>(`td[data-day="${selected}"]`)?.focus();
  }

  function select(day: string, focus: boolean): void {
    const sameMonth = day.slice(0, 7) === selected.slice(0, 7);
    const previous = body.querySelector<HTMLElement>(`td[data-day="${selected}"]`);
    selected = day;
    const next = body.querySelector<HTMLElement>(`td[data-day="${day}"]`);
    if (sameMonth && previous && next) {
      previous.tabIndex = -1;
      previous.setAttribute('aria-selected', 'false');
      next.tabIndex = 0;
      next.setAttribute('aria-selected', 'true');
      renderDay();
      if (focus) next.focus();
    } else {
      render(focus);
      onMonthChange(selected.slice(0, 7));
    }
  }

  body.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = moveFocus(e.key, selected);
    if (target) {
      e.preventDefault();
      select(target, true);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      dayList.querySelector<HTMLAnchorElement>('a')?.focus();
    }
  });
  body.addEventListener('click', (e) => {
    const td = (e.target as HTMLElement).closest<HTMLTableCellElement>('td[data-day]');
    if (td?.dataset.day) select(td.dataset.day, true);
  });
  for (const b of view.querySelectorAll<HTMLButtonElement>('[data-month-step]')) {
    b.addEventListener('click', () => {
      select(moveFocus(Number(b.dataset.monthStep) < 0 ? 'PageUp' : 'PageDown', selected)!, false);
    });
  }
  view.querySelector<HTMLButtonElement>('[data-month-today]')?.addEventListener('click', () => select(today, true));

  return { render, focusSelected, monthParam: () => selected.slice(0, 7) };
}
