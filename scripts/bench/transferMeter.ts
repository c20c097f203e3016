/**
 * Counts the bytes a page transfers, over the DevTools protocol with the browser cache off (a
 * first-time visitor), split into Pagefind's per-visit engine files, the chunks a query needs and
 * everything else. Shared by `bench:search` and `bench:build` so both measure the same way.
 */
import type { BrowserContext, Page } from 'playwright-core';

export type ByteClass = 'engine' | 'query' | 'page';

/**
 * index/filter/fragment chunks are per query, those of every merged part (/pagefind/parts/<name>/)
 * as well as the main bundle's (and the 文号 list fetched for a 文号 on no page); pagefind.js, wasm,
 * parts.json and each part's metadata are once per visit.
 */
export function classifyTransfer(url: string): ByteClass {
  const path = new URL(url).pathname;
  if (!path.startsWith('/pagefind/')) return 'page';
  return /^\/pagefind\/(?:parts\/[^/]+\/)?(?:index|fragment|filter)\/|^\/pagefind\/doc-numbers\.json$/.test(path)
    ? 'query'
    : 'engine';
}

export interface Transfer {
  url: string;
  cls: ByteClass;
  /** Bytes on the wire (encodedDataLength). */
  bytes: number;
}

/** Starts metering `page`: `onTransfer` is called once per finished response. */
export async function meterTransfers(
  context: BrowserContext,
  page: Page,
  onTransfer: (t: Transfer) => void,
): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId);
    if (url) onTransfer({ url, cls: classifyTransfer(url), bytes: e.encodedDataLength });
  });
}
