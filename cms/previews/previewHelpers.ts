// Small helpers for preview templates: read Decap's Immutable entry without depending on its types.
import { createElement as h, useEffect, useState } from 'react';
import { formatChineseDate, formatChineseDateTime } from '../../src/lib/site/dates';
import { loadEntryCatalog } from '../entryCheck';

export interface ImmutableLike {
  getIn(path: string[]): unknown;
  get?(key: string): unknown;
  toJS?(): unknown;
}

export interface PreviewProps {
  entry: ImmutableLike;
  widgetFor(name: string): unknown;
  getAsset(path: string): { toString(): string } | string | undefined;
}

/** A front matter value as text ('' when blank). */
export function field(props: PreviewProps, name: string): string {
  const value = props.entry.getIn(['data', name]);
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** A list field as plain strings. */
export function listField(props: PreviewProps, name: string): string[] {
  const value = props.entry.getIn(['data', name]) as ImmutableLike | string[] | undefined;
  if (!value) return [];
  const js = Array.isArray(value) ? value : (value.toJS?.() as unknown);
  return Array.isArray(js) ? js.map(String) : [];
}

/** Date shown as the site shows it; the raw text when it cannot be read yet (still typing). */
export function chineseDate(value: string, withTime = false): string {
  if (!value) return '';
  try {
    return withTime ? formatChineseDateTime(value) : formatChineseDate(value);
  } catch {
    return value;
  }
}

/** URL of an image field for the preview frame ('' when none). */
export function assetUrl(props: PreviewProps, path: string): string {
  if (!path) return '';
  const asset = props.getAsset(path);
  return asset ? asset.toString() : '';
}

let scopes: Record<string, string> = {};

export function setPreviewScopes(found: Record<string, string>): void {
  scopes = found;
}

/**
 * `className` with the scoping attribute its component has in the built pages, so the page's own
 * scoped styles apply in the preview: h('dl', scoped('article-meta', 'article')) for an element
 * inside the component whose root carries `article`.
 */
export function scoped(className: string | null, component: string = className ?? ''): Record<string, string> {
  const cid = scopes[component];
  return { ...(className ? { className } : {}), ...(cid ? { [cid]: '' } : {}) };
}

const names = new Map<string, string>();
let catalog: Promise<void> | undefined;

/** The names of entries (专题 by 网址名) from /admin/entries.json, read once per page; a name not loaded yet is its 网址名. */
export function useEntryNames(collection: string, ids: readonly string[]): string[] {
  const [, setLoaded] = useState(false);
  useEffect(() => {
    if (names.size > 0) return;
    catalog ??= loadEntryCatalog().then((all) => {
      for (const [name, list] of Object.entries(all))
        for (const e of list ?? []) if (e.title) names.set(`${name}/${e.id}`, e.title);
    });
    void catalog.then(() => setLoaded(true));
  }, []);
  return ids.map((id) => names.get(`${collection}/${id}`) ?? id);
}

/**
 * The site's breadcrumb (src/components/site/Breadcrumb.astro) as a preview shows it: the trail's
 * links lead nowhere in the preview, the last item is the page itself.
 */
export function previewBreadcrumb(trail: readonly (string | undefined)[], current: string) {
  return h(
    'nav',
    { className: 'breadcrumb', 'aria-label': '当前位置' },
    h(
      'ol',
      null,
      ...trail.filter((t): t is string => Boolean(t)).map((t) => h('li', null, h('a', { href: '#' }, t))),
      h('li', null, h('span', { 'aria-current': 'page' }, current)),
    ),
  );
}
