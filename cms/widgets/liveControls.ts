// The widgets that follow another field of the entry as the editor types (./liveEntry.ts):
// 网址名 follows the title, the clause list follows the documents chosen next to it, 替代文字 the picture.
import { AltTextControl, imageOf } from './AltTextControl';
import { ClauseControl } from './ClauseControl';
import { SlugControl } from './SlugControl';
import { withLiveEntry } from './liveEntry';
import type { ImmutableLike } from './controlProps';

export const LiveSlugControl = withLiveEntry(SlugControl, (entry) => String(entry?.getIn(['data', 'title']) ?? ''));

/** The clause references of an article (a list) or an event (one), as text: a new document choice changes it. */
function clauseChoices(entry: ImmutableLike | undefined): string {
  return JSON.stringify([entry?.getIn(['data', 'relatedClauses']), entry?.getIn(['data', 'relatedClause'])]);
}

export const LiveClauseControl = withLiveEntry(ClauseControl, clauseChoices);

/** 替代文字 follows the picture chosen in its image field. */
export const LiveAltTextControl = withLiveEntry(AltTextControl, (entry, props) => imageOf({ ...props, entry }));
