/**
 * URL text fragments (`#id:~:text=…`): browsers that support them scroll to and highlight the exact
 * sentence; others ignore the directive and land on the element id before it. Used so that a target
 * links to the sentence it comes from even where the source gives the sentence no anchor of its own.
 */
import { BLANK } from '../bodyFormat';

/** Longest run of the text without a source blank (a blank renders as spaces, so cannot be matched). */
function matchable(text: string): string {
  return text
    .split(BLANK)
    .map((s) => s.trim())
    .reduce((best, s) => (s.length > best.length ? s : best), '');
}

/** Percent-encode for a text directive: also `-`, `,` and `&`, which have meaning there. */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/gu, '%2D');
}

/** Fragment for a link to `text` under the element `anchor` (null: the page itself). */
export function fragmentFor(anchor: string | null, text: string): string {
  const t = matchable(text);
  const directive = t.length >= 2 ? `:~:text=${encodeTextDirective(t)}` : '';
  return anchor || directive ? `#${anchor ?? ''}${directive}` : '';
}
