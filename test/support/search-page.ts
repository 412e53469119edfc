import type { Page } from 'playwright-core';
import { STATUS_SEARCHING } from '../../scripts/dev/search-status.mjs';

/**
 * Opens the search page of the site served at `origin` for `query` (`/tim-kiem/?q=`), waits until its
 * status says the search is done, and returns the result links' paths, in order.
 */
export async function searchResultPaths(
  page: Page,
  origin: string,
  query: string,
): Promise<string[]> {
  const url = new URL('tim-kiem/', origin);
  url.searchParams.set('q', query);
  await page.goto(url.href);
  await page.waitForFunction((searching) => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return status !== '' && !status.includes(searching);
  }, STATUS_SEARCHING);
  return page.$$eval('#search-results > li h2 a', (links) =>
    links.map((a) => new URL(a.getAttribute('href') ?? '', location.href).pathname),
  );
}
