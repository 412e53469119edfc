/**
 * What was typed, tidied before it is read: stray marks around words, and codes typed run together
 * ("CV1954"). Pure functions, run in the browser on every query.
 */
import type { Abbreviation } from '../vietnamese/abbreviations.ts';
import { fold } from '../vietnamese/fold.ts';

/**
 * Marks and symbols around words that change nothing ("chỉ thị 34 ?", "«tham nhũng»", "--chi thi"),
 * removed; the signs inside a code or a date (34-CT/TW, 07/4/2014, 1.000) stay.
 */
export function tidyQuery(query: string): string {
  return query
    .replace(/[^\p{L}\p{M}\p{N}\s/.-]/gu, ' ')
    .replace(/(^|\s)[-/.]+|[-/.]+(?=\s|$)/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Codes typed run together, split into their abbreviation and number: "CV1954" → "CV 1954",
 * "34CT" → "34 CT". The letters must be capitals or an abbreviation of the vocabulary; undefined
 * when no word is such a code.
 */
export function splitCodes(query: string, vocabulary: readonly Abbreviation[]): string | undefined {
  const known = new Set(vocabulary.map((a) => fold(a.short)));
  const isCode = (letters: string) =>
    known.has(fold(letters)) || (letters.length >= 2 && letters === letters.toUpperCase());
  let changed = false;
  const out = query.split(' ').map((word) => {
    const m =
      /^(\p{L}{1,6})(\d{1,5})$/u.exec(word) ?? /^(\d{1,5})(\p{L}{1,6})$/u.exec(word) ?? undefined;
    if (!m) return word;
    const [, a = '', b = ''] = m;
    if (!isCode(/\d/.test(a) ? b : a)) return word;
    changed = true;
    return `${a} ${b}`;
  });
  return changed ? out.join(' ') : undefined;
}
