// The search engine of the search page: Pagefind's searches for one query, memoised and capped,
// and their merged ranking; the readings tried when the query finds too little are loaded only
// then (search-readings.ts). No DOM here; the page (search.ts) renders what it returns.
import type { QueryPlan, QueryVariant } from '../search/search-query.ts';
import {
  adjacentPairs,
  mergeRankings,
  type RankedHit,
  type VariantResult,
} from '../search/search-rank.ts';
import type { IndexAnchor, WeightedLocation } from '../search/search-results.ts';
import { forEngine } from '../search/search-text.ts';

export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  locations: number[];
  weighted_locations: (WeightedLocation & { weight: number })[];
  anchors: (IndexAnchor & { element: string; text?: string })[];
  sub_results: { title: string; url: string; excerpt: string; anchor?: { id: string } }[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
}
/** What the page asks of Pagefind, in its worker or on the main thread. */
export interface Pagefind {
  search: (
    query: string | null,
    options?: { filters?: Record<string, string[]> },
  ) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (query: string) => Promise<void>;
}
/**
 * The value of a filter that each page has, by Pagefind's id: one filter-only search per value
 * (ids only, no fragments), so that merged results can be counted and narrowed by it.
 */
export async function pagesByValue(
  pf: Pagefind,
  filter: string,
  values: readonly string[],
): Promise<Map<string, string>> {
  const found = await Promise.all(
    values.map((value) => pf.search(null, { filters: { [filter]: [value] } })),
  );
  const of = new Map<string, string>();
  for (const [i, value] of values.entries())
    for (const page of found[i]?.results ?? []) of.set(page.id, value);
  return of;
}

/** Whether a cleaned query has something to search for: a letter or a digit. */
export function hasWords(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}

/**
 * How many Pagefind searches one query may make before its pair and phrase searches stop; the
 * readings' own searches (at most a dozen) always run.
 */
const MAX_SEARCHES = 24;
/** Fewer results than this, or none holding the query's words together, and other readings are tried. */
const FEW_RESULTS = 3;

/**
 * The Pagefind searches of one query: each distinct string is searched once (pairs shared by
 * several readings, a reading equal to another), and pair and phrase searches only while fewer than
 * MAX_SEARCHES strings have been searched.
 */
export class Searches {
  private readonly memo = new Map<string, Promise<PagefindResult[]>>();
  constructor(private readonly pf: Pagefind) {}
  /**
   * Results of a string. A reading's own search (`essential`) always runs: there are only a few
   * readings. The pair and phrase searches that refine the ranking stop once the budget is spent.
   */
  run(query: string, essential = false): Promise<PagefindResult[]> {
    let found = this.memo.get(query);
    if (found) return found;
    if (!essential && this.memo.size >= MAX_SEARCHES) return Promise.resolve([]);
    found = this.pf.search(query).then((r) => r?.results ?? []);
    this.memo.set(query, found);
    return found;
  }
  async ids(query: string): Promise<Set<string>> {
    return new Set((await this.run(query)).map((r) => r.id));
  }
}

/** Searches one string with its phrase and adjacent pairs. */
export async function searchVariant(
  searches: Searches,
  variant: QueryVariant,
): Promise<VariantResult<PagefindResult>> {
  const text = forEngine(variant.text);
  const pairs = adjacentPairs(text);
  const [hits, pairHits, phrase] = await Promise.all([
    searches.run(text, true),
    Promise.all(pairs.map((pair) => searches.ids(`"${pair}"`))),
    pairs.length > 1 ? searches.ids(`"${text}"`) : undefined,
  ]);
  return {
    text: variant.text,
    weight: variant.weight,
    hits,
    pairs: pairHits,
    phrase: phrase ?? pairHits[0],
  };
}

/** Whether a ranking leaves room for other readings: few results, or none with the words together. */
function weak(
  results: readonly VariantResult[],
  ranked: readonly RankedHit[],
  words: number,
): boolean {
  if (ranked.length < FEW_RESULTS) return true;
  return words > 1 && !results.some((r) => r.hits.length > 0 && (r.phrase?.size ?? 0) > 0);
}

/** The merged results of a query, and the reading that ranked the first of them when it was not the query. */
export interface Searched {
  all: RankedHit<PagefindResult>[];
  /** Every string searched that found something: its words are the ones to mark in excerpts. */
  texts: string[];
}

/**
 * Searches every string of a plan, each with its phrase and adjacent pairs, and merges them. When
 * they find little or rank weakly, loads search-readings.ts and tries the query without its
 * question words, respelt for confusions of sounds (into the site's words, beside the index at
 * `indexUrl`), and at last its words one by one. Sub-searches are memoised and capped.
 */
export async function searchPlan(
  pf: Pagefind,
  plan: QueryPlan,
  exactly: boolean,
  indexUrl: URL,
): Promise<Searched> {
  const searches = new Searches(pf);
  const results = await Promise.all(plan.variants.map((v) => searchVariant(searches, v)));
  const found = () => results.filter((v) => v.hits.length > 0);
  let all = mergeRankings(found());
  const base = plan.variants[0]!.text;
  const words = base.split(' ').length;
  if (!exactly && weak(results, all, words)) {
    // The readings' code comes only now; without it, the ranking stays as it is.
    const readings = await import('./search-readings.ts').catch(() => undefined);
    await readings?.tryReadings(searches, results, base, indexUrl);
    all = mergeRankings(found());
  }
  return { all, texts: found().map((v) => v.text) };
}
