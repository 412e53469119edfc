/**
 * Reading words typed in Telex or VNI with the input method off ("chir thij" → "chỉ thị").
 * Pure functions, run in the browser.
 */
import type { Abbreviation } from './abbreviations.ts';
import {
  D_STROKE,
  HOOKED_VOWELS,
  TELEX_LETTERS,
  TELEX_W_ALONE,
  TELEX_W_HOOK,
  UO_HOOKED,
  VNI_HOOKS,
} from './orthography.ts';
import { fold } from './fold.ts';
import { isSyllable, placeTone, TONE_MARKS } from './syllable.ts';

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
