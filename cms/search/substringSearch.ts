// The CMS search box finds Chinese: Decap's search (Backend#search, used by the search box for one
// collection or all) is replaced by the substring search of ./entrySearch.ts over the same entries
// Decap would load (every entry of each collection, front matter and body). It runs in the browser,
// so it works the same with the local server and with a git host.
import { Backend } from 'decap-cms-core/dist/esm/backend';
import { searchEntries, type SearchableEntry } from './entrySearch';

export function installSubstringSearch(): void {
  Backend.prototype.search = async function search(this: Backend, collections: unknown[], term: string) {
    const lists = await Promise.allSettled(collections.map((c) => this.listAllEntries(c)));
    const failed = lists.filter((l) => l.status === 'rejected');
    // Like Decap's own search: an error is shown rather than results that silently miss a collection.
    if (failed.length > 0) throw new Error(`搜索时未能读取全部内容：${String(failed[0]!.reason)}`);
    const entries = lists.flatMap((l) => (l.status === 'fulfilled' ? l.value : ([] as SearchableEntry[])));
    return { entries: searchEntries(entries, term) };
  };
}

/**
 * Enter in the top search box (the input showing `placeholder`) searches every collection, as the
 * box says, unless the editor picked one collection from its list with the arrow keys or a click.
 */
export function searchAllOnEnter(placeholder: string): void {
  let picked = false;
  const isSearchBox = (target: EventTarget | null): target is HTMLInputElement =>
    target instanceof HTMLInputElement && target.placeholder === placeholder;
  document.addEventListener('focusin', (event) => {
    if (isSearchBox(event.target)) picked = false;
  });
  document.addEventListener(
    'keydown',
    (event) => {
      if (!isSearchBox(event.target)) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') picked = true;
      if (event.key !== 'Enter' || picked || event.isComposing) return;
      const term = event.target.value.trim();
      if (term === '') return;
      // Before Decap's own handler, which would search the collection open at the moment.
      event.preventDefault();
      event.stopPropagation();
      event.target.blur();
      window.location.hash = `#/search/${encodeURIComponent(term)}`;
    },
    true,
  );
}
