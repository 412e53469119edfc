// The search engine of the search page: Pagefind's searches for one query, memoised and capped,
// the readings tried when the query finds too little, and their merged ranking. No DOM here; the
// page (search.ts) renders what it returns.
import { bestReading, confusedSpellings, stripQuestion } from '../search/readings.ts';
import { VARIANT_WEIGHTS, type QueryPlan, type QueryVariant } from '../search/search-query.ts';
import { fold } from '../vietnamese/fold.ts';
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
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, string[]> },
  ) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (query: string) => Promise<void>;
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
/** How many pairs a confusion reading may check against the site (each a phrase search). */
const MAX_PAIR_CHECKS = 12;
/** Fewer results than this, or none holding the query's words together, and other readings are tried. */
const FEW_RESULTS = 3;

/**
 * The Pagefind searches of one query: each distinct string is searched once (pairs shared by
 * several readings, a reading equal to another), and pair and phrase searches only while fewer than
 * MAX_SEARCHES strings have been searched.
 */
class Searches {
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
  get count(): number {
    return this.memo.size;
  }
}

/** Searches one string with its phrase and adjacent pairs. */
async function searchVariant(
  searches: Searches,
  variant: QueryVariant,
  withPairs = true,
): Promise<VariantResult<PagefindResult>> {
  const text = forEngine(variant.text);
  const pairs = withPairs ? adjacentPairs(text) : [];
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

/**
 * The words a page holds, each searched alone: a page scores by how many of them it holds (and,
 * through the pairs, how close together), so that a page is found whenever a word is on the site.
 */
async function searchSomeWords(
  searches: Searches,
  text: string,
): Promise<VariantResult<PagefindResult>> {
  const words = [...new Set(text.split(' ').filter(hasWords))].slice(0, 6);
  const found = await Promise.all(words.map((w) => searches.run(forEngine(w), true)));
  const pages = new Map<string, { hit: PagefindResult; sum: number; held: number }>();
  for (const results of found)
    for (const r of results) {
      const page = pages.get(r.id) ?? { hit: r, sum: 0, held: 0 };
      page.sum += r.score;
      page.held++;
      pages.set(r.id, page);
    }
  const n = words.length;
  const hits = [...pages.values()].map(({ hit, sum, held }) => ({
    id: hit.id,
    data: hit.data,
    score: (sum / n) * (held / n) ** 2,
  }));
  const pairs = adjacentPairs(forEngine(words.join(' ')));
  const pairHits = await Promise.all(pairs.map((pair) => searches.ids(`"${pair}"`)));
  return {
    text: words.join(' '),
    weight: VARIANT_WEIGHTS.someWords,
    hits,
    pairs: pairHits,
    phrase: undefined,
  };
}

/** The words of a query respelt for confusions of sounds, when that gives more of the site's pairs. */
async function confusionReading(
  searches: Searches,
  text: string,
  loadSiteWords: () => Promise<Set<string>>,
): Promise<string | undefined> {
  const words = text.split(' ');
  if (words.length > 8) return undefined;
  const vocabulary = await loadSiteWords();
  const options = words.map((w) => [w, ...confusedSpellings(w, vocabulary).slice(0, 2)]);
  if (words.length === 1) {
    const [typed, ...others] = options[0]!;
    return vocabulary.has(fold(typed!)) ? undefined : others[0];
  }
  const best = await bestReading(
    options,
    (a, b) => searches.ids(`"${forEngine(`${a} ${b}`)}"`),
    async (respelt) => (await searches.ids(`"${forEngine(respelt.join(' '))}"`)).size > 0,
    MAX_PAIR_CHECKS,
  );
  return best?.join(' ');
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
 * they find little or rank weakly, tries the query without its question words, respelt for
 * confusions of sounds, and at last its words one by one. Sub-searches are memoised and capped.
 */
export async function searchPlan(
  pf: Pagefind,
  plan: QueryPlan,
  exactly: boolean,
  loadSiteWords: () => Promise<Set<string>>,
): Promise<Searched> {
  const searches = new Searches(pf);
  const results = await Promise.all(plan.variants.map((v) => searchVariant(searches, v)));
  const found = () => results.filter((v) => v.hits.length > 0);
  let all = mergeRankings(found());
  const base = plan.variants[0]!.text;
  const words = base.split(' ').length;
  if (!exactly && weak(results, all, words)) {
    const question = stripQuestion(base);
    if (question !== undefined)
      results.push(
        await searchVariant(searches, { text: question, weight: VARIANT_WEIGHTS.question }),
      );
    const content = question ?? base;
    const respelt = await confusionReading(searches, content, loadSiteWords);
    if (respelt !== undefined)
      results.push(
        await searchVariant(searches, { text: respelt, weight: VARIANT_WEIGHTS.confusion }),
      );
    all = mergeRankings(found());
    if (all.length === 0 && content.split(' ').length > 1) {
      results.push(await searchSomeWords(searches, content));
      all = mergeRankings(found());
    }
  }
  return { all, texts: found().map((v) => v.text) };
}
