/**
 * A table rebuilt from a tab-separated appendix, as an accessible <table> (HAST, for the policy body's
 * HTML step): a caption, column header cells with scope, one <tbody> per header group (a repeated header
 * that names a new group is shown as a header row again). Cells blank in the source and filled from the
 * row above are shown muted and announced as 同上. Rows carry ids and data attributes so the task
 * explorer can filter them (taskTable.ts links to `${tableId}-r${n}`).
 */
import type { Element, ElementContent, Properties } from 'hast';
import type { PolicyTable } from '../../schemas/policy.ts';

function h(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function headerRow(header: readonly string[], properties: Properties = {}): Element {
  return h(
    'tr',
    properties,
    header.map((cell) => h('th', { scope: 'col' }, [text(cell)])),
  );
}

function cell(row: PolicyTable['rows'][number], col: number): Element {
  const value = row.cells[col] ?? '';
  if (row.inherited?.includes(col))
    return h('td', { className: ['is-inherited'] }, [
      h('span', { className: ['visually-hidden'] }, [text('同上：')]),
      text(value),
    ]);
  if (value === '')
    return h('td', { className: ['is-empty'] }, [h('span', { className: ['missing'] }, [text('未注明')])]);
  return h('td', {}, [text(value)]);
}

/** Table `table` with the id prefix `id` (t1, t2 …), wrapped in its scroll container. */
export function policyTableHast(table: PolicyTable, id: string): Element {
  const caption = h('caption', { id: `${id}-caption` }, [
    text(table.caption ?? '表格'),
    h('span', { className: ['policy-table-count'] }, [text(`（共 ${table.rows.length} 项）`)]),
  ]);
  const sections = table.headers.flatMap((header, g): Element[] => {
    const rows = table.rows.flatMap((row, i) =>
      row.group === g
        ? [
            h(
              'tr',
              { id: `${id}-r${i + 1}`, dataRow: i + 1 },
              row.cells.map((_, col) => cell(row, col)),
            ),
          ]
        : [],
    );
    const body = h('tbody', { dataGroup: g }, [
      ...(g > 0 ? [headerRow(header, { className: ['policy-table-group-header'] })] : []),
      ...rows,
    ]);
    return g === 0 ? [h('thead', {}, [headerRow(header)]), body] : [body];
  });
  return h(
    'section',
    { className: ['table-scroll', 'policy-table-wrap'], ariaLabelledBy: [`${id}-caption`], tabIndex: 0 },
    [
      h('table', { className: ['policy-table', 'data-table'], id, dataRows: table.rows.length }, [
        caption,
        ...sections,
      ]),
    ],
  );
}
