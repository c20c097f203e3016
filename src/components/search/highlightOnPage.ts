// On a content page opened from a search result (…?highlight=双碳#s3), mark every occurrence
// of the query in the indexed body so a journalist sees at once the text they searched for.
// Loaded only when the parameter is present (see SearchMeta.astro).
import { findRanges } from '../../lib/search/query/match';
import { prepareQuery } from '../../lib/search/query/query';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'MARK']);

export function highlightFromUrl(): number {
  const params = new URLSearchParams(location.search);
  const query = prepareQuery(params.get('highlight') ?? params.get('pagefind-highlight'));
  if (!query) return 0;
  const roots = document.querySelectorAll<HTMLElement>('[data-pagefind-body]');
  const texts: Text[] = [];
  for (const root of roots.length ? roots : [document.querySelector('main') ?? document.body]) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        const parent = node.parentElement;
        if (!parent || SKIP.has(parent.tagName) || parent.closest('[hidden], [data-pagefind-ignore]'))
          return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
  }
  let count = 0;
  let first: HTMLElement | undefined;
  for (const node of texts) {
    const ranges = findRanges(node.data, query.terms);
    // Wrap from the end so earlier offsets stay valid.
    for (let i = ranges.length - 1; i >= 0; i--) {
      const [start, end] = ranges[i]!;
      const match = node.splitText(start);
      match.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      match.replaceWith(mark);
      mark.append(match);
      count++;
      first = mark;
    }
  }
  // With a clause anchor the browser already scrolled there; otherwise show the first match.
  if (first && !location.hash) {
    const firstInDoc = document.querySelector<HTMLElement>('mark.search-highlight') ?? first;
    firstInDoc.scrollIntoView({ block: 'center' });
  }
  return count;
}
