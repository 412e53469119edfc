/**
 * Other readings of a query, tried when the query as typed finds too little or ranks weakly: the
 * query without its question words, and words spelt with a confusion of sounds (s/x, ch/tr,
 * d/gi/r, l/n, i/y, n/ng, c/t) that give the site's own words. Pure functions, run in the browser;
 * the search page loads them only when it needs them (src/client/search-readings.ts).
 */
import { fold } from '../vietnamese/fold.ts';
import {
  FINAL_CONFUSIONS,
  INITIAL_CONFUSIONS,
  VOWEL_CONFUSIONS,
} from '../vietnamese/confusions.ts';
import { QUESTION_WORDS } from '../vietnamese/question-words.ts';

/** Whether a word carries a tone or vowel mark, or đ (typed with accents). */
const hasMarks = (word: string) => fold(word) !== word.toLowerCase();

/** Whether a typed word is the given question word: as written, or without accents when typed so. */
function sameWord(typed: string, listed: string): boolean {
  const lower = typed.toLowerCase();
  return hasMarks(typed) ? lower === listed : fold(lower) === fold(listed);
}

/**
 * The query without its question and filler words ("phong trào kéo dài đến bao giờ" → "phong trào
 * kéo dài đến"), or undefined when it has none, or nothing but them.
 */
export function stripQuestion(query: string): string | undefined {
  const words = query.split(' ').filter((w) => w !== '');
  const phrases = QUESTION_WORDS.map((q) => q.split(' '));
  const kept: string[] = [];
  for (let i = 0; i < words.length;) {
    const match = phrases.find(
      (p) => i + p.length <= words.length && p.every((w, k) => sameWord(words[i + k]!, w)),
    );
    if (match) i += match.length;
    else kept.push(words[i++]!);
  }
  if (kept.length === words.length || kept.length === 0) return undefined;
  return kept.join(' ');
}

const INITIALS = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])/;

/**
 * Spellings of one word that a confusion of sounds would give (trống → chống, dải → giải, lại →
 * nại, kĩ → kỹ, suất → xuất), keeping its tone, and only those the site uses (`vocabulary`:
 * folded words of the index). The typed word is not among them.
 */
export function confusedSpellings(word: string, vocabulary: ReadonlySet<string>): string[] {
  const lower = word.toLowerCase().normalize('NFD');
  if (!/^\p{L}[\p{L}\p{M}]*$/u.test(lower) || lower.length > 12) return [];
  const out: string[] = [];
  const initial = INITIALS.exec(lower)?.[1] ?? '';
  // "gi" before another vowel is the initial; "gì" (g + i) is not confused here.
  const rest = lower.slice(initial.length);
  if (initial !== '' && /\p{L}/u.test(rest.normalize('NFC')))
    for (const other of INITIAL_CONFUSIONS[initial] ?? []) out.push(other + rest);
  const final = /(ng|n|c|t)$/.exec(lower)?.[1];
  if (final !== undefined && initial.length < lower.length - final.length)
    for (const other of FINAL_CONFUSIONS[final] ?? [])
      out.push(lower.slice(0, -final.length) + other);
  const vowel = /^(qu|[bcdghklmnprstvx]+)([iy])(\p{M}*)$/u.exec(lower);
  if (vowel && vowel[1] !== '') out.push(`${vowel[1]}${VOWEL_CONFUSIONS[vowel[2]!]}${vowel[3]}`);
  return [...new Set(out.map((w) => w.normalize('NFC')).filter((w) => vocabulary.has(fold(w))))];
}

/**
 * The reading, choosing for each word between it and its spellings, that the site holds best:
 * first a reading whose words stand together on some page (`phrase`), with the fewest changes;
 * otherwise the one with the most adjacent pairs on one page (`pairPages`: the pages holding a
 * pair), each change costing a quarter of a pair. Undefined when nothing beats the words as typed.
 * `pairPages` is asked about at most `budget` pairs, `phrase` about at most two readings.
 */
export async function bestReading(
  options: readonly (readonly string[])[],
  pairPages: (a: string, b: string) => Promise<ReadonlySet<string>>,
  phrase: (words: readonly string[]) => Promise<boolean>,
  budget: number,
): Promise<string[] | undefined> {
  const n = options.length;
  if (n < 2 || options.every((o) => o.length < 2)) return undefined;
  const pairs = new Map<string, Promise<ReadonlySet<string>>>();
  const none: ReadonlySet<string> = new Set();
  const pagesOf = (i: number, a: number, b: number) => {
    const key = `${i} ${a} ${b}`;
    let found = pairs.get(key);
    if (!found) {
      found =
        pairs.size < budget
          ? pairPages(options[i]![a]!, options[i + 1]![b]!)
          : Promise.resolve(none);
      pairs.set(key, found);
    }
    return found;
  };
  // Every reading (at most 64), as the option chosen for each word.
  let readings: number[][] = [[]];
  for (const o of options)
    readings = readings.flatMap((r) => o.map((_, k) => [...r, k])).slice(0, 64);
  const scored = await Promise.all(
    readings.map(async (r) => {
      const perPage = new Map<string, number>();
      for (let i = 0; i + 1 < n; i++)
        for (const page of await pagesOf(i, r[i]!, r[i + 1]!))
          perPage.set(page, (perPage.get(page) ?? 0) + 1);
      const most = Math.max(0, ...perPage.values());
      const changes = r.filter((k) => k > 0).length;
      return { r, most, changes, score: most - changes / 4 };
    }),
  );
  const typed = scored[0]!;
  const words = (r: number[]) => r.map((k, i) => options[i]![k]!);
  const whole = scored
    .filter((s) => s.changes > 0 && s.most === n - 1)
    .sort((a, b) => a.changes - b.changes)
    .slice(0, 2);
  for (const s of whole) if (await phrase(words(s.r))) return words(s.r);
  const top = scored.reduce((a, b) => (b.score > a.score ? b : a));
  return top.score > typed.score ? words(top.r) : undefined;
}
