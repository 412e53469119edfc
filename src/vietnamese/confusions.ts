/**
 * Spellings that readers mix up because they sound alike in their dialect, each of which gives a
 * real syllable: initials s/x, ch/tr, d/gi/r, l/n; the vowels i/y; finals n/ng and c/t. Tones are
 * not here: search already folds them.
 */

/** Initial consonants that are confused, each with the ones it is taken for. */
export const INITIAL_CONFUSIONS: Readonly<Record<string, readonly string[]>> = {
  s: ['x'],
  x: ['s'],
  ch: ['tr'],
  tr: ['ch'],
  d: ['gi', 'r'],
  gi: ['d', 'r'],
  r: ['d', 'gi'],
  l: ['n'],
  n: ['l'],
};

/** Final consonants that are confused. */
export const FINAL_CONFUSIONS: Readonly<Record<string, readonly string[]>> = {
  n: ['ng'],
  ng: ['n'],
  c: ['t'],
  t: ['c'],
};

/** Vowels written either way in some syllables (kĩ/kỹ, qui/quy, lí/lý). */
export const VOWEL_CONFUSIONS: Readonly<Record<string, string>> = { i: 'y', y: 'i' };
