// @ts-check
// Driving the search page in Chromium, as the browser tests and the benchmarks do: open it with a
// query or submit one in the page already open, wait for its answer and read the result links, and
// measure the layout shift of opening it with `?q=`.
import { STATUS_SEARCHING } from './search-status.mjs';

/** @typedef {import('playwright-core').Page} Page */

/** Every how-many-th case is opened cold with `/tim-kiem/?q=` (the URL path); the rest are typed. */
export const COLD_EVERY = 30;

/**
 * Searches a query on the search page: cold (opens `/tim-kiem/?q=`) or in the page already open
 * (fills the box and submits the form, which announces "searching" before it returns).
 * @param {Page} page
 * @param {string} origin the served site's URL, base included
 * @param {string} query
 * @param {boolean} cold
 */
export async function openOrSubmit(page, origin, query, cold) {
  const url = new URL('tim-kiem/', origin);
  if (cold || !page.url().startsWith(url.href)) {
    if (query !== '') url.searchParams.set('q', query);
    await page.goto(url.href);
    return;
  }
  await submitQuery(page, query);
}

/**
 * Fills the box of the search page already open and submits the form (the campaign's or the
 * archive's); resolves with the page's clock (performance.now()) when it submitted.
 * @param {Page} page
 * @param {string} query
 * @returns {Promise<number>}
 */
export function submitQuery(page, query) {
  return page.evaluate((q) => {
    const input = /** @type {HTMLInputElement} */ (document.querySelector('#search-q'));
    input.value = q;
    const submitted = performance.now();
    input.form?.requestSubmit();
    return submitted;
  }, query);
}

/**
 * Waits until the search page has answered, then returns the result links, base removed.
 * @param {Page} page
 * @param {string} base
 */
export async function resultPaths(page, base) {
  await page.waitForFunction((searching) => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    const help = /** @type {HTMLElement} */ (document.querySelector('#search-help'));
    return !status.includes(searching) && (status !== '' || !help.hidden);
  }, STATUS_SEARCHING);
  const hrefs = await page.$$eval('#search-results > li h2 a', (links) =>
    links.map((a) => a.getAttribute('href') ?? ''),
  );
  return hrefs
    .slice(0, 5)
    .map((href) => (href.startsWith(base) ? `/${href.slice(base.length)}` : href));
}

/**
 * The cumulative layout shift of opening `/tim-kiem/?q=<query>` in a phone-sized page until the
 * results show (PerformanceObserver 'layout-shift', shifts after input excluded, as CLS counts).
 * @param {Page} page any page of the browser: a new one of the same size is opened beside it
 * @param {string} origin
 * @param {string} query
 * @param {{ width: number, height: number }} [viewport] a phone's by default
 */
export async function layoutShiftOfUrl(
  page,
  origin,
  query,
  viewport = { width: 412, height: 823 },
) {
  const phone = await page.context().browser()?.newPage({ viewport, deviceScaleFactor: 1 });
  if (!phone) return Number.NaN;
  try {
    await phone.addInitScript(() => {
      const w = /** @type {any} */ (window);
      w.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of /** @type {any[]} */ (list.getEntries()))
          if (!entry.hadRecentInput) w.layoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const url = new URL('tim-kiem/', origin);
    url.searchParams.set('q', query);
    await phone.goto(url.href);
    await resultPaths(phone, new URL(origin).pathname);
    await phone.waitForLoadState('networkidle');
    // Let a frame pass so a shift caused by the last render is recorded.
    await phone.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
    return /** @type {number} */ (
      await phone.evaluate(() => /** @type {any} */ (window).layoutShift)
    );
  } finally {
    await phone.close();
  }
}
