/** The browser's copy of PolicyListItem.astro: the same markup, drawn from a row of /policies/index.json. */
import { el } from '../../lib/site/dom';
import type { PolicyRow } from '../../lib/policies/listRow';

export function policyItemElement(row: PolicyRow): HTMLLIElement {
  const li = el('li', { class: 'policy-item' });
  Object.assign(li.dataset, row.filters);
  const meta = el('p', { class: 'meta' }, el('span', {}, row.issuer));
  if (row.docNumber) meta.append(el('span', {}, row.docNumber));
  meta.append(row.date ? el('time', { datetime: row.date }, row.dateText) : el('span', {}, row.dateText));
  const badges = el('p', { class: 'policy-badges' }, el('span', { class: 'badge' }, row.docType));
  if (row.draft) badges.append(el('span', { class: 'badge badge-draft' }, '征求意见稿'));
  li.append(
    el('h2', { class: 'policy-item-title' }, el('a', { href: `/policies/${row.slug}/` }, row.title)),
    meta,
    badges,
  );
  return li;
}
