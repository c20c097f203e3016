// Small helpers for preview templates: read Decap's Immutable entry without depending on its types.
import { formatChineseDate, formatChineseDateTime } from '../../src/lib/site/dates';

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
