// Constants shared by the site's server code, its browser code, the scripts and the tests: ids,
// parameter names, limits and budgets. Each owner adds an export block. Imports carry explicit
// `.ts` extensions so Node scripts can import this file directly. A leaf: it imports nothing.

// ---- Layout

/** The id of `<main>`, the target of the skip link. */
export const MAIN_CONTENT_ID = 'main-content';

// ---- Budgets: measured by `npm run bench`, checked on the built files by test/site/budget.test.ts

/** What a first visit to one page may transfer (HTML, CSS and JS, compressed): 16 KB. */
export const PAGE_BUDGET_BYTES = 16 * 1024;
/**
 * What a page may load on demand besides (JavaScript it imports only when needed, compressed): the
 * search page's readings of a weak query and its main-thread engine.
 */
export const ON_DEMAND_BUDGET_BYTES = 4 * 1024;
/** What one page may request on a first visit, its HTML included. */
export const PAGE_BUDGET_REQUESTS = 3;
/** How long a clean build may take, in milliseconds. */
export const BUILD_BUDGET_MS = 10_000;

// ---- Search: the search page's URL parameters, element ids and limits (server and browser code)

/** URL parameter of the query on the search page (`/tim-kiem/?q=…`). */
export const SEARCH_QUERY_PARAM = 'q';
/** URL parameter of the kind-of-page filter. */
export const SEARCH_KIND_PARAM = 'loai';
/** Pagefind's filter that holds a page's kind (Công văn, Nội dung thi đua…): the layout writes it, the search page reads it. */
export const SEARCH_KIND_FILTER = 'loai';
/** Pagefind's meta field of the words a page is found under by its code (`34cttw`): written by the layout, weighted by the search page. */
export const SEARCH_CODE_META = 'ma';
/** URL parameter that turns off Telex/VNI decoding: search exactly what was typed. */
export const SEARCH_EXACT_PARAM = 'nguyen-van';
/** The longest query the search page passes to Pagefind. */
export const MAX_QUERY_LENGTH = 200;
/** Results rendered at first (their fragments are the only ones a first search downloads), then per "more". */
export const SEARCH_FIRST_PAGE = 5;
export const SEARCH_PAGE_SIZE = 10;
/**
 * The site's words, folded, one a line, written by the build into the index's folder: the search
 * page fetches it only to respell a query for confusions of sounds (s/x, ch/tr…).
 */
export const SITE_WORDS_FILE = 'site-words.txt';
/** Pagefind's worker script, which the search page starts itself, beside pagefind.js. */
export const PAGEFIND_WORKER_FILE = 'pagefind-worker.js';
/** Element ids of the search page, which its browser script looks up. */
export const SEARCH_IDS = {
  form: 'search-form',
  input: 'search-q',
  hint: 'search-hint',
  filters: 'search-filters',
  status: 'search-status',
  corrected: 'search-corrected',
  results: 'search-results',
  more: 'search-more',
  empty: 'search-empty',
  help: 'search-help',
} as const;
