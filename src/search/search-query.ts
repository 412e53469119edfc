/**
 * What a query may mean, as several strings to search: the query as typed, the Vietnamese it spells
 * when typed in Telex or VNI with the input method off, abbreviations ⇄ their words, and Roman ⇄
 * Arabic numerals after "khóa", "đại hội", "lần thứ". Pure functions, run in the browser.
 */
import type { Abbreviation } from '../vietnamese/abbreviations.ts';
import { fold } from '../vietnamese/fold.ts';
import { isSyllable } from '../vietnamese/syllable.ts';

/**
 * Words after which a number names a term or a congress: khóa XI, đại hội 14, lần thứ XIV, and a
 * congress's resolution (nghị quyết XIV).
 */
export const NUMBERED_BY = new Set(['khoa', 'hoi', 'thu', 'lan', 'ky', 'quyet']);

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
 * Whether some word of a query is one that the readings of search/typed-readings.ts could read: a
 * number or Roman numeral after a word of NUMBERED_BY (swapNumerals), or a word that Telex or VNI
 * decoding (decodeTyping) or slip repairs (repairs) could read: not a syllable, a number or an
 * abbreviation of the vocabulary, and letters (with a vowel, or three or more), or letters and
 * digits. For a query without one, they read nothing, and the search page does not load them.
 */
export function mayBeMistyped(query: string, vocabulary: readonly Abbreviation[]): boolean {
  const known = new Set(vocabulary.map((a) => fold(a.short)));
  const words = query.split(' ');
  return words.some((typed, i) => {
    const word = typed.toLowerCase();
    if (i > 0 && NUMBERED_BY.has(fold(words[i - 1]!)) && /^(\d{1,2}|[ivxl]+)$/.test(word))
      return true;
    if (word === '' || isSyllable(word) || known.has(fold(word)) || /^\d+$/.test(word))
      return false;
    return (
      /^[a-z]*[aeiouyw][a-z]*$/.test(word) ||
      /^[a-z][a-z1-9]*[1-9][a-z1-9]*$/.test(word) ||
      /^[a-z]{3,}$/.test(fold(word))
    );
  });
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

/** Readings of what was typed that the plan takes as given (each from a module of its own). */
export interface Readers {
  /** Codes typed run together (search/tidy-query.ts). */
  splitCodes?: (query: string, vocabulary: readonly Abbreviation[]) => string | undefined;
  /** Telex or VNI typed with the input method off (search/typed-readings.ts). */
  decodeTyping?: (query: string, vocabulary: readonly Abbreviation[]) => string | undefined;
  /** One-letter slips (search/typed-readings.ts). */
  repairTypos?: (query: string, vocabulary: readonly Abbreviation[]) => string[];
  /** Numbers after khóa, đại hội, lần thứ written the other way (search/typed-readings.ts). */
  swapNumerals?: (query: string) => string | undefined;
}

/**
 * The strings to search for a normalised query: the query (or what its Telex/VNI spells, or its
 * codes split, first), its slips repaired, then its numerals and abbreviations swapped. `exact`
 * searches only what was typed. The readings of `readers` that are not given are not tried.
 */
export function planQuery(
  query: string,
  vocabulary: readonly Abbreviation[],
  { exact = false, ...readers }: { exact?: boolean } & Readers = {},
): QueryPlan {
  const split = exact ? undefined : readers.splitCodes?.(query, vocabulary);
  const typed = split ?? query;
  const telex = exact ? undefined : readers.decodeTyping?.(typed, vocabulary);
  const decoded = telex ?? split;
  const base = decoded ?? query;
  const w = VARIANT_WEIGHTS;
  const candidates: QueryVariant[] = [{ text: base, weight: w.typed }];
  if (telex !== undefined) candidates.push({ text: typed, weight: w.asTyped });
  const numerals = readers.swapNumerals?.(base);
  if (numerals !== undefined) candidates.push({ text: numerals, weight: w.numerals });
  for (const text of swapAbbreviations(base, vocabulary))
    candidates.push({ text, weight: w.abbreviations });
  const repaired = (readers.repairTypos?.(base, vocabulary) ?? []).map((text) => ({
    text,
    weight: w.repaired,
  }));
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
