// Client side of /search/: reads the state from the URL, loads Pagefind from /pagefind/pagefind.js
// (its JS API only, never its default UI) with the index's other parts merged into it, runs the
// exact-phrase search of src/lib/search/query/engine.ts and renders the results with plain DOM calls
// (textContent only, so indexed text can't inject markup).
import {
  COMMON_WORD_PAGES_FILE,
  COMMON_WORDS_FILE,
  type CommonWords,
  type WordPages,
} from '../../lib/search/query/commonWords';
import {
  CHECK_ALL_UP_TO,
  openSearch,
  PAGES_PER_SCREEN,
  type PageHit,
  type PagefindLike,
  type SearchSession,
  type SectionHit,
  type SessionView,
} from '../../lib/search/query/engine';
import { excerptSegments, highlightSegments, type Segment } from '../../lib/search/query/excerpt';
import { FILTER_VALUES_FILE, type FilterValues } from '../../lib/search/query/filterValues';
import { homeName } from '../../lib/search/query/homeRegion';
import { IndexParts } from '../../lib/search/query/indexParts';
import { runNearSearch, type NearHit } from '../../lib/search/query/nearSearch';
import { prepareQuery, segmentWords, type PreparedQuery } from '../../lib/search/query/query';
import { DOC_NUMBERS_FILE, similarDocNumbers, type DocNumberEntry } from '../../lib/search/query/similarDocNumbers';
import {
  chineseDate,
  highlightLink,
  parseSearchState,
  toSearchParams,
  type SearchState,
} from '../../lib/search/query/urlState';
import { el } from '../../lib/site/dom';

interface PagefindModule extends PagefindLike {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}
let engine: Promise<PagefindModule> | undefined;
let parts: Promise<IndexParts> | undefined;
let commonWords: Promise<CommonWords | undefined> | undefined;

/** The index's common words (a few KB, once per visit); without them the query's longest words are looked up. */
function loadCommonWords(): Promise<CommonWords | undefined> {
  commonWords ??= fetch(`/pagefind/${COMMON_WORDS_FILE}`)
    .then((r) => (r.ok ? (r.json() as Promise<CommonWords>) : undefined))
    .catch(() => undefined);
  return commonWords;
}

let wordPages: Promise<WordPages | undefined> | undefined;

/** On how many pages each common word is (a few KB, once per visit, only for such a query). */
function loadWordPages(): Promise<WordPages | undefined> {
  wordPages ??= fetch(`/pagefind/${COMMON_WORD_PAGES_FILE}`)
    .then((r) => (r.ok ? (r.json() as Promise<WordPages>) : undefined))
    .catch(() => undefined);
  return wordPages;
}

/**
 * The exact number of results when the index knows it although the session has not checked every
 * candidate yet: one common word, no filters (common-word-pages.json counts pages as a result is
 * counted). Undefined otherwise: the count then reads “N 个以上” until the last candidate is checked.
 */
async function knownTotal(query: PreparedQuery, state: SearchState, view: SessionView): Promise<number | undefined> {
  if (view.complete || view.budgetSpent || query.docKey || query.terms.length !== 1) return undefined;
  if (Object.keys(state.filters).length) return undefined;
  const total = (await loadWordPages())?.[query.terms[0]!];
  // Never below what is already listed (a stale file must not make the count shrink).
  return total !== undefined && total >= view.hits.length ? total : undefined;
}

function loadEngine(): Promise<PagefindModule> {
  // A variable URL keeps the bundler from resolving it: the file only exists in dist/.
  const url = '/pagefind/pagefind.js';
  engine ??= (import(/* @vite-ignore */ url) as Promise<PagefindModule>).then(async (pf) => {
    // Main thread: our searches are small, and the worker would cost another 43 KB per visit.
    await pf.options({ excerptLength: 30, noWorker: true });
    await yieldToMain();
    await pf.init();
    return pf;
  });
  return engine;
}

/**
 * The index's other parts (a large index only), merged into the engine as a query needs them: before
 * the lookup, or after the main bundle when it may fill the first screen (IndexParts.startsInMainPart).
 */
function loadParts(): Promise<IndexParts> {
  parts ??= loadEngine().then((pf) => IndexParts.open(pf, '/pagefind/'));
  return parts;
}

/**
 * Give the browser a turn between long steps (the Chinese word segmenter's first use, Pagefind's
 * start-up, each batch of sections), so none of them blocks input for long: on a slow phone these
 * steps together take several hundred milliseconds.
 */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

function segmentsToNodes(segments: Segment[]): Node[] {
  return segments.map((s) => (s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text)));
}

function sectionExcerpt(section: SectionHit, title = ''): HTMLElement {
  const isTitle = (line: string) => line.trim() === title || line.trim() === section.heading;
  return el(
    'p',
    { class: 'result-excerpt' },
    ...segmentsToNodes(excerptSegments(section.content, section.ranges, 60, isTitle)),
  );
}

/** Clause sub-results shown under a result before “其余 … 个命中的条款”. */
const CLAUSES_SHOWN = 3;

function resultMeta(meta: Record<string, string | undefined>, withIssuer: boolean): HTMLElement {
  const line = el('p', { class: 'meta result-meta' });
  if (meta.类型) line.append(el('span', { class: 'badge' }, meta.类型));
  if (meta.文号) line.append(' ', el('span', { class: 'result-docno' }, meta.文号));
  if (withIssuer && meta.机关) line.append(' ', el('span', { class: 'result-issuer' }, meta.机关));
  const date = chineseDate(meta.date);
  if (date) line.append(' ', el('time', { datetime: meta.date!.slice(0, 10) }, date));
  return line;
}

function renderHit(hit: PageHit, q: string, index: number): HTMLElement {
  const headingId = `result-${index}`;
  const titleLink = el('a', { href: highlightLink(hit.url, q), 'data-result-url': hit.url }, hit.title);
  // A document found by its own 文号: its title, 机关 and date are the answer, not a table excerpt.
  const article = el(
    'article',
    { class: 'result', 'aria-labelledby': headingId },
    el('h3', { id: headingId }, titleLink),
    resultMeta(hit.meta, hit.ownNumber),
  );
  // Clause sub-results: every matching section that has its own anchor. Text before the first
  // heading (or a page without clauses) gives the result's own excerpt instead.
  const isClause = (s: SectionHit) => Boolean(s.heading && s.link.includes('#'));
  const intro = hit.sections.find((s) => !isClause(s));
  if (intro && !hit.ownNumber) article.append(sectionExcerpt(intro, hit.title));
  const clauses = [...new Map(hit.sections.filter(isClause).map((s) => [s.link, s])).values()];
  if (clauses.length) {
    const item = (s: SectionHit) =>
      el(
        'li',
        {},
        el('a', { href: highlightLink(s.link, q), 'data-sub-result': s.link }, s.heading),
        sectionExcerpt(s),
      );
    const list = el(
      'ul',
      { class: 'sub-results', 'aria-label': `${hit.title}中命中的条款` },
      ...clauses.slice(0, CLAUSES_SHOWN).map(item),
    );
    article.append(list);
    // A long document may hold the query in dozens of clauses: the rest wait behind a disclosure.
    if (clauses.length > CLAUSES_SHOWN) {
      const rest = el('ul', { class: 'sub-results' }, ...clauses.slice(CLAUSES_SHOWN).map(item));
      article.append(
        el(
          'details',
          { class: 'more-clauses' },
          el('summary', {}, `其余 ${clauses.length - CLAUSES_SHOWN} 个命中的条款`),
          rest,
        ),
      );
    }
  }
  return el('li', {}, article);
}

function scopeText(state: SearchState): string {
  return Object.values(state.filters).length ? `（已筛选：${Object.values(state.filters).join('、')}）` : '';
}

function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGES_PER_SCREEN));
}

/** “46 个” when every candidate was checked, “20 个以上” while some are not (never a wrong exact number). */
function countText(total: number, complete: boolean): string {
  return `${total} 个${complete ? '' : '以上'}`;
}

function statusText(state: SearchState, view: SessionView, exactTotal?: number): string {
  const total = view.hits.length;
  // Stopped at its budget: what was looked at and found so far, never 没有找到 (more may follow).
  if (view.budgetSpent) {
    const page = Math.min(state.page, pageCount(total));
    const where = total > 0 && (total > PAGES_PER_SCREEN || page > 1) ? shownRange(page, total) : '';
    return `已查看 ${view.checked} / ${view.candidates} 个可能相关的段落，暂找到 ${total} 个包含“${state.q}”的结果${scopeText(state)}${where}。`;
  }
  if (total === 0) return `没有找到包含“${state.q}”的内容${scopeText(state)}。`;
  const page = Math.min(state.page, pageCount(total));
  const where = total > PAGES_PER_SCREEN || !view.complete ? shownRange(page, total) : '';
  const count = exactTotal === undefined ? countText(total, view.complete) : countText(exactTotal, true);
  return `找到 ${count}包含“${state.q}”的结果${scopeText(state)}${where}。`;
}

/** “（第 11–20 个）”: which of the results found the result page shows. */
function shownRange(page: number, total: number): string {
  return `（第 ${(page - 1) * PAGES_PER_SCREEN + 1}–${Math.min(total, page * PAGES_PER_SCREEN)} 个）`;
}

/** Goes on with a search that stopped at its budget of checks, for the same result page. */
function continueButton(): HTMLElement {
  return el(
    'p',
    { class: 'search-continue' },
    el('button', { type: 'button', class: 'button button-primary', 'data-search-continue': '' }, '继续查找'),
  );
}

function searchHref(state: SearchState): string {
  const params = toSearchParams(state).toString();
  return `/search/${params ? `?${params}` : ''}`;
}

/**
 * 上一页 / page numbers / 下一页, as links (same markup as the site's list pagination). `more`:
 * candidates remain unchecked, so there may be a page after the last one known.
 */
function renderPagination(state: SearchState, total: number, more: boolean): HTMLElement | null {
  const last = pageCount(total);
  if (last <= 1 && !more) return null;
  const current = Math.min(state.page, last);
  const list = el('ul');
  const link = (n: number, label: (Node | string)[], attrs: Record<string, string> = {}) =>
    el('li', {}, el('a', { href: searchHref({ ...state, page: n }), 'data-page': String(n), ...attrs }, ...label));
  if (current > 1) list.append(link(current - 1, ['上一页'], { rel: 'prev' }));
  for (let n = 1; n <= last; n++) {
    const label = [
      el('span', { class: 'visually-hidden' }, '第'),
      String(n),
      el('span', { class: 'visually-hidden' }, '页'),
    ];
    list.append(link(n, label, n === current ? { 'aria-current': 'page' } : {}));
  }
  if (current < last || more) list.append(link(current + 1, ['下一页'], { rel: 'next' }));
  return el('nav', { class: 'pagination search-pagination', 'aria-label': '搜索结果分页' }, list);
}

function renderNear(near: NearHit[], q: string): HTMLElement {
  const list = el('ol', { class: 'result-list near-list', 'data-result-group': 'near' });
  near.forEach((hit, i) => {
    const headingId = `near-${i}`;
    const label = hit.heading ? `${hit.title} · ${hit.heading}` : hit.title;
    const radius = 40;
    const start = Math.max(0, hit.match.start - radius);
    const lastRange = hit.match.ranges[hit.match.ranges.length - 1]!;
    const end = Math.min(hit.line.length, lastRange[1] + radius);
    const excerpt = el(
      'p',
      { class: 'result-excerpt' },
      ...segmentsToNodes(highlightSegments(hit.line, hit.match.ranges, start, end)),
    );
    const share = el('p', { class: 'meta' }, `包含检索词 ${hit.match.of} 个字中的 ${hit.match.matched} 个（按原顺序）`);
    list.append(
      el(
        'li',
        {},
        el(
          'article',
          { class: 'result', 'aria-labelledby': headingId },
          el(
            'h4',
            { id: headingId },
            el('a', { href: highlightLink(hit.link, q), 'data-near-result': hit.link }, label),
          ),
          excerpt,
          share,
        ),
      ),
    );
  });
  return el(
    'section',
    { class: 'near-results', 'aria-labelledby': 'near-title' },
    el('h3', { id: 'near-title' }, '最接近的段落'),
    el('p', {}, `没有页面包含完整的“${q}”。以下段落按顺序包含其中大部分字，标出的是相同的字：`),
    list,
  );
}

/** What helps when nothing matches: the same query without filters, similar 文号, shorter wording. */
interface NoMatchHelp {
  /** Results of the same query without the active filters, as on its first screen (null: no filter was active). */
  unfiltered: { count: number; complete: boolean } | null;
  similarNumbers: DocNumberEntry[];
  near: NearHit[];
  shorter: string[];
}

function renderNoMatch(state: SearchState, help: NoMatchHelp): HTMLElement[] {
  const tips = el('ul', { class: 'no-results-tips' });
  if (help.unfiltered !== null && (help.unfiltered.count > 0 || !help.unfiltered.complete)) {
    const count = countText(help.unfiltered.count, help.unfiltered.complete);
    // The unfiltered search checks one budget's worth too: with nothing found in it yet, no count is given.
    const text =
      help.unfiltered.count > 0 ? `取消筛选条件：全部内容中有 ${count}结果` : '取消筛选条件，在全部内容中查找';
    tips.append(el('li', {}, el('a', { href: searchHref({ ...state, filters: {}, page: 1 }) }, text)));
  }
  if (help.similarNumbers.length) {
    const numbers = el('ul', { class: 'similar-docno' });
    for (const e of help.similarNumbers) numbers.append(el('li', {}, el('a', { href: e.url }, e.n), ` ${e.title}`));
    tips.append(el('li', {}, '相近的文号：', numbers));
  }
  if (help.shorter.length) {
    const li = el('li', {}, '试试更短的词：');
    help.shorter.forEach((w, i) => {
      li.append(i ? '、' : '', el('a', { href: searchHref({ ...state, q: w, page: 1 }) }, w));
    });
    tips.append(li);
  }
  // The example is the site's own 机关代字, which SearchApp.astro writes on the form from site.json.
  const prefix = document.querySelector<HTMLElement>('[data-search-form]')?.dataset.docNumberPrefix;
  tips.append(el('li', {}, `检查是否有错别字；文号可以只输入机关代字和年份${prefix ? `，如“${prefix} 2023”` : ''}。`));
  // The nearest passages, when there are any, are the most useful answer: they come first.
  return [
    // Focusable from script: it is where focus goes when going on with a search ends with nothing.
    el('h2', { tabindex: '-1' }, '没有找到结果'),
    ...(help.near.length ? [renderNear(help.near, state.q)] : []),
    el('div', { class: 'no-results' }, el('h3', {}, '您还可以'), tips),
  ];
}

/**
 * Shorter queries to offer: for several terms, each term; for one phrase, the phrase without its
 * last word and without its first word (as the segmenter sees them), then its longest word.
 */
function shorterQueries(query: PreparedQuery): string[] {
  if (query.docKey) return [];
  let out: string[];
  if (query.terms.length > 1) out = query.terms;
  else {
    const words = segmentWords(query.terms[0]!);
    const longest = [...words].sort((a, b) => [...b].length - [...a].length)[0] ?? '';
    out = [words.slice(0, -1).join(''), words.slice(1).join(''), longest];
  }
  return [...new Set(out.filter((w) => [...w].length >= 2 && w !== query.terms.join(' ')))];
}

function renderOutcome(container: HTMLElement, state: SearchState, view: SessionView, help: NoMatchHelp | null) {
  container.replaceChildren();
  if (view.hits.length) {
    const page = Math.min(state.page, pageCount(view.hits.length));
    const from = (page - 1) * PAGES_PER_SCREEN;
    // The status already says what the list is: on screen the heading would only push it down.
    container.append(el('h2', { class: 'visually-hidden' }, `包含“${state.q}”的结果`));
    const list = el('ol', { class: 'result-list', 'data-result-group': 'exact', start: String(from + 1) });
    view.hits.slice(from, from + PAGES_PER_SCREEN).forEach((hit, i) => {
      list.append(renderHit(hit, state.q, from + i));
    });
    container.append(list);
    if (view.budgetSpent) container.append(continueButton());
    // While stopped at its budget the page asked for is not full yet: 继续查找 goes on, not 下一页.
    const nav = renderPagination(state, view.hits.length, !view.complete && !view.budgetSpent);
    if (nav) container.append(nav);
  } else if (view.budgetSpent) container.append(continueButton());
  else if (help) container.append(...renderNoMatch(state, help));
}

async function loadDocNumbers(): Promise<DocNumberEntry[]> {
  const response = await fetch(`/pagefind/${DOC_NUMBERS_FILE}`);
  return response.ok ? ((await response.json()) as DocNumberEntry[]) : [];
}

async function noMatchHelp(pf: PagefindLike, query: PreparedQuery, state: SearchState): Promise<NoMatchHelp> {
  // The unfiltered count and the near passages look at the whole index.
  await (await loadParts()).mergeAll();
  const filtered = Object.keys(state.filters).length > 0;
  const [unfiltered, similarNumbers, near] = await Promise.all([
    filtered
      ? openSearch(pf, query)
          .then((s) => s.load(1))
          .then((v) => ({ count: v.hits.length, complete: v.complete }))
      : Promise.resolve(null),
    query.docKey ? loadDocNumbers().then((all) => similarDocNumbers(query.display, all)) : Promise.resolve([]),
    query.terms.length === 1 && !query.docKey
      ? runNearSearch(pf, query.terms[0]!, { filters: state.filters })
      : Promise.resolve([]),
  ]);
  return { unfiltered, similarNumbers, near, shorter: await withResults(pf, shorterQueries(query), state) };
}

/**
 * The shorter wordings that find something under the same filters (a suggestion that finds nothing
 * either only costs the reader a tap): each checked in turn with one small budget of sections.
 */
async function withResults(pf: PagefindLike, candidates: readonly string[], state: SearchState): Promise<string[]> {
  const common = await loadCommonWords();
  const kept: string[] = [];
  for (const words of candidates) {
    const query = prepareQuery(words, common);
    if (!query) continue;
    const view = await (await openSearch(pf, query, { filters: state.filters, checkPerLoad: CHECK_ALL_UP_TO })).load(1);
    if (view.hits.length > 0) kept.push(words);
  }
  return kept;
}

async function fillFilterOptions(form: HTMLFormElement, state: SearchState) {
  // A small list written at build time, not Pagefind's filter chunks (they grow with the site).
  const response = await fetch(`/pagefind/${FILTER_VALUES_FILE}`);
  if (!response.ok) throw new Error(`${FILTER_VALUES_FILE}: HTTP ${response.status}`);
  const all = (await response.json()) as FilterValues;
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
    const name = select.dataset.filter!;
    const present = new Set([...select.options].map((o) => o.value));
    const values = Object.keys(all[name] ?? {}).sort((a, b) =>
      name === '年份' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN'),
    );
    for (const value of values) if (!present.has(value)) select.append(new Option(value, value));
    const wanted = state.filters[name];
    if (wanted && ![...select.options].some((o) => o.value === wanted)) select.append(new Option(wanted, wanted));
    select.value = wanted ?? '';
  }
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  if (!form || !status || !results) return;
  document.querySelector('[data-search-nojs]')?.remove();
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  let runId = 0;
  const baseTitle = document.title;

  const showState = (state: SearchState) => {
    input.value = state.q;
    form.toggleAttribute('data-has-query', state.q !== '');
    for (const select of form.querySelectorAll<HTMLSelectElement>('select')) {
      const value = select.dataset.filter
        ? state.filters[select.dataset.filter]
        : select.name === 'sort' && state.sort === 'date'
          ? 'date'
          : '';
      if (value && ![...select.options].some((o) => o.value === value)) select.append(new Option(value, value));
      select.value = value ?? '';
    }
    form.dispatchEvent(new Event('search-state'));
  };

  // The session of the last query: moving between result pages reuses what it downloaded.
  let last: { key: string; session: SearchSession; help: NoMatchHelp | null } | null = null;
  const keyOf = (state: SearchState) => JSON.stringify([state.q, state.filters, state.sort]);

  /**
   * Where keyboard focus goes once the results are shown: nowhere (a new query), the first result
   * (another result page), or, after 继续查找, the first result it added, else the button again
   * while the search is still stopped, else the first result or the no-match heading.
   */
  type FocusAfter = 'none' | 'first' | 'continued';
  const placeFocus = (focus: FocusAfter, before: Set<string>) => {
    if (focus === 'none') return;
    const links = [...results.querySelectorAll<HTMLAnchorElement>('[data-result-group="exact"] h3 a')];
    const target =
      focus === 'first'
        ? links[0]
        : (links.find((a) => !before.has(a.dataset.resultUrl ?? '')) ??
          results.querySelector<HTMLElement>('[data-search-continue]') ??
          links[0] ??
          results.querySelector<HTMLElement>('h2[tabindex]'));
    target?.focus();
  };

  const run = async (state: SearchState, focus: FocusAfter = 'none') => {
    const id = ++runId;
    // Fetch Pagefind while the query is prepared; a failure is reported below, when it is awaited.
    if (state.q) loadEngine().catch(() => {});
    const common = state.q ? await loadCommonWords() : undefined;
    await yieldToMain();
    if (id !== runId) return;
    const query = prepareQuery(state.q, common);
    document.title = state.q ? `“${state.q}”的搜索结果 - ${baseTitle}` : baseTitle;
    if (!query) {
      results.replaceChildren();
      status.textContent = state.q ? '' : '请输入要查找的词句、文号或标题。';
      return;
    }
    try {
      results.setAttribute('aria-busy', 'true');
      let current = last;
      let view: SessionView;
      // What is listed now, to tell what 继续查找 adds.
      const shownBefore = new Set(
        [...results.querySelectorAll<HTMLElement>('[data-result-url]')].map((a) => a.dataset.resultUrl ?? ''),
      );
      if (focus === 'continued') status.textContent = '正在继续查找…';
      // Another result page of the same query: only the sections that page still needs are downloaded.
      if (current?.key === keyOf(state)) view = await current.session.load(state.page);
      else {
        status.textContent = '正在检索…';
        const pf = await loadEngine();
        const indexParts = await loadParts();
        const mainFirst = await indexParts.startsInMainPart(query, common, state);
        if (!mainFirst) await indexParts.mergeFor(query);
        await yieldToMain();
        const session = await openSearch(pf, query, {
          filters: state.filters,
          sort: state.sort,
          home: homeName(document.querySelector<HTMLElement>('[data-search-form]')?.dataset.region),
          pause: yieldToMain,
          ...(mainFirst ? { more: () => indexParts.mergeFor(query) } : {}),
        });
        view = await session.load(state.page);
        current = { key: keyOf(state), session, help: null };
      }
      // The help merges the whole index and runs a near-phrase search: only once the search is
      // complete with nothing found, not while it has stopped at its budget (继续查找 may find some).
      if (!current.help && !view.hits.length && view.complete)
        current.help = await noMatchHelp(await loadEngine(), query, state);
      if (id !== runId) return;
      last = current;
      // 下一页 is offered while candidates are unchecked; when they held no further page, the URL
      // names the last page there is instead of one that does not exist.
      if (view.complete && view.hits.length && state.page > pageCount(view.hits.length)) {
        history.replaceState(null, '', searchHref({ ...state, page: pageCount(view.hits.length) }));
      }
      const exactTotal = await knownTotal(query, state, view);
      if (id !== runId) return;
      renderOutcome(results, state, view, current.help);
      status.textContent = statusText(state, view, exactTotal);
      // After choosing another result page, keyboard focus goes to its first result, not the top of
      // the page; after 继续查找, to what it added.
      placeFocus(focus, shownBefore);
    } catch (error) {
      if (id !== runId) return;
      console.error(error);
      results.replaceChildren();
      status.textContent = '搜索暂时不可用：索引未能加载。请稍后再试，或直接浏览政策文件库。';
    } finally {
      if (id === runId) results.removeAttribute('aria-busy');
    }
  };

  // Result pages: links that work without reloading (and, reloaded or shared, give the same page).
  results.addEventListener('click', (event) => {
    // 继续查找: the same session goes on for the same result page (a press while it runs is ignored).
    if ((event.target as Element).closest('[data-search-continue]')) {
      if (!results.hasAttribute('aria-busy'))
        void run(parseSearchState(new URLSearchParams(location.search)), 'continued');
      return;
    }
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-page]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    history.pushState(null, '', link.getAttribute('href')!);
    void run(parseSearchState(new URLSearchParams(location.search)), 'first');
  });

  setUpFilterToggle(form);

  const stateFromForm = (): SearchState => parseSearchState(toSearchParamsFromForm(form));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = stateFromForm();
    const params = toSearchParams(state).toString();
    history.pushState(null, '', `${location.pathname}${params ? `?${params}` : ''}`);
    void run(state);
  });
  // Changing a filter or the order updates the results in place (no change of context).
  for (const select of form.querySelectorAll('select')) {
    select.addEventListener('change', () => {
      if (input.value.trim()) form.requestSubmit();
    });
  }
  window.addEventListener('popstate', () => {
    const state = parseSearchState(new URLSearchParams(location.search));
    showState(state);
    void run(state);
  });
  // Fill 专题/发文机关/年份/状态 once the reader starts using the form (or a query is given).
  const prepareFilters = () =>
    void fillFilterOptions(form, parseSearchState(new URLSearchParams(location.search))).catch(() => {});
  form.addEventListener('focusin', prepareFilters, { once: true });

  const initial = parseSearchState(new URLSearchParams(location.search));
  showState(initial);
  if (initial.q) {
    prepareFilters();
    void run(initial);
  } else status.textContent = '请输入要查找的词句、文号或标题。';
}

/**
 * The filters fold behind a 筛选 button (aria-expanded) that says how many are set, so on a phone
 * the query box and the first result share the first screen.
 */
function setUpFilterToggle(form: HTMLFormElement): void {
  const toggle = form.querySelector<HTMLButtonElement>('[data-filter-toggle]');
  const panel = form.querySelector<HTMLElement>('#search-filters');
  const count = toggle?.querySelector<HTMLElement>('[data-filter-count]');
  if (!toggle || !panel || !count) return;
  const selects = [...panel.querySelectorAll<HTMLSelectElement>('select')];
  const showCount = () => {
    const n = selects.filter((s) => s.value !== '').length;
    count.textContent = n ? `（已选 ${n} 项）` : '';
  };
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  };
  toggle.hidden = false;
  setOpen(false);
  showCount();
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    setOpen(open);
    if (open) selects[0]?.focus();
  });
  // Escape inside the open panel folds it and returns to the button.
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    setOpen(false);
    toggle.focus();
  });
  for (const select of selects) select.addEventListener('change', showCount);
  form.addEventListener('search-state', showCount);
}

function toSearchParamsFromForm(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form))
    if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
  return params;
}
