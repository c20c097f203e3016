// `readonly` widget: shows a value the CMS must not change (the imported body of a 政策文件),
// and hands the value back untouched when the entry is saved.
import { createElement as h } from 'react';

interface ControlProps {
  value?: unknown;
  forID?: string;
  classNameWrapper?: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value == null ? '' : String(value);
}

export function ReadonlyControl({ value, forID, classNameWrapper }: ControlProps) {
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
      text(value) || '（空）',
    ),
  );
}

export function ReadonlyPreview({ value }: { value?: unknown }) {
  return h('pre', { style: { whiteSpace: 'pre-wrap' } }, text(value));
}
