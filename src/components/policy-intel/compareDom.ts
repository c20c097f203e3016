/** The browser's copy of CompareTable.astro: the same table for the plans the reader chose. */
import { compareRows, SECTION_LABEL } from '../../lib/policy/compare';
import type { PlanColumn } from '../../lib/policy/compareChoice';

function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const missing = (text: string): HTMLSpanElement => h('span', { class: 'missing' }, text);

export function compareTableElement(columns: PlanColumn[]): HTMLTableElement {
  const rows = compareRows(columns);
  const table = h('table', { class: 'compare-table data-table' }, h('caption', { id: 'compare-caption' }, '提升行动与重点工程对照表'));
  table.append(
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '项目'), ...columns.map((p) => h('th', { scope: 'col' }, h('a', { href: `/policies/${p.slug}/`, title: p.title }, p.label))))),
    h(
      'tbody',
      {},
      h(
        'tr',
        { class: 'compare-target' },
        h('th', { scope: 'row' }, '公民具备科学素质的比例目标'),
        ...columns.map((p) => h('td', {}, p.share ? h('a', { href: `/policies/${p.slug}/${p.share.anchor ? `#${p.share.anchor}` : ''}` }, p.share.text) : missing('未写明'))),
      ),
    ),
  );
  for (const kind of ['action', 'project'] as const) {
    const body = h('tbody', {}, h('tr', { class: 'compare-group' }, h('th', { scope: 'colgroup', colspan: String(columns.length + 1) }, SECTION_LABEL[kind])));
    for (const r of rows.filter((x) => x.kind === kind)) {
      body.append(
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, r.name),
          ...r.cells.map((c, i) => h('td', {}, c ? h('a', { href: `/policies/${columns[i]!.slug}/#${c.id}`, 'data-compare-cell': '' }, c.heading) : missing('未设此项'))),
        ),
      );
    }
    table.append(body);
  }
  return table;
}
