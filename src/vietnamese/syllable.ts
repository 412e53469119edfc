/**
 * The Vietnamese syllable: how words compare without marks, whether a word is spelt like a
 * syllable, and where its tone mark goes. Pure functions, run in the browser.
 */
import { fold } from './fold.ts';
import { HOOKED_VOWELS, VOWELS } from './orthography.ts';

/** The vowel groups of Vietnamese syllables, folded (ươi → uoi), longest first. */
const NUCLEI =
  'uye|uya|uyu|uoi|uou|ieu|yeu|oai|oay|oeo|uay|uai|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue|ui|uo|uu|uy|ya|ye|a|e|i|o|u|y';
const SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?(${NUCLEI})(ch|ng|nh|[cmnpt])?$`,
);
/** Vowel groups that end in a glide (ai, ươi…) or are open (ia, ưa): no final consonant follows. */
const OPEN_ONLY = new Set(
  'ai ao au ay eo eu ia iu oi ui uu oai oay uoi ieu yeu uou oeo uay uai ya uya uyu'.split(' '),
);
/** Vowel groups that "nh" and "ch" may follow (anh, ếch, inh, oanh, huynh). */
const BEFORE_NH = new Set('a e i y oa uy ue'.split(' '));

/** Whether a word, folded, is spelt like a Vietnamese syllable (initial, vowel group, final). */
export function isSyllable(word: string): boolean {
  const match = SYLLABLE.exec(fold(word));
  if (!match) return false;
  const [, nucleus = '', final] = match;
  if (final === undefined) return true;
  if (OPEN_ONLY.has(nucleus)) return false;
  if (final === 'nh' || final === 'ch') return BEFORE_NH.has(nucleus);
  return nucleus !== 'uy' || final === 't' || final === 'p';
}

/** The tone keys of Telex (s f r x j) and VNI (1–5), and the combining marks they stand for. */
export const TONE_MARKS: Record<string, string> = {
  s: '\u0301',
  f: '\u0300',
  r: '\u0309',
  x: '\u0303',
  j: '\u0323',
  '1': '\u0301',
  '2': '\u0300',
  '3': '\u0309',
  '4': '\u0303',
  '5': '\u0323',
};

/** Puts a tone mark on the vowel that carries it (old style: hòa, khóa, thủy, as the letter writes). */
export function placeTone(syllable: string, mark: string): string {
  const chars = [...syllable];
  let start = 0;
  while (start < chars.length && !VOWELS.includes(chars[start]!)) start++;
  // "qu" and "gi" before another vowel: the u/i belongs to the initial.
  const initial = syllable.slice(0, start);
  if ((initial === 'q' && chars[start] === 'u') || (initial === 'g' && chars[start] === 'i')) {
    if (start + 1 < chars.length && VOWELS.includes(chars[start + 1]!)) start++;
  }
  let end = start;
  while (end < chars.length && VOWELS.includes(chars[end]!)) end++;
  if (end === start) return syllable;
  const nucleus = chars.slice(start, end);
  const hat = nucleus.findLastIndex((c) => HOOKED_VOWELS.includes(c));
  let at: number;
  if (hat >= 0) at = start + hat;
  else if (end < chars.length) at = end - 1;
  else if (nucleus.length === 3) at = start + 1;
  else at = start;
  chars[at] = `${chars[at]}${mark}`;
  return chars.join('').normalize('NFC');
}
