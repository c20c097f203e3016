/**
 * Browser side of the 订阅 box: follows the filter (the feed of exactly what the list shows) and
 * copies the https address, saying 已复制 in a live region. Falls back to selecting the address
 * for Ctrl+C / long-press when the clipboard is not available (http, old browsers).
 */
import { feedForFilters, feedLinks, feedPath } from '../../lib/events/feeds';
import type { EventFilters } from '../../lib/events/filters';

/**
 * Returns the function the filter calls with its filters and how many events it shows (null when
 * not known): a feed that holds no event now is still offered, since later events will appear in
 * it, but the box says it is empty.
 */
export function initSubscribeBox(): ((filters: EventFilters, count: number | null) => void) | null {
  const box = document.getElementById('subscribe-box');
  if (!box) return null;
  const base = box.dataset.baseUrl ?? location.origin;
  const label = box.querySelector<HTMLElement>('[data-feed-label]')!;
  const webcal = box.querySelector<HTMLAnchorElement>('[data-feed-webcal]')!;
  const https = box.querySelector<HTMLInputElement>('[data-feed-https]')!;
  const download = box.querySelector<HTMLAnchorElement>('[data-feed-download]');
  const status = box.querySelector<HTMLElement>('[data-feed-status]')!;
  const copy = box.querySelector<HTMLButtonElement>('[data-feed-copy]');
  const empty = box.querySelector<HTMLElement>('[data-feed-empty]');

  copy?.addEventListener('click', () => {
    const done = () =>
      (status.textContent = `已复制订阅地址（${label.textContent}），请粘贴到日历应用的“通过网址添加”。`);
    const manual = () => {
      https.focus();
      https.select();
      status.textContent = '无法自动复制：地址已选中，请长按或按 Ctrl+C 复制。';
    };
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(https.value).then(done, manual);
    else manual();
  });

  return (filters, count) => {
    const feed = feedForFilters(filters);
    if (empty) {
      empty.hidden = count !== 0;
      empty.textContent =
        count === 0 ? `“${feed.label}”目前没有活动：订阅后，今后发布的这类活动会自动出现在您的日历里。` : '';
    }
    const links = feedLinks(feed, base);
    label.textContent = feed.label;
    webcal.href = links.webcal;
    https.value = links.https;
    if (download) download.href = feedPath(feed);
    status.textContent = '';
  };
}
