// Shared constants: ids, parameter names and lengths used by both server and browser code.

// --- Search (issue 11): the search page's URL parameters, element ids and limits. ---
/** URL parameter of the query on the search page (`/tim-kiem/?q=…`). */
export const SEARCH_QUERY_PARAM = 'q';
/** URL parameter of the kind-of-page filter. */
export const SEARCH_KIND_PARAM = 'loai';
/** URL parameter that turns off Telex/VNI decoding: search exactly what was typed. */
export const SEARCH_EXACT_PARAM = 'nguyen-van';
/** The longest query the search page passes to Pagefind. */
export const MAX_QUERY_LENGTH = 200;
/** Results rendered at first (their fragments are the only ones a first search downloads), then per "more". */
export const SEARCH_FIRST_PAGE = 5;
export const SEARCH_PAGE_SIZE = 10;
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
// --- end search ---
