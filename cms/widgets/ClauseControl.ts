// `clause` widget (相关政策条款 → 条款): a list of the clauses of the document chosen next to it,
// by their heading text, from that document's clause file (/admin/clauses/<slug>.json, made from the
// clause index the build checks against), fetched when the document is chosen or the entry opened.
// Stores the clause's anchor id. A value that no longer exists stays visible, marked 不存在.
import { createElement as h, useEffect, useState } from 'react';
import { loadClauseDocument, referencedDocuments } from '../clauseCheck';
import type { ClauseDocument } from '../../src/lib/policies/clauseFiles';
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

/**
 * The documents whose clauses the list offers: the one chosen next to this clause or, when that is
 * not clear (several items still without a clause), every document the entry names, grouped by title.
 */
export function listedDocuments(
  collection: string,
  data: Record<string, unknown> | undefined,
  value: string | undefined,
): string[] {
  const doc = siblingDocument(data, value);
  return doc ? [doc] : data ? referencedDocuments(collection, data) : [];
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
  const data = (entry?.get('data') as ImmutableLike | undefined)?.toJS?.() as Record<string, unknown> | undefined;
  // The listed documents as one string, so the files are fetched again only when the choice changes.
  const key = listedDocuments(String(entry?.get('collection') ?? ''), data, value).join('\n');
  const [loaded, setLoaded] = useState<{ key: string; documents: ClauseDocument[] } | null>(null);
  useEffect(() => {
    let current = true;
    void Promise.all(key === '' ? [] : key.split('\n').map(loadClauseDocument)).then((found) => {
      if (current) setLoaded({ key, documents: found.filter((d): d is ClauseDocument => Boolean(d)) });
    });
    return () => {
      current = false;
    };
  }, [key]);
  const documents = loaded?.key === key ? loaded.documents : null;
  const ready = documents !== null;
  const known = (documents ?? []).some((d) => d.clauses.some((c) => c.id === value));
  const option = (id: string, label: string) => h('option', { key: id, value: id }, label);
  const options = (documents ?? []).map((d, _, all) =>
    all.length === 1
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
    option('', ready ? '请选择条款' : '正在读取条款…'),
    value && ready && !known ? option(value, `${value}（该文件中不存在，请重新选择）`) : null,
    ...options,
  );
}

export function ClausePreview({ value }: { value?: string }) {
  return h('span', null, value ?? '');
}
