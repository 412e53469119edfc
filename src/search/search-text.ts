import { MAX_QUERY_LENGTH } from '../constants.ts';
import { identifierKey, identifierParts } from '../vietnamese/fold.ts';
import { D_STROKE, D_STROKE_CAPITAL } from '../vietnamese/orthography.ts';

/**
 * Pagefind folds tone and vowel marks but not đ/Đ (U+0111 has no decomposition), so "doi moi" would
 * not find "đổi mới". At index time each đ is written as d + U+0335 (a combining stroke, which
 * Pagefind strips like any mark); queries write đ as d; results turn d + U+0335 back into đ.
 */
const STROKE = '\u0335';

/** Rewrites đ/Đ as d/D plus a combining stroke, for the text Pagefind indexes. */
export function encodeForIndex(text: string): string {
  return text.replaceAll(D_STROKE, `d${STROKE}`).replaceAll(D_STROKE_CAPITAL, `D${STROKE}`);
}

/**
 * Elements whose text Pagefind joins to the next element's without a space ("Ngày ban hànhngày
 * 07/4/2014" in a <dl>), which would index words that no one types.
 */
const RUN_TOGETHER = /<\/(dt|dd|td|th|time)>/g;

/**
 * Applies encodeForIndex to the text of an HTML page, leaving tags and attribute values as they
 * are, and ends the text of each RUN_TOGETHER element with a space.
 */
export function encodeHtmlForIndex(html: string): string {
  return html
    .replace(RUN_TOGETHER, ' </$1>')
    .replace(/>([^<]+)</g, (_, text: string) => `>${encodeForIndex(text)}<`);
}

/** Turns index text (titles, excerpts) back into what the page says. */
export function decodeFromIndex(text: string): string {
  return text.replaceAll(`d${STROKE}`, D_STROKE).replaceAll(`D${STROKE}`, D_STROKE_CAPITAL);
}

/** Slashes that look like "/" in copied document codes: ⁄ (U+2044), ∕ (U+2215), ／ (U+FF0F). */
const SLASHES = /[\u2044\u2215\uFF0F]/g;

/**
 * Cleans what a reader typed: composed Unicode (Unikey's decomposed input too), no control
 * characters, single spaces, at most MAX_QUERY_LENGTH characters, look-alike slashes as "/", and a
 * code's separators closed up ("34 - CT/TW" → "34-CT/TW").
 */
export function cleanQuery(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim()
    .replace(SLASHES, '/')
    .replace(/(\d) ?([-/]) ?(?=\p{Lu})/gu, '$1$2')
    .replace(/(\p{Lu}) ?([-/]) ?(?=\p{Lu})/gu, '$1$2');
}

/** A query as Pagefind must get it: đ written as d (the index holds d plus a stroke it strips). */
export function forEngine(text: string): string {
  return text.replaceAll(D_STROKE, 'd').replaceAll(D_STROKE_CAPITAL, 'D');
}

/**
 * Extra words under which a page is found by its code: Pagefind reads "34-CT/TW" as
 * `34cttw` (plus 34, ct, tw) and a query "CT/TW" as `cttw`, so the code without its number is added.
 */
export function codeAliases(identifier: string | null): string[] {
  if (identifier === null) return [];
  const tokens = identifierParts(identifier);
  const aliases = new Set<string>([identifierKey(identifier)]);
  const withoutNumber = tokens.filter((t) => !/^\d+$/.test(t));
  if (withoutNumber.length > 0) aliases.add(withoutNumber.join(''));
  return [...aliases];
}
