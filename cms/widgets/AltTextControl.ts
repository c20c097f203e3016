// `alt` widget (封面图片替代文字): a text field that, while empty (or still holding its own
// proposal), proposes the name the editor gave the picture just uploaded (垃圾分类宣传照片.jpg →
// 垃圾分类宣传照片, cms/uploadRename.ts). The editor's own text is never replaced.
import { createElement as h, useEffect, useRef } from 'react';
import { uploadedAlt } from '../uploadRename';
import type { StringControlProps } from './controlProps';

export interface AltTextProps extends StringControlProps {
  /** The field's configuration: `image_field` names the image field this text describes. */
  field?: { get(key: string): unknown };
}

/** The stored file name of the image the alt text belongs to. */
export function imageOf(props: AltTextProps): string {
  const name = String(props.field?.get('image_field') ?? '');
  const path = String(props.entry?.getIn(['data', name]) ?? '');
  return path.slice(path.lastIndexOf('/') + 1);
}

export function AltTextControl(props: AltTextProps) {
  const { value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = props;
  const image = imageOf(props);
  const proposed = useRef<string | undefined>(undefined);
  // The effect runs on a new picture only; it reads the current value and onChange through a ref, so
  // the editor's own typing (a new value) never re-runs it.
  const current = useRef({ value, onChange });
  current.current = { value, onChange };
  useEffect(() => {
    const alt = image ? uploadedAlt(image) : undefined;
    const { value: text, onChange: change } = current.current;
    if (!alt || (text && text !== proposed.current)) return;
    proposed.current = alt;
    if (alt !== text) change(alt);
  }, [image]);
  return h('input', {
    type: 'text',
    id: forID,
    className: classNameWrapper,
    value: value ?? '',
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    onFocus: setActiveStyle,
    onBlur: setInactiveStyle,
  });
}
