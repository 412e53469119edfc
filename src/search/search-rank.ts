/**
 * Merges the Pagefind searches of one query into one ranking. Pagefind scores each word of a query
 * on its own, so without accents "tham nhung" scores a page with "tham gia … những" like one with
 * "tham nhũng". Phrase searches (`"tham nhung"`, Pagefind's exact mode, accents still folded) say
 * where the syllables stand together, in order; a page gets more for each adjacent pair of the
 * query it holds, most for the whole phrase.
 */

/** A page Pagefind returned: its id and score (no fragment is loaded for these). */
export interface EngineHit {
  id: string;
  score: number;
}

/** What one searched string found: its pages, and which pages hold each adjacent pair / all of it. */
export interface VariantResult<H extends EngineHit = EngineHit> {
  /** The string searched. */
  text: string;
  weight: number;
  hits: readonly H[];
  /** Ids of pages with each adjacent pair of words, in order (empty for a one-word string). */
  pairs: readonly ReadonlySet<string>[];
  /** Ids of pages with every word in a row (undefined for one word). */
  phrase: ReadonlySet<string> | undefined;
}

/** A merged result: the hit to show (from the string that ranked it best) and its final score. */
export interface RankedHit<H extends EngineHit = EngineHit> {
  hit: H;
  score: number;
  /** The searched string that ranked it best. */
  text: string;
}

/** How much more a page counts for holding every adjacent pair of the query, and the whole of it. */
export const PAIR_BONUS = 1;
export const PHRASE_BONUS = 1;

/** The adjacent word pairs of a string (`a b c` → `a b`, `b c`), at most `limit` of them. */
export function adjacentPairs(text: string, limit = 6): string[] {
  const words = text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length && pairs.length < limit; i++)
    pairs.push(`${words[i]} ${words[i + 1]}`);
  return pairs;
}

/**
 * One ranking from several searched strings: each page scores, for each string that found it,
 * weight × Pagefind score × (1 + PAIR_BONUS × share of pairs held + PHRASE_BONUS × whole phrase
 * held), and keeps its best. Ties keep Pagefind's order.
 */
export function mergeRankings<H extends EngineHit>(
  variants: readonly VariantResult<H>[],
): RankedHit<H>[] {
  const best = new Map<string, RankedHit<H> & { order: number }>();
  let order = 0;
  for (const variant of variants) {
    for (const hit of variant.hits) {
      const held = variant.pairs.filter((pair) => pair.has(hit.id)).length;
      const share = variant.pairs.length > 0 ? held / variant.pairs.length : 0;
      const whole = variant.phrase?.has(hit.id) ? 1 : 0;
      const score = variant.weight * hit.score * (1 + PAIR_BONUS * share + PHRASE_BONUS * whole);
      const seen = best.get(hit.id);
      if (!seen || score > seen.score)
        best.set(hit.id, { hit, score, text: variant.text, order: seen?.order ?? order });
      order++;
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ hit, score, text }) => ({ hit, score, text }));
}
