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
    h('p', { style: { margin: '0 0 0.5rem', color: '#4a4a4a' } }, '此内容由导入程序生成，请在原始文件中修改后重新导入，不在此编辑。'),
    h('pre', { style: { whiteSpace: 'pre-wrap', maxHeight: '24rem', overflow: 'auto', margin: 0 } }, text(value)),
  );
}

export function ReadonlyPreview({ value }: { value?: unknown }) {
  return h('pre', { style: { whiteSpace: 'pre-wrap' } }, text(value));
}
