/**
 * Readings of particular words of a query: Telex or VNI typed with the input method off
 * (src/vietnamese/typing.ts), one-letter slips, and numbers after khóa, đại hội, lần thứ written
 * the other way. Pure functions, run in the browser; the search page loads this module only for a
 * query with such a word (mayBeMistyped in search-query.ts).
 */
import type { Abbreviation } from '../vietnamese/abbreviations.ts';
import { fromRoman, toRoman } from '../vietnamese/numerals.ts';
import { fold } from '../vietnamese/fold.ts';
import { isSyllable } from '../vietnamese/syllable.ts';
import { NUMBERED_BY } from './search-query.ts';

export { decodeTyping } from '../vietnamese/typing.ts';

/**
 * Spellings one slip away from a mistyped word that read as Vietnamese: the last letter changed
 * to a final consonant ("nhunh" → "nhung"), a vowel put back before it ("chuyn" → "chuyen"), or
 * the last letter dropped. When none reads, the word without its last letter ("covd" → "cov"),
 * which Pagefind matches as a prefix. Empty for a word that reads, a code, a number or an
 * abbreviation of the vocabulary.
 */
export function repairs(word: string, known: ReadonlySet<string>): string[] {
  const folded = fold(word);
  if (!/^[a-z]{3,}$/.test(folded) || isSyllable(folded) || known.has(folded)) return [];
  const stem = word.slice(0, -1);
  const last = word.slice(-1);
  const candidates = [
    ...[...'cgmnpt'].map((f) => stem + f),
    ...[...'aeiouy'].map((v) => stem + v + last),
    stem,
  ].filter((c) => c !== word && isSyllable(c));
  if (candidates.length > 0) return [...new Set(candidates)].slice(0, 3);
  return stem.length >= 3 ? [stem] : [];
}

/** Queries with the first mistyped word repaired (see repairs) and any later one cut short. */
export function repairTypos(query: string, vocabulary: readonly Abbreviation[]): string[] {
  const known = new Set(vocabulary.map((a) => fold(a.short)));
  const words = query.split(' ');
  const fixes = words.map((w) => repairs(w, known));
  const first = fixes.findIndex((f) => f.length > 0);
  if (first < 0) return [];
  const rest = words.map((w, i) => (i > first && fixes[i]!.length > 0 ? w.slice(0, -1) : w));
  return fixes[first]!.map((fix) => rest.with(first, fix).join(' '));
}

/** The query with numbers after "khóa", "đại hội", "lần thứ" written the other way (XIV ⇄ 14). */
export function swapNumerals(query: string): string | undefined {
  const words = query.split(' ');
  let changed = false;
  const out = words.map((word, i) => {
    if (i === 0 || !NUMBERED_BY.has(fold(words[i - 1]!))) return word;
    if (/^\d{1,2}$/.test(word) && Number(word) > 0 && Number(word) < 50) {
      changed = true;
      return toRoman(Number(word)).toUpperCase();
    }
    const value = fromRoman(word);
    if (value === undefined) return word;
    changed = true;
    return String(value);
  });
  return changed ? out.join(' ') : undefined;
}
