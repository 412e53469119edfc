// What the archive's search page and its script share: the ids of the page's own elements, the
// keys of the strings the script shows, and the shape of the data the page gives it.
import type { Dictionary } from '../../i18n/index.ts';
import {
  SEARCH_CLIENT_KEYS,
  type SearchPageData,
  type SearchStrings,
} from '../../search/search-strings.ts';

/** Ids of the elements the archive's search page has besides the campaign search page's. */
export const ARCHIVE_SEARCH_IDS = {
  unavailable: 'search-unavailable',
  turns: 'search-turns',
  nextTurn: 'search-next-turn',
} as const;

/** Keys of the strings the script shows: the campaign search page's and the archive's own. */
export const ARCHIVE_SEARCH_KEYS = [
  ...SEARCH_CLIENT_KEYS,
  'archive.search.scope',
  'archive.search.more',
  'archive.search.unavailable',
] as const satisfies readonly (keyof Dictionary)[];

export type ArchiveSearchStrings = SearchStrings &
  Pick<Dictionary, (typeof ARCHIVE_SEARCH_KEYS)[number]>;

/**
 * A campaign the search covers: its id, its name, its pages' address, and the address of its own
 * index, or null when its pages are in the archive's own index.
 */
export interface SearchedCampaign {
  id: string;
  label: string;
  home: string;
  index: string | null;
}

/** What the page gives its script in the form's data-search attribute: a search page's, and the turns. */
export interface ArchiveSearchConfig extends SearchPageData {
  strings: ArchiveSearchStrings;
  params: SearchPageData['params'] & { campaign: string };
  /** The campaigns, newest first, in the turns the search covers them. */
  turns: SearchedCampaign[][];
}
