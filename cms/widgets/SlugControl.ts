// `slug` widget (网址名): while the entry is new, it follows the title as pinyin
// (cms/slugFromTitle.ts) whenever Decap renders it (at the latest when the editor reaches the
// field); once the editor types in it, or for an entry that already has a 网址名,
// it is left alone (a published URL must not change because a title did).
import { createElement as h, useEffect, useRef } from 'react';
import { slugFromTitle } from '../slugFromTitle';
import type { StringControlProps as ControlProps } from './controlProps';

export function SlugControl({
  value,
  onChange,
  forID,
  classNameWrapper,
  setActiveStyle,
  setInactiveStyle,
  entry,
}: ControlProps) {
  const title = String(entry?.getIn(['data', 'title']) ?? '');
  const follows = useRef(!value);
  // The effect runs on a new title only; it reads the current value and onChange through a ref, so
  // the editor's own typing (a new value) never re-runs it.
  const current = useRef({ value, onChange });
  current.current = { value, onChange };
  useEffect(() => {
    if (!follows.current || !title) return;
    const proposed = slugFromTitle(title);
    if (proposed !== current.current.value) current.current.onChange(proposed);
  }, [title]);
  return h('input', {
    type: 'text',
    id: forID,
    className: classNameWrapper,
    value: value ?? '',
    spellCheck: false,
    autoComplete: 'off',
    onChange: (e: { target: { value: string } }) => {
      follows.current = e.target.value === '';
      onChange(e.target.value);
    },
    onFocus: setActiveStyle,
    onBlur: setInactiveStyle,
  });
}

export function SlugPreview({ value }: { value?: string }) {
  return h('span', null, value ?? '');
}
