/** The browser's copy of CompareTable.astro: the same table for the plans the reader chose. */
import { compareRows, SECTION_LABEL } from '../../../lib/policies/intel/compare';
import type { PlanColumn } from '../../../lib/policies/intel/compareChoice';
import { el } from '../../../lib/site/dom';

const missing = (text: string): HTMLSpanElement => el('span', { class: 'missing' }, text);

export function compareTableElement(columns: PlanColumn[]): HTMLTableElement {
  const rows = compareRows(columns);
  const table = el(
    'table',
    { class: 'compare-table data-table' },
    el('caption', { id: 'compare-caption' }, '提升行动与重点工程对照表'),
  );
  table.append(
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, '项目'),
        ...columns.map((p) =>
          el('th', { scope: 'col' }, el('a', { href: `/policies/${p.slug}/`, title: p.title }, p.label)),
        ),
      ),
    ),
    el(
      'tbody',
      {},
      el(
        'tr',
        { class: 'compare-target' },
        el('th', { scope: 'row' }, '公民具备科学素质的比例目标'),
        ...columns.map((p) =>
          el(
            'td',
            {},
            p.share
              ? el('a', { href: `/policies/${p.slug}/${p.share.anchor ? `#${p.share.anchor}` : ''}` }, p.share.text)
              : missing('未写明'),
          ),
        ),
      ),
    ),
  );
  for (const kind of ['action', 'project'] as const) {
    const body = el(
      'tbody',
      {},
      el(
        'tr',
        { class: 'compare-group' },
        el('th', { scope: 'colgroup', colspan: String(columns.length + 1) }, SECTION_LABEL[kind]),
      ),
    );
    for (const r of rows.filter((x) => x.kind === kind)) {
      body.append(
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, r.name),
          ...r.cells.map((c, i) =>
            el(
              'td',
              {},
              c
                ? el('a', { href: `/policies/${columns[i]!.slug}/#${c.id}`, 'data-compare-cell': '' }, c.heading)
                : missing('未设此项'),
            ),
          ),
        ),
      );
    }
    table.append(body);
  }
  return table;
}
