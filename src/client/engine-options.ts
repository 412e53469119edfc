// How the search page starts Pagefind: where the index is, and whether it searches in Pagefind's web
// worker or on the main thread, chosen from the size of the index the page says it has. No DOM here.
import { SEARCH_WORKER_MIN_TEXTS } from '../constants.ts';

/** What the search form tells its script about the index (its data-* attributes). */
export interface EngineData {
  /** The site's base path (`data-base`). */
  base?: string | undefined;
  /** How many texts the index holds (`data-texts`), written by the page at build time. */
  texts?: string | undefined;
}

/**
 * Whether Pagefind should search in its worker: on a site of SEARCH_WORKER_MIN_TEXTS texts or more,
 * where one search is itself a long task on the main thread. An unknown size keeps the main thread,
 * whose first search costs 12 KB less.
 */
export function searchInWorker(texts: string | undefined): boolean {
  const count = Number(texts);
  return texts !== undefined && texts !== '' && Number.isFinite(count)
    ? count >= SEARCH_WORKER_MIN_TEXTS
    : false;
}

/** Pagefind's options for the search page. */
export function engineOptions(data: EngineData): Record<string, unknown> {
  return {
    baseUrl: data.base,
    excerptLength: 26,
    noWorker: !searchInWorker(data.texts),
    ranking: { metaWeights: { title: 5, ma: 10 } },
  };
}
