// What Decap hands a custom widget's control component (the subset these widgets use).

/** An Immutable.js map as Decap passes entries (only the methods used here). */
export interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS?(): unknown;
}

/** Props of a control that edits one string value. */
export interface StringControlProps {
  value?: string;
  onChange: (value: string) => void;
  forID?: string;
  classNameWrapper?: string;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
  entry?: ImmutableLike;
}
