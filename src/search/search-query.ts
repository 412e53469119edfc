/**
 * What a query may mean, as several strings to search: the query as typed, the Vietnamese it spells
 * when typed in Telex or VNI with the input method off, abbreviations ⇄ their words, and Roman ⇄
 * Arabic numerals after "khóa", "đại hội", "lần thứ". Pure functions, run in the browser.
 */
import type { Abbreviation } from '../vietnamese/abbreviations.ts';
import {
  D_STROKE,
  HOOKED_VOWELS,
  TELEX_LETTERS,
  TELEX_W_ALONE,
  TELEX_W_HOOK,
  UO_HOOKED,
  VNI_HOOKS,
  VOWELS,
} from '../vietnamese/orthography.ts';

/** Lower case without tone and vowel marks, đ as d: how Pagefind compares words. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replaceAll(D_STROKE, 'd');
}

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

const TONE_MARKS: Record<string, string> = {
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
  const lower = syllable.slice(0, start + 1);
  if (
    (/^q$/.test(lower.slice(0, start)) && chars[start] === 'u') ||
    (/^g$/.test(lower.slice(0, start)) && chars[start] === 'i')
  ) {
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

/** The letters a decoded word may hold besides a–z: the hooked vowels and đ. */
const LETTERS = HOOKED_VOWELS + D_STROKE;

/** Applies Telex vowel keys (aa, aw, ee, oo, ow, uw, w, dd) to a word without its tone key. */
function telexLetters(word: string): string {
  let out = TELEX_LETTERS.reduce((w, [keys, letter]) => w.replace(keys, letter), word);
  // A w typed after the whole word ("thuongw") hooks its vowels; alone ("nhwng") it is ư.
  if (out.includes('w')) {
    const hooked = out.replace('w', '');
    if (/uo/.test(hooked)) out = hooked.replace('uo', UO_HOOKED.join(''));
    else if (/[aou]/.test(hooked) && /[^aeiouyw]w$/.test(out))
      out = hooked.replace(/[aou](?=[^aou]*$)/, (v) => TELEX_W_HOOK[v]!);
    else out = out.replace('w', TELEX_W_ALONE);
  }
  return out;
}

/** Reads one lower-case word typed in Telex ("chir", "thuowngr", "ddooir"); undefined when it is not. */
function decodeTelex(word: string): string | undefined {
  if (!/^[a-z]+$/.test(word)) return undefined;
  const firstVowel = word.search(/[aeiouyw]/);
  if (firstVowel < 0) return undefined;
  let tone: string | undefined;
  let letters = word;
  for (let i = word.length - 1; i > firstVowel; i--) {
    if ('sfrxj'.includes(word[i]!)) {
      tone = word[i];
      letters = word.slice(0, i) + word.slice(i + 1);
      break;
    }
  }
  const base = telexLetters(letters);
  if (!isSyllable(base) || [...base].some((c) => !/[a-z]/.test(c) && !LETTERS.includes(c)))
    return undefined;
  const out = tone ? placeTone(base, TONE_MARKS[tone]!) : base;
  return out === word ? undefined : out;
}

/** Reads one lower-case word typed in VNI ("chi3", "nhu4ng", "d9o6i3"); undefined when it is not. */
function decodeVni(word: string): string | undefined {
  if (!/^[a-z][a-z1-9]*[1-9][a-z1-9]*$/.test(word) || !/[a-z]/.test(word)) return undefined;
  const chars: string[] = [];
  let tone: string | undefined;
  const hook = (targets: string, map: Record<string, string>) => {
    for (let i = chars.length - 1; i >= 0; i--) {
      if (targets.includes(chars[i]!)) {
        chars[i] = map[chars[i]!]!;
        return;
      }
    }
  };
  for (const c of word) {
    if (/[a-z]/.test(c)) chars.push(c);
    else if ('12345'.includes(c)) tone = c;
    else if (c === '6' || c === '8' || c === '9') {
      const map = VNI_HOOKS[c]!;
      hook(Object.keys(map).join(''), map);
    } else if (c === '7') {
      const joined = chars.join('');
      const uo = joined.lastIndexOf('uo');
      if (uo >= 0) chars.splice(uo, 2, ...UO_HOOKED);
      else hook('ou', VNI_HOOKS['7']!);
    }
  }
  // A hook typed at the end ("tru7o7ng" as "truong7") applies to the word's vowels.
  const base = chars.join('');
  if (!isSyllable(base)) return undefined;
  return tone ? placeTone(base, TONE_MARKS[tone]!) : base;
}

/** Copies the capitals of what was typed onto what it decodes to. */
function keepCase(typed: string, decoded: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase()) return decoded.toUpperCase();
  if (typed[0] !== typed[0]!.toLowerCase())
    return decoded.charAt(0).toUpperCase() + decoded.slice(1);
  return decoded;
}

/**
 * The Vietnamese a query spells when it was typed in Telex or VNI with the input method off
 * ("chir thij 34" → "chỉ thị 34"), or undefined when no word reads so. A word that already is a
 * syllable, a number, a code or an abbreviation of the vocabulary stays as typed.
 */
export function decodeTyping(
  query: string,
  vocabulary: readonly Abbreviation[] = [],
): string | undefined {
  const known = new Set(vocabulary.map((a) => fold(a.short)));
  let changed = false;
  const words = query.split(' ').map((typed) => {
    const word = typed.toLowerCase();
    if (word === '' || isSyllable(word) || known.has(fold(word)) || /^\d+$/.test(word))
      return typed;
    const decoded = /\d/.test(word) ? decodeVni(word) : decodeTelex(word);
    if (decoded === undefined) return typed;
    changed = true;
    return keepCase(typed, decoded);
  });
  return changed ? words.join(' ') : undefined;
}

const ROMAN: [number, string][] = [
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** 1–49 in Roman numerals, lower case. */
export function toRoman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** A Roman numeral 1–49 (any case) as a number, or undefined. */
export function fromRoman(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (!/^(xl|x{0,3})(ix|iv|v?i{0,3})$/.test(lower) || lower === '') return undefined;
  for (let n = 1; n < 50; n++) if (toRoman(n) === lower) return n;
  return undefined;
}

/**
 * Words after which a number names a term or a congress: khóa XI, đại hội 14, lần thứ XIV, and a
 * congress's resolution (nghị quyết XIV).
 */
const NUMBERED_BY = new Set(['khoa', 'hoi', 'thu', 'lan', 'ky', 'quyet']);

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

/**
 * Queries with abbreviations written out and the words of the vocabulary abbreviated: "UBND tỉnh"
 * → "ủy ban nhân dân tỉnh"; "ủy ban nhân dân tỉnh" → "UBND tỉnh". An ambiguous abbreviation gives
 * one query per meaning (BCT: Bộ Chính trị and Bộ Công Thương), inside a code only its code meaning.
 */
export function swapAbbreviations(query: string, vocabulary: readonly Abbreviation[]): string[] {
  const out: string[] = [];
  const words = query.split(' ');
  const folded = words.map((w) => fold(w));
  for (const entry of vocabulary) {
    const short = fold(entry.short);
    // Written out: a word that is the abbreviation, or a part of a code (CT in 34-CT/TW).
    words.forEach((word, i) => {
      const parts = fold(word).split(/[-/]/);
      const inCode = parts.length > 1;
      if (!parts.includes(short)) return;
      if (!inCode && entry.syllable && word !== word.toUpperCase()) return;
      const meanings = inCode ? (entry.inCode ?? entry.long) : entry.long;
      for (const meaning of meanings) {
        const replaced = inCode ? [...words.slice(0, i + 1), meaning] : words.with(i, meaning);
        out.push(replaced.join(' '));
      }
    });
    // Abbreviated: the words of a meaning, in a row. Only meanings of three words or more: the
    // texts write two-word ones out ("chỉ thị", "trung ương"), and two letters match too much.
    for (const meaning of entry.long.filter((m) => m.split(' ').length >= 3)) {
      const target = fold(meaning).split(' ');
      for (let i = 0; i + target.length <= words.length; i++) {
        if (target.every((t, k) => folded[i + k] === t)) {
          const replaced = [...words.slice(0, i), entry.short, ...words.slice(i + target.length)];
          out.push(replaced.join(' '));
        }
      }
    }
  }
  return out;
}

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

/**
 * How much the results of each reading of a query count next to those of the query as typed (1):
 * a reading that only rewrites the query (numerals, abbreviations) counts nearly as much; one that
 * guesses at a mistake (a slip, a confusion of sounds) less; the letters as typed, when they read
 * as Telex or VNI, least.
 */
export const VARIANT_WEIGHTS = {
  /** The query as typed, or the Vietnamese its Telex/VNI spells, or its codes split. */
  typed: 1,
  /** Roman ⇄ Arabic numerals after "khóa", "đại hội"… */
  numerals: 0.9,
  /** Without its question and filler words. */
  question: 0.9,
  /** Abbreviations written out, or words abbreviated. */
  abbreviations: 0.8,
  /** A mistyped word repaired. */
  repaired: 0.7,
  /** Words respelt for a confusion of sounds (s/x, ch/tr…) that gives the site's own words. */
  confusion: 0.7,
  /** Only some of the words, each searched alone: the last resort before "no result". */
  someWords: 0.5,
  /** The letters as typed when they read as Telex or VNI. */
  asTyped: 0.5,
} as const;

/** One string to search, and how much its results count next to those of the query as typed. */
export interface QueryVariant {
  text: string;
  weight: number;
}

/** The plan of a search: the strings to search, and what was read besides the typed letters. */
export interface QueryPlan {
  variants: QueryVariant[];
  /** Set when the query reads as Telex or VNI, or has codes run together: what was searched. */
  decoded?: string;
}

/** At most this many strings are searched for one query (each costs a search and its phrases). */
export const MAX_VARIANTS = 5;

/**
 * The strings to search for a normalised query: the query (or what its Telex/VNI spells, or its
 * codes split, first), then its numerals and abbreviations swapped. `exact` searches only what
 * was typed. `splitCodes` reads codes typed run together (search/readings.ts).
 */
export function planQuery(
  query: string,
  vocabulary: readonly Abbreviation[],
  {
    exact = false,
    splitCodes,
  }: {
    exact?: boolean;
    splitCodes?: (query: string, vocabulary: readonly Abbreviation[]) => string | undefined;
  } = {},
): QueryPlan {
  const split = exact ? undefined : splitCodes?.(query, vocabulary);
  const typed = split ?? query;
  const telex = exact ? undefined : decodeTyping(typed, vocabulary);
  const decoded = telex ?? split;
  const base = decoded ?? query;
  const w = VARIANT_WEIGHTS;
  const candidates: QueryVariant[] = [{ text: base, weight: w.typed }];
  if (telex !== undefined) candidates.push({ text: typed, weight: w.asTyped });
  const numerals = swapNumerals(base);
  if (numerals !== undefined) candidates.push({ text: numerals, weight: w.numerals });
  for (const text of swapAbbreviations(base, vocabulary))
    candidates.push({ text, weight: w.abbreviations });
  const repaired = repairTypos(base, vocabulary).map((text) => ({ text, weight: w.repaired }));
  candidates.splice(telex === undefined ? 1 : 2, 0, ...repaired);
  const seen = new Set<string>();
  const variants = candidates.filter((v) => {
    const key = fold(v.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const plan: QueryPlan = { variants: variants.slice(0, MAX_VARIANTS) };
  if (decoded !== undefined) plan.decoded = decoded;
  return plan;
}
