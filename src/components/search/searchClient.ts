// Client side of /search/: reads the state from the URL, loads Pagefind from /pagefind/pagefind.js
// (its JS API only, never its default UI), runs the exact-phrase search of src/lib/search/engine.ts
// and renders the results with plain DOM calls (textContent only, so indexed text can't inject markup).
import { PAGES_PER_SCREEN, runSearch, SECTION_BUDGET, type PageHit, type PagefindLike, type SearchOutcome, type SectionHit } from '../../lib/search/engine';
import { excerptSegments, type Segment } from '../../lib/search/excerpt';
import { FILTER_VALUES_FILE, type FilterValues } from '../../lib/search/filterValues';
import { prepareQuery } from '../../lib/search/query';
import { chineseDate, highlightLink, parseSearchState, toSearchParams, type SearchState } from '../../lib/search/urlState';

interface PagefindModule extends PagefindLike {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}
let engine: Promise<PagefindModule> | undefined;

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
 * Give the browser a turn between long steps (the Chinese word segmenter's first use, Pagefind's
 * start-up, each batch of sections), so none of them blocks input for long: on a slow phone these
 * steps together take several hundred milliseconds.
 */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function segmentsToNodes(segments: Segment[]): Node[] {
  return segments.map((s) => (s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text)));
}

function sectionExcerpt(section: SectionHit): HTMLElement {
  return el('p', { class: 'result-excerpt' }, ...segmentsToNodes(excerptSegments(section.content, section.ranges)));
}

function renderHit(hit: PageHit, q: string, index: number): HTMLElement {
  const headingId = `result-${index}`;
  const first = hit.sections[0];
  const titleLink = el('a', { href: highlightLink(hit.url, q), 'data-result-url': hit.url }, hit.title);
  const meta = el('p', { class: 'meta result-meta' });
  if (hit.meta['类型']) meta.append(el('span', { class: 'badge' }, hit.meta['类型']));
  if (hit.meta['文号']) meta.append(' ', el('span', { class: 'result-docno' }, hit.meta['文号']));
  const date = chineseDate(hit.meta.date);
  if (date) meta.append(' ', el('time', { datetime: hit.meta.date!.slice(0, 10) }, date));
  const article = el('article', { class: 'result', 'aria-labelledby': headingId }, el('h3', { id: headingId }, titleLink), meta);
  // Clause sub-results: every matching section that has its own anchor. Text before the first
  // heading (or a page without clauses) gives the result's own excerpt instead.
  const isClause = (s: SectionHit) => Boolean(s.heading && s.link.includes('#'));
  const intro = hit.sections.find((s) => !isClause(s));
  if (intro) article.append(sectionExcerpt(intro));
  else if (!hit.exact) article.append(el('p', { class: 'result-excerpt' }, '页面包含检索词的部分字词，但没有完整的词句。'));
  else if (!first && hit.ownNumber) article.append(el('p', { class: 'result-excerpt' }, '文号相符。'));
  const clauses = hit.sections.filter(isClause);
  if (clauses.length) {
    const list = el('ul', { class: 'sub-results', 'aria-label': `${hit.title}中命中的条款` });
    const seen = new Set<string>();
    for (const s of clauses) {
      if (seen.has(s.link)) continue;
      seen.add(s.link);
      list.append(el('li', {}, el('a', { href: highlightLink(s.link, q), 'data-sub-result': s.link }, s.heading), sectionExcerpt(s)));
    }
    article.append(list);
  }
  return el('li', {}, article);
}

function statusText(state: SearchState, outcome: SearchOutcome): string {
  const scope = Object.values(state.filters).length ? `（已筛选：${Object.values(state.filters).join('、')}）` : '';
  // With sections still unchecked the count is a lower bound, and the reader is told so.
  const open = outcome.unchecked > 0;
  if (outcome.exact.length === 0) {
    return open
      ? `在最相关的 ${outcome.checked} 个段落中没有找到包含“${state.q}”的内容${scope}，可以继续查找。`
      : `没有找到包含“${state.q}”的内容${scope}。`;
  }
  const more = outcome.partial.length ? `；另有 ${outcome.partial.length} 个只包含部分字词的结果` : '';
  return `${open ? '已找到' : '找到'} ${outcome.exact.length} 个包含“${state.q}”的结果${scope}${more}${open ? '；还有段落未核对，可以继续查找' : ''}。`;
}

function renderOutcome(container: HTMLElement, state: SearchState, outcome: SearchOutcome, onMore: () => void) {
  container.replaceChildren();
  if (outcome.exact.length) {
    container.append(el('h2', {}, `包含“${state.q}”的结果`));
    const list = el('ol', { class: 'result-list', 'data-result-group': 'exact' });
    outcome.exact.forEach((hit, i) => list.append(renderHit(hit, state.q, i)));
    container.append(list);
  } else {
    const tips = el(
      'ul',
      { class: 'no-results-tips' },
      el('li', {}, '检查是否有错别字，或换一个更短的词；'),
      el('li', {}, '文号可以只输入机关代字和年份，如“益科协 2023”；'),
    );
    if (Object.keys(state.filters).length) {
      const clear = toSearchParams({ ...state, filters: {} });
      tips.append(el('li', {}, el('a', { href: `/search/?${clear}` }, '取消筛选条件再搜索'), '。'));
    }
    container.append(el('div', { class: 'no-results' }, el('h2', {}, '没有找到结果'), tips));
  }
  if (outcome.partial.length) {
    const details = el('details', { class: 'partial-results' });
    if (!outcome.exact.length) details.setAttribute('open', '');
    details.append(el('summary', {}, `只包含部分字词的结果（${outcome.partial.length} 个，可能不相关）`));
    const list = el('ol', { class: 'result-list', 'data-result-group': 'partial' });
    outcome.partial.forEach((hit, i) => list.append(renderHit(hit, state.q, outcome.exact.length + i)));
    details.append(list);
    container.append(details);
  }
  if (outcome.unchecked > 0) {
    const button = el('button', { type: 'button', class: 'button' }, `继续查找（还有 ${outcome.unchecked} 个可能相关的段落未核对）`);
    button.addEventListener('click', onMore);
    container.append(button);
  }
}

async function fillFilterOptions(form: HTMLFormElement, state: SearchState) {
  // A small list written at build time, not Pagefind's filter chunks (they grow with the site).
  const response = await fetch(`/pagefind/${FILTER_VALUES_FILE}`);
  if (!response.ok) throw new Error(`${FILTER_VALUES_FILE}: HTTP ${response.status}`);
  const all = (await response.json()) as FilterValues;
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
    const name = select.dataset.filter!;
    const present = new Set([...select.options].map((o) => o.value));
    const values = Object.keys(all[name] ?? {}).sort((a, b) => (name === '年份' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
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
    for (const select of form.querySelectorAll<HTMLSelectElement>('select')) {
      const value = select.dataset.filter ? state.filters[select.dataset.filter] : select.name === 'sort' && state.sort === 'date' ? 'date' : '';
      if (value && ![...select.options].some((o) => o.value === value)) select.append(new Option(value, value));
      select.value = value ?? '';
    }
  };

  // Each “继续查找” checks one more screen's worth of sections (already downloaded ones are cached).
  const run = async (state: SearchState, screens = 1, shown?: number) => {
    const id = ++runId;
    // Fetch Pagefind while the query is prepared; a failure is reported below, when it is awaited.
    if (state.q) loadEngine().catch(() => {});
    await yieldToMain();
    if (id !== runId) return;
    const query = prepareQuery(state.q);
    document.title = state.q ? `“${state.q}”的搜索结果 - ${baseTitle}` : baseTitle;
    if (!query) {
      results.replaceChildren();
      status.textContent = state.q ? '' : '请输入要查找的词句、文号或标题。';
      return;
    }
    status.textContent = '正在检索…';
    results.setAttribute('aria-busy', 'true');
    try {
      const pf = await loadEngine();
      await yieldToMain();
      const outcome = await runSearch(pf, query, {
        filters: state.filters,
        sort: state.sort,
        budget: SECTION_BUDGET * screens,
        want: PAGES_PER_SCREEN * screens,
        pause: yieldToMain,
      });
      if (id !== runId) return;
      renderOutcome(results, state, outcome, () => void run(state, screens + 1, outcome.exact.length));
      // After “继续查找” the old button is gone: keyboard focus moves to the first new result (when
      // nothing new was confirmed, to the new “继续查找” or the first result), never to the top of the page.
      if (shown !== undefined) {
        const links = results.querySelectorAll<HTMLAnchorElement>('[data-result-group="exact"] h3 a');
        (links[shown] ?? results.querySelector<HTMLElement>('[data-search-results] > button') ?? links[0])?.focus();
      }
      status.textContent = statusText(state, outcome);
    } catch (error) {
      if (id !== runId) return;
      console.error(error);
      results.replaceChildren();
      status.textContent = '搜索暂时不可用：索引未能加载。请稍后再试，或直接浏览政策文件库。';
    } finally {
      if (id === runId) results.removeAttribute('aria-busy');
    }
  };

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
  const prepareFilters = () => void fillFilterOptions(form, parseSearchState(new URLSearchParams(location.search))).catch(() => {});
  form.addEventListener('focusin', prepareFilters, { once: true });

  const initial = parseSearchState(new URLSearchParams(location.search));
  showState(initial);
  if (initial.q) {
    prepareFilters();
    void run(initial);
  } else status.textContent = '请输入要查找的词句、文号或标题。';
}

function toSearchParamsFromForm(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
  return params;
}
