// `readonly` widget: shows a value the CMS must not change (the imported body of a 政策文件),
// and hands the value back untouched when the entry is saved.
import { createElement as h } from 'react';

interface ControlProps {
  value?: unknown;
  forID?: string;
  classNameWrapper?: string;
  /** The field's configuration: `options` ({ value, label }) shows a stored code in words (final → 正式文件). */
  field?: { get(key: string): unknown };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value == null ? '' : String(value);
}

/** The label an option gives the value, else the value itself. */
function shown(value: unknown, field: ControlProps['field']): string {
  const options = (field?.get('options') as { toJS?(): unknown } | undefined)?.toJS?.();
  const match = Array.isArray(options)
    ? (options as { value?: unknown; label?: string }[]).find((o) => o?.value === value)
    : undefined;
  return match?.label ?? text(value);
}

export function ReadonlyControl({ value, forID, classNameWrapper, field }: ControlProps) {
  return h(
    'div',
    { className: classNameWrapper, id: forID, 'aria-readonly': 'true' },
    h(
      'pre',
      {
        style: {
          whiteSpace: 'pre-wrap',
          maxHeight: '24rem',
          overflow: 'auto',
          margin: 0,
          padding: '0.75rem 1rem',
          background: '#f3f6f9',
        },
      },
      shown(value, field) || '（空）',
    ),
  );
}

export function ReadonlyPreview({ value }: { value?: unknown }) {
  return h('pre', { style: { whiteSpace: 'pre-wrap' } }, text(value));
}
