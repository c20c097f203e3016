// The widgets that follow another field of the entry as the editor types (./liveEntry.ts):
// 网址名 follows the title, the clause list follows the documents chosen next to it, 替代文字 the picture.
import { AltTextControl, imageOf } from './AltTextControl';
import { ClauseControl } from './ClauseControl';
import { SlugControl } from './SlugControl';
import { withLiveEntry } from './liveEntry';
import { createElement as h } from 'react';
import type { ImmutableLike, StringControlProps } from './controlProps';

/**
 * 网址名 proposes the title's pinyin for a new entry only. An existing entry's 网址名 is its published
 * URL (often the file name, with no 网址名 written in the file): it is never proposed anew.
 */
function NewEntrySlugControl(props: StringControlProps) {
  const isNew = props.entry?.get('newRecord') === true;
  return h(SlugControl, isNew ? props : { ...props, entry: undefined });
}

export const LiveSlugControl = withLiveEntry(
  NewEntrySlugControl,
  (entry) => (entry?.get('newRecord') === true ? String(entry.getIn(['data', 'title']) ?? '') : ''),
  // An existing entry without 网址名 in its file is published under its file name: that is its 网址名.
  (props, entry) => props.value || (entry?.get('newRecord') === true ? '' : entry?.get('slug')),
);

/** The clause references of an article (a list) or an event (one), as text: a new document choice changes it. */
function clauseChoices(entry: ImmutableLike | undefined): string {
  return JSON.stringify([entry?.getIn(['data', 'relatedClauses']), entry?.getIn(['data', 'relatedClause'])]);
}

export const LiveClauseControl = withLiveEntry(ClauseControl, clauseChoices);

/** 替代文字 follows the picture chosen in its image field. */
export const LiveAltTextControl = withLiveEntry(AltTextControl, (entry, props) => imageOf({ ...props, entry }));
