// How a Vietnamese text names a document, and a provision inside it: one grammar for the build's
// citation linker (every mention of a document the site has) and the importer (every document a text
// cites by number and code, known or not). Pure, no regular expression per document: one pattern
// finds where a mention may start (a run of digits, the first word of a type or an alias), the words
// from there that could be a số, ký hiệu are folded to one key ("34-CT/TW", "34/CT-TW" and "34 CT TW"
// are all `34cttw`, the key search indexes too) and looked up in a Map.
//
// A mention of a known document is one of, tried in this order at each place (the first that fits wins):
//   1. its số, ký hiệu, with the type and "số" before it or not: "Chỉ thị số 34-CT/TW", "34/CT-TW";
//   2. type and number alone, unless a code follows: "Chỉ thị 34", "Chỉ thị số 34";
//   3. one of its aliases, as a phrase: "Nghị quyết Đại hội XIV".
// Whole words only, capitals and runs of white space do not matter. Of overlapping mentions the longest
// is kept (the first document on a tie). A provision named right before a mention belongs to it:
// "điểm a mục 2 Chỉ thị số 27-CT/TU", "khoản 1 Điều 3 của Quyết định số 45/QĐ-UBND".
import { t } from '../i18n/index.ts';
import { D_STROKE } from '../vietnamese/orthography.ts';
import { identifierParts } from '../vietnamese/fold.ts';
import { placeId } from './anchor-ids.ts';
import { escapeRegExp } from './text.ts';

/** What the citation linker needs to know of a document. */
export interface CitationTarget {
  id: string;
  type: string;
  identifier: string | null;
  aliases: readonly string[];
  /** Whether the site publishes the document's text: then a provision cited links into it. */
  hasText?: boolean;
}

/**
 * A place in a document as a citation names it, outermost first: a Roman part, a numbered section
 * (mục) or an article (Điều), a clause (khoản), a point (điểm). `words` is how the text wrote it.
 */
export interface CitedProvision {
  part?: string;
  section?: string;
  article?: string;
  clause?: string;
  point?: string;
  words: string;
}

/**
 * The id the published text gives a cited provision (the ids of anchors.ts and article-anchors.ts):
 * `muc-2`, `muc-2-a`, `dieu-3`, `dieu-3-khoan-1`, `dieu-3-khoan-1-diem-a`, `phan-ii`.
 */
export function provisionAnchor(provision: CitedProvision): string {
  const { part, section, article, clause, point } = provision;
  if (part !== undefined) return placeId({ part });
  if (article !== undefined) return placeId({ article, clause, point });
  return placeId({ section: section!, point });
}

/** One mention of a document inside a piece of text, with the provision it names, if any. */
export interface CitationMatch {
  start: number;
  end: number;
  targetId: string;
  text: string;
  provision?: CitedProvision;
}

/**
 * One citation found in a content file, as the rehype step records it in the file's
 * `remarkPluginFrontmatter` and the site data reads it back.
 */
export interface RecordedCitation {
  /** The id of the block that makes it (`muc-2-y-3`) and the words for that block. */
  anchor: string;
  label: string;
  targetId: string;
  excerpt: string;
  /** The provision the citation names ("mục 2"), and its id in the cited text when the site has it. */
  provision?: { words: string; mention: string; anchor?: string };
}

/** A word of a text: a maximal run of letters and digits, with its place and its lower-case form. */
interface Token {
  start: number;
  end: number;
  /** Filled in when the grammar reads the word (most words of a text never are). */
  lower?: string;
}

/** The lower-case form of the i-th word. */
function lowerAt(text: string, tokens: Token[], i: number): string {
  const token = tokens[i]!;
  return (token.lower ??= text.slice(token.start, token.end).toLowerCase());
}

const WORD = /[\p{L}\p{N}]+/gu;
/** What may stand between the parts of a số, ký hiệu: "34-CT/TW", "34/CT-TW", "34 CT TW", "34.CT.TW". */
const SEPARATORS = /^[\s\-/.]+$/;
const SPACE = /^\s+$/;
const DIGITS = /^[0-9]+$/;
/** After the short form "Chỉ thị 34", a code would make it another document ("Chỉ thị 34-CT/TU"). */
const CODE_AFTER = /^\s*[-/]\s*[\p{L}\p{N}]/u;

/** Whether each UTF-16 code unit is a letter or digit (1) or not (2), filled in as the text needs it. */
const WORD_UNIT = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether the character at `i` is a letter or a digit (a surrogate pair is read whole). */
function isWordChar(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit < 0x80)
    return (unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122);
  if (unit >= 0xd800 && unit <= 0xdfff) {
    const point = text.codePointAt(unit < 0xdc00 ? i : i - 1) ?? unit;
    return LETTER_OR_DIGIT.test(String.fromCodePoint(point));
  }
  if (WORD_UNIT[unit] === 0) WORD_UNIT[unit] = LETTER_OR_DIGIT.test(text.charAt(i)) ? 1 : 2;
  return WORD_UNIT[unit] === 1;
}

/** The key, and where inside it the printed identifier separates its parts (`34-CT/TW`: 2 and 4). */
function identifierShape(identifier: string): { key: string; cuts: Set<number> } {
  const parts = identifierParts(identifier);
  const cuts = new Set<number>();
  let length = 0;
  parts.forEach((part, i) => {
    if (i > 0) cuts.add(length);
    length += part.length;
  });
  return { key: parts.join(''), cuts };
}

/** A phrase as words separated by white space, in lower case, and the first word's letters. */
function phraseOf(phrase: string): { words: string[]; first: string } | undefined {
  const words = phrase.normalize('NFC').trim().toLowerCase().split(/\s+/);
  const first = words[0]?.match(WORD)?.[0];
  // A phrase must start with a letter or digit: a mention starts where a word does.
  if (first === undefined || !words[0]!.startsWith(first)) return undefined;
  return { words, first };
}

/**
 * Where a phrase that starts at `from` ends in `text`: its words in order, any run of white space
 * between them, capitals ignored, the last followed by no letter or digit; -1 when it is not there.
 */
function phraseEnd(text: string, from: number, words: readonly string[]): number {
  let at = from;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (text.slice(at, at + word.length).toLowerCase() !== word) return -1;
    at += word.length;
    if (i < words.length - 1) {
      const space = /^\s+/.exec(text.slice(at, at + 64));
      if (space === null) return -1;
      at += space[0].length;
    }
  }
  return at < text.length && isWordChar(text, at) ? -1 : at;
}

/** The words of the grammar, from the dictionary. */
const NUMBER_WORD = t('documents.numberWord').toLowerCase();

/** The end of the word that starts at `start`. */
function wordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isWordChar(text, end)) end += 1;
  return end;
}

/** The start of the first word at or after `from` (text.length when there is none). */
function nextWord(text: string, from: number): number {
  let at = from;
  while (at < text.length && !isWordChar(text, at)) at += 1;
  return at;
}

/**
 * The word after a type's name, past a "số" ("Chỉ thị số 34-CT/TW": "34"); none when no space
 * follows the name.
 */
function wordAfterType(text: string, typeEnd: number): { start: number; end: number } | undefined {
  let start = nextWord(text, typeEnd);
  if (start >= text.length || !SPACE.test(text.slice(typeEnd, start))) return undefined;
  let end = wordEnd(text, start);
  if (text.slice(start, end).toLowerCase() === NUMBER_WORD) {
    const after = nextWord(text, end);
    if (after < text.length && SPACE.test(text.slice(end, after))) {
      start = after;
      end = wordEnd(text, after);
    }
  }
  return { start, end };
}

/** Provision words, lower case, and the ids they stand for. */
const PROVISION_WORDS = {
  part: t('documents.word.part').toLowerCase(),
  section: t('documents.word.section').toLowerCase(),
  article: t('documents.word.article').toLowerCase(),
  clause: t('documents.word.clause').toLowerCase(),
  point: t('documents.word.point').toLowerCase(),
  of: t('documents.word.of').toLowerCase(),
};
const ROMAN = /^[ivxlc]+$/;
/** A point's letter: a to z, or đ. */
const isPointLetter = (word: string) => /^[a-z]$/.test(word) || word === D_STROKE;

/**
 * The provision named by the words just before a mention (tokens `before` back from the mention):
 * `[điểm X] [khoản N] (mục N | Điều N | phần R)`, white space between, "của" optional before the
 * document. Returns where it starts, or undefined when the words before name no provision.
 */
function provisionBefore(
  text: string,
  mentionStart: number,
): { start: number; provision: CitedProvision } | undefined {
  // The (at most seven) words before the mention, then the mention's place as a word of no length.
  const tokens: Token[] = [{ start: mentionStart, end: mentionStart }];
  let at = mentionStart;
  while (tokens.length < 8 && at > 0) {
    let end = at;
    while (end > 0 && !isWordChar(text, end - 1)) end -= 1;
    if (end === 0 || at - end > 16) break;
    let start = end;
    while (start > 0 && isWordChar(text, start - 1)) start -= 1;
    tokens.unshift({ start, end });
    at = start;
  }
  let i = tokens.length - 2;
  const spaceBetween = (a: number, b: number) =>
    SPACE.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  if (i >= 0 && lowerAt(text, tokens, i) === PROVISION_WORDS.of && spaceBetween(i, i + 1)) i -= 1;
  // The outer place: "mục 2", "Điều 5", "phần II", each a word and its number.
  if (i < 1 || !spaceBetween(i, i + 1) || !spaceBetween(i - 1, i)) return undefined;
  const outerWord = lowerAt(text, tokens, i - 1);
  const outerNumber = lowerAt(text, tokens, i);
  const provision: Omit<CitedProvision, 'words'> & { words?: string } = {};
  if (outerWord === PROVISION_WORDS.section && DIGITS.test(outerNumber))
    provision.section = outerNumber;
  else if (outerWord === PROVISION_WORDS.article && DIGITS.test(outerNumber))
    provision.article = outerNumber;
  else if (outerWord === PROVISION_WORDS.part && ROMAN.test(outerNumber))
    provision.part = outerNumber.toUpperCase();
  else return undefined;
  let first = i - 1;
  // Inside it, optionally: "khoản N" (only in an article), then before that "điểm x".
  if (first >= 2 && provision.article !== undefined && spaceBetween(first - 1, first)) {
    const word = lowerAt(text, tokens, first - 2);
    const number = lowerAt(text, tokens, first - 1);
    if (
      word === PROVISION_WORDS.clause &&
      DIGITS.test(number) &&
      spaceBetween(first - 2, first - 1)
    ) {
      provision.clause = number;
      first -= 2;
    }
  }
  if (first >= 2 && provision.part === undefined && spaceBetween(first - 1, first)) {
    const word = lowerAt(text, tokens, first - 2);
    const letter = lowerAt(text, tokens, first - 1);
    if (
      word === PROVISION_WORDS.point &&
      isPointLetter(letter) &&
      spaceBetween(first - 2, first - 1)
    ) {
      provision.point = letter;
      first -= 2;
    }
  }
  const start = tokens[first]!.start;
  // A provision word must start a word of its own: "Điều" in "Điều 5", not inside another word.
  return {
    start,
    provision: { ...provision, words: text.slice(start, tokens[i]!.end) } as CitedProvision,
  };
}

/**
 * The one pattern of the places a mention may start, for every text whatever the number of
 * documents: the first words of what the grammar looks up (longest first), and a run of digits.
 */
function startsPattern(words: readonly string[], { digits }: { digits: boolean }): RegExp {
  const alternatives = [...words].sort((x, y) => y.length - x.length).map(escapeRegExp);
  return new RegExp([...(digits ? ['[0-9]+'] : []), ...alternatives].join('|'), 'giu');
}

/** One way a document can be named at one place, before the longest mention is chosen. */
interface Candidate {
  start: number;
  end: number;
  target: number;
  /** 0 for the số, ký hiệu, 1 for type and number, 2 + n for the n-th alias: the order tried. */
  way: number;
}

/** Finds the mentions of a fixed set of documents; `exceptId` leaves one out (a page does not cite itself). */
export type CitationFinder = (text: string, exceptId?: string) => CitationMatch[];

/**
 * Prepares a set of documents once for many texts: a Map from identifier key to documents, one from
 * type and number to documents, one from the first word of an alias to its documents, and the one
 * pattern of the places a mention may start. The work per text is one scan of it by that pattern and
 * a few words read at each place found, whatever the number of documents.
 */
export function createCitationFinder(targets: readonly CitationTarget[]): CitationFinder {
  const byKey = new Map<string, { target: number; cuts: Set<number> }[]>();
  const byTypeNumber = new Map<string, number[]>();
  const typesByFirst = new Map<string, { words: string[]; key: string }[]>();
  const aliasesByFirst = new Map<string, { target: number; way: number; words: string[] }[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [value]);
    else list.push(value);
  };
  let longestKey = 0;
  // Every start of a key: a run of words is only read on while it can still become one.
  const keyStarts = new Set<string>();
  // The first words of everything the grammar looks up that does not start with a digit.
  const anchorFirstWords = new Set<string>();
  const addFirst = (word: string) => {
    if (!/^[0-9]/.test(word)) anchorFirstWords.add(word);
  };
  const typeKeys = new Set<string>();
  const typeKeyOf: (string | undefined)[] = [];
  targets.forEach((target, index) => {
    let ways = 0;
    const type = phraseOf(target.type);
    const typeKey = type?.words.join(' ');
    typeKeyOf.push(typeKey);
    if (type !== undefined && typeKey !== undefined && !typeKeys.has(typeKey)) {
      typeKeys.add(typeKey);
      push(typesByFirst, type.first, { words: type.words, key: typeKey });
      addFirst(type.first);
    }
    if (target.identifier !== null) {
      const { key, cuts } = identifierShape(target.identifier);
      if (key !== '') {
        push(byKey, key, { target: index, cuts });
        longestKey = Math.max(longestKey, key.length);
        for (let n = 1; n <= key.length; n++) keyStarts.add(key.slice(0, n));
        const number = identifierParts(target.identifier)[0]!;
        addFirst(number);
        ways += 1;
        if (DIGITS.test(number) && typeKey !== undefined)
          push(byTypeNumber, `${typeKey}\u0000${number}`, index);
      }
    }
    target.aliases.forEach((alias, n) => {
      const phrase = phraseOf(alias);
      if (phrase === undefined) return;
      push(aliasesByFirst, phrase.first, { target: index, way: 2 + n, words: phrase.words });
      addFirst(phrase.first);
      ways += 1;
    });
    if (ways === 0) throw new Error(t('errors.content.noMention', { id: target.id }));
  });

  // One pattern for every text, whatever the number of documents: the places where a mention can
  // start (a run of digits, or the first word of a type, an alias or a code that starts with a letter).
  const anchors = startsPattern([...anchorFirstWords], { digits: true });

  return (text, exceptId) => {
    const candidates: Candidate[] = [];
    const lower = (start: number, end: number) => text.slice(start, end).toLowerCase();
    // The số, ký hiệu that start at a word, by its start: where each ends and whose it is.
    const identifiersAt = new Map<number, { end: number; target: number }[]>();
    const identifiersFrom = (start: number) => {
      const known = identifiersAt.get(start);
      if (known !== undefined) return known;
      const hits: { end: number; target: number }[] = [];
      let key = '';
      const cutsHere: number[] = [];
      let wordStart = start;
      while (wordStart < text.length) {
        const end = wordEnd(text, wordStart);
        key += lower(wordStart, end);
        if (key.length > longestKey || !keyStarts.has(key)) break;
        for (const entry of byKey.get(key) ?? []) {
          if (cutsHere.every((cut) => entry.cuts.has(cut)))
            hits.push({ end, target: entry.target });
        }
        const next = nextWord(text, end);
        if (next >= text.length || !SEPARATORS.test(text.slice(end, next))) break;
        cutsHere.push(key.length);
        wordStart = next;
      }
      identifiersAt.set(start, hits);
      return hits;
    };

    anchors.lastIndex = 0;
    for (let m = anchors.exec(text); m !== null; m = anchors.exec(text)) {
      const start = m.index;
      // A mention starts where a word does.
      if (start > 0 && isWordChar(text, start - 1)) continue;
      const end = wordEnd(text, start);
      anchors.lastIndex = end;
      const word = lower(start, end);
      for (const hit of identifiersFrom(start))
        candidates.push({ start, end: hit.end, target: hit.target, way: 0 });
      // A type ("Chỉ thị"), "số" or not, then a số, ký hiệu or a number.
      for (const type of typesByFirst.get(word) ?? []) {
        const typeEnd = phraseEnd(text, start, type.words);
        if (typeEnd < 0) continue;
        const following = wordAfterType(text, typeEnd);
        if (following === undefined) continue;
        const { start: next, end: nextEnd } = following;
        for (const hit of identifiersFrom(next)) {
          if (typeKeyOf[hit.target] === type.key)
            candidates.push({ start, end: hit.end, target: hit.target, way: 0 });
        }
        const digits = lower(next, nextEnd);
        if (!DIGITS.test(digits) || CODE_AFTER.test(text.slice(nextEnd, nextEnd + 64))) continue;
        for (const target of byTypeNumber.get(`${type.key}\u0000${digits}`) ?? [])
          candidates.push({ start, end: nextEnd, target, way: 1 });
      }
      for (const alias of aliasesByFirst.get(word) ?? []) {
        const aliasEnd = phraseEnd(text, start, alias.words);
        if (aliasEnd >= 0)
          candidates.push({ start, end: aliasEnd, target: alias.target, way: alias.way });
      }
    }
    // Per document, as a pattern scanning the text would: the leftmost place, there the first way
    // tried, then on from where that mention ends.
    candidates.sort((a, b) => a.target - b.target || a.start - b.start || a.way - b.way);
    const chosen: Candidate[] = [];
    let lastTarget = -1;
    let lastEnd = 0;
    for (const candidate of candidates) {
      if (candidate.target !== lastTarget) {
        lastTarget = candidate.target;
        lastEnd = 0;
      }
      if (candidate.start < lastEnd) continue;
      if (exceptId !== undefined && targets[candidate.target]!.id === exceptId) continue;
      chosen.push(candidate);
      lastEnd = candidate.end;
    }
    // Of overlapping mentions the longest, the first document on a tie (the sort is stable).
    chosen.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const kept: CitationMatch[] = [];
    let keptEnd = -1;
    for (const c of chosen) {
      if (c.start < keptEnd) continue;
      keptEnd = c.end;
      const found = provisionBefore(text, c.start);
      // A provision that overlaps the mention before it is not this mention's.
      const previous = kept.at(-1);
      const provision =
        found !== undefined && (previous === undefined || found.start >= previous.end)
          ? found
          : undefined;
      const start = provision?.start ?? c.start;
      kept.push({
        start,
        end: c.end,
        targetId: targets[c.target]!.id,
        text: text.slice(start, c.end),
        ...(provision === undefined ? {} : { provision: provision.provision }),
      });
    }
    return kept;
  };
}

/**
 * Finds every mention of the given documents in a text; overlapping mentions keep the longest.
 * For many texts against the same documents, createCitationFinder does the preparation once.
 */
export function findCitations(text: string, targets: readonly CitationTarget[]): CitationMatch[] {
  return createCitationFinder(targets)(text);
}

/** A document named by type, number and code in running text, whether the site has it or not. */
export interface NumberedMention {
  start: number;
  end: number;
  /** The type as the grammar knows it ("Chỉ thị"), whatever its capitals in the text. */
  type: string;
  /** "34", "30/2020" (a legal document's number carries its year). */
  number: string;
  /** The ký hiệu after the number, as printed ("CT/TW", "CT TW", "NĐ-CP"). */
  code: string;
  /** Số, ký hiệu as printed, spaces around "-" and "/" left out: "34-CT/TW", "34 CT TW". */
  identifier: string;
}

/** A word of a ký hiệu after a space or a dot: capitals first and mostly ("CT", "TTr", "QyĐ"). */
function isCodeWord(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const upper = (word.match(/[\p{Lu}\p{N}]/gu) ?? []).length;
  return upper * 2 > word.length;
}

/**
 * Finds every document a text names by type, number and code (what the importer reports and stubs),
 * by the linker's own grammar: the same words, the same separators between the parts of a số, ký
 * hiệu ("34-CT/TW", "34/CT-TW", "34 CT TW", "34.CT.TW"), a type with or without "số". So every
 * mention the page links, given the document, is found here, and each found here the page would link.
 * A part of the ký hiệu after "-" or "/" starts with a capital; after a space or a dot it is mostly
 * capitals, so "Kế hoạch số 87 Sở Công Thương" names no code.
 */
export function createNumberedMentionFinder(
  types: readonly string[],
): (text: string) => NumberedMention[] {
  const byFirst = new Map<string, { words: string[]; name: string }[]>();
  for (const name of types) {
    const phrase = phraseOf(name);
    if (phrase === undefined) continue;
    byFirst.set(phrase.first, [
      ...(byFirst.get(phrase.first) ?? []),
      { words: phrase.words, name },
    ]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const anchors = startsPattern([...byFirst.keys()], { digits: false });
  return (text) => {
    const found: NumberedMention[] = [];
    anchors.lastIndex = 0;
    for (let m = anchors.exec(text); m !== null; m = anchors.exec(text)) {
      const start = m.index;
      if (start > 0 && isWordChar(text, start - 1)) continue;
      const first = text.slice(start, wordEnd(text, start)).toLowerCase();
      for (const type of byFirst.get(first) ?? []) {
        const typeEnd = phraseEnd(text, start, type.words);
        if (typeEnd < 0) continue;
        const following = wordAfterType(text, typeEnd);
        if (following === undefined) continue;
        const { start: numberStart, end } = following;
        if (!DIGITS.test(text.slice(numberStart, end))) continue;
        let numberEnd = end;
        // A legal document's number carries its year: "30/2020/NĐ-CP".
        const year = nextWord(text, end);
        const yearEnd = wordEnd(text, year);
        if (/^\s*\/\s*$/.test(text.slice(end, year)) && /^\d{4}$/.test(text.slice(year, yearEnd)))
          numberEnd = yearEnd;
        // The parts of the ký hiệu, each after a separator.
        let codeEnd = -1;
        let cursor = numberEnd;
        for (;;) {
          const next = nextWord(text, cursor);
          const separator = text.slice(cursor, next);
          if (next >= text.length || !SEPARATORS.test(separator)) break;
          const word = text.slice(next, wordEnd(text, next));
          const explicit = /[-/]/.test(separator);
          if (!(explicit ? /^\p{Lu}/u.test(word) : isCodeWord(word))) break;
          codeEnd = next + word.length;
          cursor = codeEnd;
        }
        if (codeEnd < 0) continue;
        const identifier = text
          .slice(numberStart, codeEnd)
          .replace(/\s*([-/])\s*/g, '$1')
          .replace(/\s+/g, ' ');
        const number = text.slice(numberStart, numberEnd).replace(/\s+/g, '');
        found.push({
          start,
          end: codeEnd,
          type: type.name,
          number,
          code: identifier.slice(number.length).replace(/^[-/. ]+/, ''),
          identifier,
        });
        anchors.lastIndex = codeEnd;
        break;
      }
    }
    return found;
  };
}
