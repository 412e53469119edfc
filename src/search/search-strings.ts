/**
 * The strings the search page's browser script needs, and the rest of what a search page (the
 * campaign's, the archive's) gives its script. The page puts their templates into a data-
 * attribute (`pick(SEARCH_CLIENT_KEYS)`), so the script ships no copy of the dictionary; `fill`
 * fills their `{name}` placeholders the way t() does on the server.
 */
import type { Dictionary } from '../i18n/index.ts';
import type { Abbreviation } from '../vietnamese/abbreviations.ts';

/** Keys of the strings the browser script shows. */
export const SEARCH_CLIENT_KEYS = [
  'search.filter.all',
  'search.filter.option',
  'search.status.needWords',
  'search.status.searching',
  'search.status.failed',
  'search.status.found',
  'search.status.none',
  'search.status.scope',
  'search.corrected.searchedFor',
  'search.corrected.exact',
  'search.result.sections',
  'search.section.paragraph',
  'search.section.section',
  'search.section.bullet',
  'search.section.point',
  'search.section.part',
  'search.section.article',
  'search.section.clause',
  'search.section.articlePoint',
  'search.section.clausePoint',
] as const satisfies readonly (keyof Dictionary)[];

export type SearchStrings = Pick<Dictionary, (typeof SEARCH_CLIENT_KEYS)[number]>;

/**
 * What every search page gives its script in the search form's data-search attribute: the strings,
 * the abbreviation vocabulary and the names of the URL parameters (a site adds its filter's).
 */
export interface SearchPageData {
  strings: SearchStrings;
  abbreviations: readonly Abbreviation[];
  params: { query: string; exact: string };
}

/** Fills a template's `{name}` placeholders; an unknown name stays as written. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
