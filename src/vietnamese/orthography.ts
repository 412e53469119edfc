/**
 * The letters of Vietnamese spelling that code needs to read what staff type: the vowels, the
 * hooked vowels, đ, and the keys of the two input methods (Telex and VNI) typed with the input
 * method off. Data only; src/search/search-query.ts reads queries with it.
 */

/** Every vowel letter without tone, the tone-bearing order of NĐ-era spelling. */
export const VOWELS = 'aăâeêioôơuưy';
/** The vowels with a hat or a hook: a tone mark goes on these first. */
export const HOOKED_VOWELS = 'ăâêôơư';
/** The letter đ, and its capital. */
export const D_STROKE = 'đ';
export const D_STROKE_CAPITAL = 'Đ';
/** The pair ươ, which Telex "uow" and VNI "uo7" both give. */
export const UO_HOOKED = ['ư', 'ơ'] as const;

/** Telex: letter pairs (and w) that type a hooked vowel or đ, tried in this order. */
export const TELEX_LETTERS: readonly [RegExp, string][] = [
  [/^dd/, 'đ'],
  [/uwow|uow/, 'ươ'],
  [/aa/, 'â'],
  [/ee/, 'ê'],
  [/oo/, 'ô'],
  [/aw/, 'ă'],
  [/ow/, 'ơ'],
  [/uw/, 'ư'],
];
/** Telex: a w after the whole word hooks its last a, o or u. */
export const TELEX_W_HOOK: Readonly<Record<string, string>> = { a: 'ă', o: 'ơ', u: 'ư' };
/** Telex: a w on its own is ư. */
export const TELEX_W_ALONE = 'ư';

/** VNI: the digits that hook the last matching vowel (6: â ê ô, 8: ă, 9: đ, 7: ơ ư). */
export const VNI_HOOKS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '6': { a: 'â', e: 'ê', o: 'ô' },
  '8': { a: 'ă' },
  '9': { d: 'đ' },
  '7': { o: 'ơ', u: 'ư' },
};
