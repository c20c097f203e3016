// Decap (3.16) no longer re-renders a widget when another field of the entry changes: a control
// sees the entry as it was when it last rendered, so 网址名 stayed empty while the title was typed
// and the clause list stayed empty after a document was chosen, until the field itself was clicked.
// `withLiveEntry` re-renders a control, with the entry as it is now (Decap's `getEntry`), whenever
// the part of the entry it depends on (`watch`) has changed after an editor's input anywhere.
import { createElement as h, type Ref, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { ImmutableLike } from './controlProps';

interface LiveProps {
  /** Decap's Widget hands its controls a ref and validates through it (React 19 passes it as a prop). */
  ref?: Ref<object>;
  entry?: ImmutableLike;
  /** Decap's reader of the entry being edited (always current). */
  getEntry?: () => ImmutableLike | undefined;
}

/** Editor actions after which another field may hold a new value (typing, choosing, pasting). */
const EDITOR_EVENTS = ['input', 'change', 'click', 'keyup'] as const;

export function withLiveEntry<P extends LiveProps>(
  Control: (props: P) => unknown,
  watch: (entry: ImmutableLike | undefined, props: P) => string,
  /** The value Decap's required check sees, when it is not the stored one. */
  validateValue?: (props: P, entry: ImmutableLike | undefined) => unknown,
): (props: P) => unknown {
  return function LiveEntryControl(props: P) {
    const read = useRef(props.getEntry);
    read.current = props.getEntry;
    const current = () => read.current?.() ?? props.entry;
    const latest = useRef(props);
    latest.current = props;
    const [, setWatched] = useState(() => watch(current(), props));
    // Decap's required and pattern checks run only once the control's ref is set: without it, a save
    // validated no field after this one (a function component never sets a ref by itself).
    useImperativeHandle(
      props.ref,
      () => ({ getValidateValue: () => validateValue?.(latest.current, read.current?.()) }),
      [],
    );
    useEffect(() => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      // After Decap's own handler has stored the new value (it runs first, at React's root).
      const check = () => {
        clearTimeout(timer);
        timer = setTimeout(() => setWatched(watch(read.current?.(), latest.current)), 0);
      };
      for (const name of EDITOR_EVENTS) document.addEventListener(name, check, true);
      return () => {
        clearTimeout(timer);
        for (const name of EDITOR_EVENTS) document.removeEventListener(name, check, true);
      };
    }, []);
    return h(Control as (p: P) => null, { ...props, ref: undefined, entry: current() });
  };
}
