import { parsePlaceId } from '../documents/anchor-ids.ts';
import { decodeEntities } from '../documents/text.ts';
import { fold } from '../vietnamese/fold.ts';
import { isSyllable } from '../vietnamese/syllable.ts';
import { fill, type SearchStrings } from './search-strings.ts';
import { decodeFromIndex } from './search-text.ts';

/** One piece of an excerpt: plain text, or a highlighted match. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Splits a Pagefind excerpt into text and `<mark>` parts. Only `<mark>` is recognised; every other
 * character, including any markup, stays text, so rendering the parts with text nodes is safe.
 */
export function parseExcerpt(
  excerpt: string,
  keep: (marked: string) => boolean = () => true,
): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let cursor = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > cursor)
      parts.push({ text: excerpt.slice(cursor, match.index), marked: false });
    parts.push({ text: match[1] ?? '', marked: true });
    cursor = match.index + match[0].length;
  }
  if (cursor < excerpt.length) parts.push({ text: excerpt.slice(cursor), marked: false });
  return parts
    .map((p) => {
      const text = decodeFromIndex(decodeEntities(p.text));
      return { text, marked: p.marked && keep(text) };
    })
    .filter((p) => p.text !== '');
}

/** A word as excerpts are compared: folded, letters and digits only ("34-CT/TW" → `34cttw`). */
const bare = (word: string) => fold(word).replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Which words Pagefind marked in an excerpt are matches of what was searched (`texts`, the strings
 * that found something): a syllable only as itself ("chi" marks "Chỉ", not "Chính"); the last word
 * of a string, a word that is no syllable (a cut-short slip, a code) and a code's part also as the
 * start or part of a word, as Pagefind matched them.
 */
export function searchedWords(texts: readonly string[]): (marked: string) => boolean {
  const exact = new Set<string>();
  const partial = new Set<string>();
  for (const text of texts) {
    const words = text.split(' ').filter((w) => bare(w) !== '');
    for (const [i, word] of words.entries()) {
      const b = bare(word);
      exact.add(b);
      if (i === words.length - 1 || !isSyllable(b) || /[-/]/.test(word)) partial.add(b);
    }
  }
  return (marked) => {
    const b = bare(marked);
    if (b === '' || exact.has(b)) return true;
    for (const p of partial) if (b.startsWith(p) || (/\d/.test(p) && b.includes(p))) return true;
    return false;
  };
}

/** The strings that name a text's numbered blocks. */
export type SectionStrings = Pick<
  SearchStrings,
  | 'search.section.paragraph'
  | 'search.section.section'
  | 'search.section.bullet'
  | 'search.section.point'
  | 'search.section.part'
  | 'search.section.article'
  | 'search.section.clause'
  | 'search.section.articlePoint'
  | 'search.section.clausePoint'
>;

/**
 * Words for a block id made by documents/anchors.ts or article-anchors.ts (`muc-2-y-3` → `Mục 2, ý 3`,
 * `dieu-3-khoan-1-diem-a` → `Điểm a khoản 1 Điều 3`, `phan-ii` → `Phần II`), read back with the same
 * parser (documents/anchor-ids.ts); undefined for other ids (a heading's slug, a bare point or bullet).
 */
export function labelForAnchor(id: string, strings: SectionStrings): string | undefined {
  const place = parsePlaceId(id);
  if (place === undefined) return undefined;
  if ('paragraph' in place)
    return fill(strings['search.section.paragraph'], { n: place.paragraph });
  if ('part' in place) return fill(strings['search.section.part'], { part: place.part });
  if ('article' in place) {
    const { article, clause, point } = place;
    if (clause !== undefined && point !== undefined)
      return fill(strings['search.section.clausePoint'], { article, clause, point });
    if (clause !== undefined) return fill(strings['search.section.clause'], { article, clause });
    if (point !== undefined)
      return fill(strings['search.section.articlePoint'], { article, point });
    return fill(strings['search.section.article'], { article });
  }
  if (place.section === undefined) return undefined;
  const { section } = place;
  if (place.bullet !== undefined)
    return fill(strings['search.section.bullet'], { section, n: place.bullet });
  if (place.point !== undefined)
    return fill(strings['search.section.point'], { section, point: place.point });
  return fill(strings['search.section.section'], { section });
}

/** A position in a page's text that has an id (Pagefind's `anchors`). */
export interface IndexAnchor {
  id: string;
  location: number;
}

/** A link to a matching section of a result page. */
export interface SectionLink {
  id: string;
  label: string;
}

/** A matched word's position in a page's text and how much it counts (Pagefind's `weighted_locations`). */
export interface WeightedLocation {
  location: number;
  balanced_score: number;
}

/** An id that only a numbered text has: a section `muc-N`, an article `dieu-N`, a part `phan-I`. */
const NUMBERED_BLOCK = /(?:^|-)(?:muc-\d|dieu-\d|phan-[ivxlc]+(?:$|-))/;

/**
 * The numbered parts, sections, articles, clauses, points and bullets where a page's matches weigh
 * most: each match counts for the last anchor that starts at or before it, when that anchor is such
 * a block (a match in an annex, or under "Được viện dẫn tại", is no article's); the `limit` heaviest
 * are returned heaviest first (page order between equals), so the first link goes to the provision
 * that holds the words searched, not to an earlier paragraph where one common word of them stands.
 * Only a page with numbered sections, articles or parts (a letter, a published text) gets them;
 * other pages rely on Pagefind's headings.
 */
export function matchingSections(
  anchors: readonly IndexAnchor[],
  locations: readonly WeightedLocation[],
  strings: SectionStrings,
  limit = 4,
): SectionLink[] {
  // Every anchor ends the block before it; of two at one place, the block's own is taken.
  const all = anchors
    .map((a) => ({ ...a, label: labelForAnchor(a.id, strings), score: 0 }))
    .sort(
      (a, b) =>
        a.location - b.location || Number(a.label !== undefined) - Number(b.label !== undefined),
    );
  const blocks = all.filter(
    (a): a is IndexAnchor & { label: string; score: number } => a.label !== undefined,
  );
  if (!blocks.some((b) => NUMBERED_BLOCK.test(b.id))) return [];
  for (const { location, balanced_score } of locations) {
    const owner = all.findLast((anchor) => anchor.location <= location);
    if (owner) owner.score += balanced_score;
  }
  return blocks
    .filter((b) => b.score > 0)
    .sort((a, b) => b.score - a.score || a.location - b.location)
    .slice(0, limit)
    .map(({ id, label }) => ({ id, label }));
}

/**
 * The title of a heading sub-result as the reader sees the heading (a heading's link to itself sits
 * beside it, so the indexed text is the heading's own).
 */
export function subResultTitle(indexedTitle: string): string {
  return decodeFromIndex(indexedTitle).trim();
}
