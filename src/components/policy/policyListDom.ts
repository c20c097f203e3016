/** The browser's copy of PolicyListItem.astro: the same markup, drawn from a row of /policies/index.json. */
import type { PolicyRow } from '../../lib/policies/listRow';

export function policyItemElement(row: PolicyRow): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'policy-item';
  Object.assign(li.dataset, row.filters);
  const h = document.createElement('h2');
  h.className = 'policy-item-title';
  h.append(Object.assign(document.createElement('a'), { href: `/policies/${row.slug}/`, textContent: row.title }));
  const meta = Object.assign(document.createElement('p'), { className: 'meta' });
  meta.append(Object.assign(document.createElement('span'), { textContent: row.issuer }));
  if (row.docNumber) meta.append(Object.assign(document.createElement('span'), { textContent: row.docNumber }));
  if (row.date) {
    const time = Object.assign(document.createElement('time'), { textContent: row.dateText });
    time.setAttribute('datetime', row.date);
    meta.append(time);
  } else meta.append(Object.assign(document.createElement('span'), { textContent: row.dateText }));
  const badges = Object.assign(document.createElement('p'), { className: 'policy-badges' });
  badges.append(Object.assign(document.createElement('span'), { className: 'badge', textContent: row.docType }));
  if (row.draft) badges.append(Object.assign(document.createElement('span'), { className: 'badge badge-draft', textContent: '征求意见稿' }));
  li.append(h, meta, badges);
  return li;
}
