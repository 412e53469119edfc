// The readings tried when a query finds too little or ranks weakly: the query without its question
// words, respelt for confusions of sounds, and at last its words one by one. The search page loads
// this module (and the word lists it brings) only then, with a dynamic import from search-engine.ts.
import { SITE_WORDS_FILE } from '../constants.ts';
import { bestReading, confusedSpellings, stripQuestion } from '../search/readings.ts';
import { VARIANT_WEIGHTS } from '../search/search-query.ts';
import { fold } from '../vietnamese/fold.ts';
import { adjacentPairs, type VariantResult } from '../search/search-rank.ts';
import { forEngine } from '../search/search-text.ts';
import { hasWords, searchVariant, type PagefindResult, type Searches } from './search-engine.ts';

/** How many pairs a confusion reading may check against the site (each a phrase search). */
const MAX_PAIR_CHECKS = 12;

let siteWords: Promise<Set<string>> | undefined;
/**
 * The site's words (folded), written by the build beside the index (`indexUrl`): fetched once, the
 * first time a query is respelt; fetched again after a failure, with no words meanwhile.
 */
function loadSiteWords(indexUrl: URL): Promise<Set<string>> {
  siteWords ??= fetch(new URL(SITE_WORDS_FILE, indexUrl))
    .then((r) => (r.ok ? r.text() : ''))
    .then((text) => new Set(text.split('\n').filter((w) => w !== '')))
    .catch(() => {
      siteWords = undefined;
      return new Set<string>();
    });
  return siteWords;
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
  indexUrl: URL,
): Promise<string | undefined> {
  const words = text.split(' ');
  if (words.length > 8) return undefined;
  const vocabulary = await loadSiteWords(indexUrl);
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

/**
 * Adds to `results` the readings of `base` (the query's first string) that are worth searching:
 * without its question words, respelt for confusions of sounds (into the site's words, beside the
 * index at `indexUrl`), and, when nothing at all is found, its words one by one.
 */
export async function tryReadings(
  searches: Searches,
  results: VariantResult<PagefindResult>[],
  base: string,
  indexUrl: URL,
): Promise<void> {
  const question = stripQuestion(base);
  if (question !== undefined)
    results.push(
      await searchVariant(searches, { text: question, weight: VARIANT_WEIGHTS.question }),
    );
  const content = question ?? base;
  const respelt = await confusionReading(searches, content, indexUrl);
  if (respelt !== undefined)
    results.push(
      await searchVariant(searches, { text: respelt, weight: VARIANT_WEIGHTS.confusion }),
    );
  if (!results.some((r) => r.hits.length > 0) && content.split(' ').length > 1)
    results.push(await searchSomeWords(searches, content));
}
