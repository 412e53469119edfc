/**
 * Merges the Pagefind searches of one query into one ranking. Pagefind scores each word of a query
 * on its own, so without accents "tham nhung" scores a page with "tham gia … những" like one with
 * "tham nhũng". Phrase searches (`"tham nhung"`, Pagefind's exact mode, accents still folded) say
 * where the syllables stand together, in order; a page gets more for each adjacent pair of the
 * query it holds, most for the whole phrase.
 */
import { encodeForIndex } from './search-text.ts';

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

/** How much more a result of the first page counts when its title and headings hold every word searched. */
export const HEADING_BONUS = 1;
/**
 * How much more it counts, besides, when its title holds the words searched in a row, in proportion
 * to the share of the title they make up.
 */
export const TITLE_BONUS = 1;

/**
 * The words of a text, each as its letters then its marks (tone, vowel marks, đ's stroke) in a
 * fixed order, lower case: "khoá" and "khóa" are one word; a code's parts are words.
 */
function markedWords(text: string): string[] {
  const decomposed = encodeForIndex(text).normalize('NFD').toLowerCase();
  return (decomposed.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? []).map(
    (w) => w.replace(/\p{M}/gu, '') + [...w.replace(/[^\p{M}]/gu, '')].sort().join(''),
  );
}

/**
 * Whether a page's word is a word searched: the same letters, and the same marks when the word
 * searched has any (so "khoá" is "khóa", not "Khoa"; "khoa" is both).
 */
function sameWord(searched: string, page: string): boolean {
  return searched === page || searched === page.replace(/\p{M}/gu, '');
}

/** What the first page's fragments tell about a result: its title, its text, where the words searched stand. */
export interface PageText {
  meta: Record<string, string | undefined>;
  content: string;
  weighted_locations: readonly { weight: number; location: number }[];
}

/** How a page's title and headings hold a searched string: all its words, and as a share of a title holding it in a row. */
export function titleMatch(page: PageText, searched: string): { whole: boolean; focus: number } {
  const query = markedWords(searched);
  // Words Pagefind weighed above body text are in the title or a heading.
  const text = page.content.split(/\s+/);
  const headed = page.weighted_locations
    .filter((l) => l.weight > 1)
    .flatMap((l) => markedWords(text[l.location] ?? ''));
  const whole = query.every((q) => headed.some((w) => sameWord(q, w)));
  // Punctuation before a space ("Đảng, bộ máy") breaks a row; inside a code (32-CT/TU) it does not.
  const segments = (page.meta['title'] ?? '').split(/[^\p{L}\p{N}\p{M}\s]+\s/u).map(markedWords);
  const inRow = segments.some((seg) =>
    seg.some((_, j) => query.every((q, i) => seg[j + i] !== undefined && sameWord(q, seg[j + i]!))),
  );
  const titleWords = segments.flat().length;
  return { whole, focus: inRow && titleWords > 0 ? query.length / titleWords : 0 };
}

/**
 * The first results reordered once their fragments are in: each scores × (1 + HEADING_BONUS if its
 * title and headings hold every word of the string that ranked it) × (1 + TITLE_BONUS × the share
 * of its title that string makes up, when the title holds it in a row). Pagefind weighs a title's
 * word alike in a short title and a long one, and the phrase bonus favours a long page that says
 * the words together somewhere: so the page about "khen thưởng" ranked below directives that name
 * it in a long title, and the anniversaries page below the letter. Only the results whose
 * fragments are given move, among themselves.
 */
export function rerankFirstPage<H extends EngineHit>(
  ranked: readonly RankedHit<H>[],
  pages: readonly PageText[],
): RankedHit<H>[] {
  const head = ranked.slice(0, pages.length).map((r, i) => {
    const { whole, focus } = titleMatch(pages[i]!, r.text);
    const score = r.score * (1 + (whole ? HEADING_BONUS : 0)) * (1 + TITLE_BONUS * focus);
    return { hit: r.hit, text: r.text, score, order: i };
  });
  head.sort((a, b) => b.score - a.score || a.order - b.order);
  return [...head, ...ranked.slice(pages.length)];
}
