// Constants shared by the site's server code, its browser code, the scripts and the tests: ids,
// parameter names, limits and budgets. Each owner adds an export block. Imports carry explicit
// `.ts` extensions so Node scripts (scripts/*.mjs) can import this file directly.
import { SEARCH_PATH } from './lib/routes.ts';

// ---- Layout

/** The id of `<main>`, the target of the skip link. */
export const MAIN_CONTENT_ID = 'main-content';

// ---- Budgets: measured by `npm run bench`, checked on the built files by test/site/budget.test.ts

/** What a first visit to one page may transfer (HTML, CSS and JS, compressed): 16 KB. */
export const PAGE_BUDGET_BYTES = 16 * 1024;
/** What one page may request on a first visit, its HTML included. */
export const PAGE_BUDGET_REQUESTS = 3;
/** How long a clean build may take, in milliseconds. */
export const BUILD_BUDGET_MS = 10_000;
/** The one page that may load JavaScript (the search page); every other page loads none. */
export const SCRIPTED_PAGE = SEARCH_PATH;
