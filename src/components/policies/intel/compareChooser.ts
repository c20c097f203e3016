/**
 * Browser side of 实施方案对照: the chooser (chips with 移除 buttons, an input with the library's
 * plans as suggestions) writes the choice to the URL (/policies/compare/?plans=a,b,c); on load a
 * URL with ?plans= gets its comparison built from /policies/compare/plans/<slug>.json.
 */
import {
  compareUrl,
  plansFromSearch,
  type PlanChoice,
  type PlanColumn,
} from '../../../lib/policies/intel/compareChoice';
import { compareTableElement } from './compareDom';
import { el } from '../../../lib/site/dom';

const choiceText = (c: PlanChoice): string => `${c.label}｜${c.title}`;

async function loadColumn(slug: string): Promise<PlanColumn | null> {
  const r = await fetch(`/policies/compare/plans/${encodeURIComponent(slug)}.json`);
  return r.ok ? ((await r.json()) as PlanColumn) : null;
}

export function initCompareChooser(): void {
  const form = document.getElementById('compare-chooser') as HTMLFormElement | null;
  if (!form) return;
  const chosenList = document.getElementById('compare-chosen')!;
  const input = document.getElementById('compare-add-input') as HTMLInputElement;
  const options = document.getElementById('compare-options')!;
  const message = document.getElementById('compare-message')!;
  const tableBox = document.getElementById('compare-table')!;
  const showing = document.getElementById('compare-showing')!;
  const planLinks = document.getElementById('compare-plan-links')!;
  const max = Number(form.dataset.max);

  const known = new Map<string, PlanChoice>();
  for (const li of planLinks.querySelectorAll<HTMLElement>('li[data-slug]')) {
    known.set(li.dataset.slug!, { slug: li.dataset.slug!, label: li.dataset.label!, title: li.dataset.title! });
  }
  let chosen = plansFromSearch(location.search) ?? (form.dataset.default ?? '').split(',').filter(Boolean);

  function drawChips(): void {
    chosenList.replaceChildren(
      ...chosen.map((slug) => {
        const c = known.get(slug);
        const name = el('span', { title: c?.title ?? '' }, c?.label ?? slug);
        const remove = el(
          'button',
          { type: 'button', class: 'button', 'aria-label': `移除 ${c?.label ?? slug}${c ? `（${c.title}）` : ''}` },
          '移除',
        );
        remove.addEventListener('click', () => {
          chosen = chosen.filter((s) => s !== slug);
          drawChips();
          message.textContent = `已移除 ${c?.label ?? slug}，现选 ${chosen.length} 份。`;
          input.focus();
        });
        return el('li', {}, name, remove);
      }),
    );
  }

  let all: Promise<PlanChoice[]> | null = null;
  function loadChoices(): Promise<PlanChoice[]> {
    all ??= fetch('/policies/compare/plans.json')
      .then((r) => (r.ok ? (r.json() as Promise<PlanChoice[]>) : Promise.reject(new Error(String(r.status)))))
      .then((list) => {
        for (const c of list) known.set(c.slug, c);
        options.replaceChildren(...list.map((c) => el('option', { value: choiceText(c) })));
        return list;
      });
    return all;
  }
  input.addEventListener(
    'focus',
    () => void loadChoices().catch(() => (message.textContent = '方案列表加载失败，请刷新页面重试。')),
    { once: true },
  );

  async function add(): Promise<void> {
    const text = input.value.trim();
    if (!text) return;
    const list = await loadChoices();
    const exact = list.find((c) => choiceText(c) === text || c.slug === text);
    const matches = exact ? [exact] : list.filter((c) => c.label === text || c.title.includes(text));
    if (matches.length !== 1) {
      message.textContent =
        matches.length === 0
          ? `没有找到“${text}”对应的方案。`
          : `“${text}”对应 ${matches.length} 份方案，请从建议中选一份。`;
      return;
    }
    const c = matches[0]!;
    if (chosen.includes(c.slug)) message.textContent = `${c.label} 已在所选方案中。`;
    else if (chosen.length >= max) message.textContent = `最多选 ${max} 份方案，请先移除一份。`;
    else {
      chosen = [...chosen, c.slug];
      drawChips();
      input.value = '';
      message.textContent = `已添加 ${c.label}，现选 ${chosen.length} 份。`;
    }
  }
  document.getElementById('compare-add-button')!.addEventListener('click', () => void add());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void add();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (chosen.length === 0) {
      message.textContent = '请至少选择一份方案。';
      return;
    }
    location.assign(compareUrl(chosen));
  });

  drawChips();
  const requested = plansFromSearch(location.search);
  if (requested) void showChosen(requested);

  async function showChosen(slugs: string[]): Promise<void> {
    tableBox.setAttribute('aria-busy', 'true');
    const loaded = await Promise.all(slugs.map((s) => loadColumn(s).catch(() => null)));
    const columns = loaded.filter((c): c is PlanColumn => c !== null);
    const lost = slugs.filter((_, i) => loaded[i] === null);
    for (const c of columns) known.set(c.slug, c);
    chosen = columns.map((c) => c.slug);
    drawChips();
    tableBox.removeAttribute('aria-busy');
    if (lost.length) message.textContent = `没有找到这些方案：${lost.join('、')}。`;
    if (columns.length === 0) return;
    tableBox.replaceChildren(compareTableElement(columns));
    showing.textContent = `对照所选的 ${columns.length} 份方案。`;
    planLinks.replaceChildren(
      ...columns.map((c) => el('li', {}, `${c.label}：`, el('a', { href: `/policies/${c.slug}/` }, c.title))),
    );
  }
}
