// How the search page starts Pagefind: where its files are and the options it searches with. No
// DOM here.
import { SEARCH_CODE_META } from '../constants.ts';

/** What the search page knows of the engine: from its form's data-* attributes and <html lang>. */
export interface EngineData {
  /** URL of pagefind.js (`data-pagefind`); the worker and the index are beside it. */
  script: string;
  /** The site's base path (`data-base`), which result URLs start with. */
  base?: string | undefined;
  /** The page's language: Pagefind picks the index of that language. */
  language: string;
}

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
