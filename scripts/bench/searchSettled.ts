import type { Page } from 'playwright-core';

/** Resolves once /search/ has finished its query: a status that no longer says 正在…, results not busy. */
export async function searchSettled(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return (
        status !== '' &&
        !status.startsWith('正在') &&
        !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy')
      );
    },
    null,
    { timeout },
  );
}
