// @ts-check
// What the search page's status line says, taken from the dictionary, so the benchmarks that wait
// for it hold no copy of the wording.
import { vi } from '../../src/i18n/index.ts';

/** How the status line begins once results (or none) are shown: "Tìm thấy", "Không tìm thấy". */
export const STATUS_DONE = [vi['search.status.found'], vi['search.status.none']].map(
  (template) => template.split('{')[0] ?? template,
);
/** The status line while a search runs. */
export const STATUS_SEARCHING = vi['search.status.searching'];
