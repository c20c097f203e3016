// `clause` widget (相关政策条款 → 条款): a list of the clauses of the document chosen next to it,
// by their heading text, from /admin/clauses.json (the clause index the build checks against).
// Stores the clause's anchor id. A value that no longer exists stays visible, marked 不存在.
import { createElement as h, useEffect, useState } from 'react';
import { loadCatalog, type ClauseCatalog } from '../clauseCheck';
import type { ImmutableLike, StringControlProps as ControlProps } from './controlProps';

/** The document next to this clause: an event's one reference, or the article list item holding this value (or the one item still without a clause). */
export function siblingDocument(
  data: Record<string, unknown> | undefined,
  value: string | undefined,
): string | undefined {
  const one = data?.relatedClause as { document?: string } | undefined;
  if (one?.document) return one.document;
  const items = (data?.relatedClauses as { document?: string; clause?: string }[] | undefined) ?? [];
  if (value) return items.find((i) => i.clause === value)?.document;
  const open = items.filter((i) => !i.clause);
  return open.length === 1 ? open[0]!.document : undefined;
}

export function ClauseControl({
  value,
  onChange,
  forID,
  classNameWrapper,
  setActiveStyle,
  setInactiveStyle,
  entry,
}: ControlProps) {
  const [catalog, setCatalog] = useState<ClauseCatalog | null>(null);
  useEffect(() => {
    void loadCatalog().then(setCatalog);
  }, []);
  const data = (entry?.get('data') as ImmutableLike | undefined)?.toJS?.() as Record<string, unknown> | undefined;
  const doc = siblingDocument(data, value);
  const documents = (catalog?.documents ?? []).filter((d) => !doc || d.slug === doc);
  const known = documents.some((d) => d.clauses.some((c) => c.id === value));
  const option = (id: string, label: string) => h('option', { key: id, value: id }, label);
  const options = documents.map((d) =>
    documents.length === 1
      ? d.clauses.map((c) => option(c.id, c.label))
      : h(
          'optgroup',
          { key: d.slug, label: d.title },
          d.clauses.map((c) => option(c.id, c.label)),
        ),
  );
  return h(
    'select',
    {
      id: forID,
      className: classNameWrapper,
      value: value ?? '',
      onChange: (e: { target: { value: string } }) => onChange(e.target.value),
      onFocus: setActiveStyle,
      onBlur: setInactiveStyle,
    },
    option('', catalog ? '请选择条款' : '正在读取条款…'),
    value && catalog && !known ? option(value, `${value}（该文件中不存在，请重新选择）`) : null,
    ...options,
  );
}

export function ClausePreview({ value }: { value?: string }) {
  return h('span', null, value ?? '');
}
