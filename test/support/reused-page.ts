import type { Browser, BrowserContextOptions, Page, Response } from 'playwright-core';

/** What an opening sets on the reused page: nothing of a previous opening carries over. */
export interface Opening {
  viewport: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

/**
 * One page that a test file navigates from URL to URL, where a new context and page per opening
 * cost about 250 ms against 55 ms to navigate (measured for issue 25). Each opening sets the
 * viewport, the colour scheme and screen media (a print test's `emulateMedia` does not carry over)
 * and loads a new document, through about:blank when only the #hash would change, so focus,
 * scroll, an open <details> and the page's scripts start afresh. Its cache, storage, permissions
 * and the mouse's place are shared from opening to opening: a test about a first visit, what is
 * downloaded, storage or listeners opens a context of its own. The context is closed with the
 * browser.
 */
export function reusedPage(
  browser: () => Browser,
  options: BrowserContextOptions = {},
): (url: string, opening: Opening) => Promise<{ page: Page; response: Response | null }> {
  let opened: Promise<Page> | undefined;
  return async (url, { viewport, colorScheme = 'light' }) => {
    opened ??= browser()
      .newContext(options)
      .then((context) => context.newPage());
    const page = await opened;
    await page.setViewportSize(viewport);
    await page.emulateMedia({ media: null, colorScheme });
    const hashless = (href: string) => href.replace(/#.*/, '');
    if (hashless(page.url()) === hashless(url)) await page.goto('about:blank');
    return { page, response: await page.goto(url) };
  };
}
