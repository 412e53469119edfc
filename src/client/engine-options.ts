// How the search page starts Pagefind: where its files are and the options it searches with, and
// the turn-taking its searches need when they run on the main thread. No DOM here.
import { SEARCH_CODE_META } from '../constants.ts';
import type { Pagefind } from './search-engine.ts';

/** What the search page knows of the engine: from its form's data-* attributes and <html lang>. */
export interface EngineData {
  /** URL of pagefind.js (`data-pagefind`); the worker and the index are beside it. */
  script: string;
  /** The site's base path (`data-base`), which result URLs start with. */
  base?: string | undefined;
  /** The page's language: Pagefind picks the index of that language. */
  language: string;
}

/** Pagefind's worker script, beside pagefind.js. */
export const WORKER_FILE = 'pagefind-worker.js';

/**
 * Pagefind's options for the search page. `basePath` and `language` are what Pagefind would find
 * itself from pagefind.js's URL and the page; its worker, started directly, cannot.
 */
export function engineOptions(data: EngineData, origin: string): Record<string, unknown> {
  return {
    basePath: new URL('./', new URL(data.script, origin)).pathname,
    baseUrl: data.base,
    language: data.language.toLowerCase(),
    excerptLength: 26,
    ranking: { metaWeights: { title: 5, [SEARCH_CODE_META]: 10 } },
  };
}

/** Lets the browser paint and handle keys before the next piece of work (a task boundary). */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Pagefind on the main thread (when its worker cannot start), each search and preload started in
 * a task of its own rather than all at once in one long task.
 */
export function takingTurns(pf: Pagefind): Pagefind {
  return {
    ...pf,
    search: async (query, options) => {
      await yieldToBrowser();
      return pf.search(query, options);
    },
    preload: async (query) => {
      await yieldToBrowser();
      return pf.preload(query);
    },
  };
}
