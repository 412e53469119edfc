import { t } from '../i18n/index.ts';
import { escapeRegExp } from './text.ts';

/** What the citation linker needs to know of a cited document. */
export interface CitationTarget {
  id: string;
  type: string;
  identifier: string | null;
  aliases: readonly string[];
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
}

/** One mention of a cited document inside a piece of text. */
export interface CitationMatch {
  start: number;
  end: number;
  targetId: string;
  text: string;
}

/** The word before a number ("Chỉ thị số 34"), optional in a mention. */
const NUMBER_WORD = escapeRegExp(t('documents.numberWord'));
const SEP = String.raw`[\s\-/.]*`;
const WORD_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;

/** Turns a phrase into a pattern that tolerates any run of white space between its words. */
function phrasePattern(phrase: string): string {
  return phrase
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .map(escapeRegExp)
    .join(String.raw`\s+`);
}

/** One way of naming a document, and digits that every text matching it contains (if it has any). */
interface Alternative {
  source: string;
  digits: string | undefined;
}

/** The first run of ASCII digits in a text: case-insensitive matching cannot change digits. */
function firstDigits(text: string): string | undefined {
  return /[0-9]+/.exec(text)?.[0];
}

/** The ways a text may name a document (see citationPattern), each with its required digits. */
function alternativesOf(target: CitationTarget): Alternative[] {
  const alternatives: Alternative[] = [];
  const type = phrasePattern(target.type);
  if (target.identifier !== null) {
    const tokens = target.identifier.match(/[\p{L}\p{N}]+/gu) ?? [];
    const identifier = tokens.map(escapeRegExp).join(SEP);
    alternatives.push({
      source: String.raw`(?:${type}\s+(?:${NUMBER_WORD}\s+)?)?${identifier}`,
      digits: firstDigits(tokens.join(' ')),
    });
    const number = tokens[0];
    if (number !== undefined && /^\d+$/.test(number)) {
      // The short form "Chỉ thị 34" must not be the start of another code ("Chỉ thị 34-CT/TU").
      alternatives.push({
        source: String.raw`${type}\s+(?:${NUMBER_WORD}\s+)?${number}(?![\p{L}\p{N}])(?!\s*[-/]\s*[\p{L}\p{N}])`,
        digits: number,
      });
    }
  }
  for (const alias of target.aliases) {
    alternatives.push({ source: phrasePattern(alias), digits: firstDigits(alias) });
  }
  if (alternatives.length === 0) throw new Error(t('errors.content.noMention', { id: target.id }));
  return alternatives;
}

/**
 * Builds the pattern that finds a document however the text spells it: `Chỉ thị số 34-CT/TW`,
 * `Chỉ thị 34`, `34-CT/TW`, `34/CT-TW`, or one of its aliases.
 */
export function citationPattern(target: CitationTarget): RegExp {
  return patternOf(alternativesOf(target));
}

/** Joins a document's alternatives into one pattern that matches whole words only. */
function patternOf(alternatives: readonly Alternative[]): RegExp {
  const sources = alternatives.map((a) => a.source);
  return new RegExp(`${WORD_BEFORE}(?:${sources.join('|')})${WORD_AFTER}`, 'giu');
}

/** How many documents' patterns a finder keeps compiled (see createCitationFinder). */
export const MAX_COMPILED_PATTERNS = 1000;

/** Finds the mentions of a fixed set of documents; `exceptId` leaves one out (a page does not cite itself). */
export type CitationFinder = (text: string, exceptId?: string) => CitationMatch[];

/**
 * Prepares a set of documents for many searches, with the same results as findCitations: each
 * pattern is compiled once, and a text is only tried against the documents whose required digits
 * (`34` for `34-CT/TW`) it contains, plus those that can be named without digits. The work per text
 * then depends on the text, not on how many documents the site cites.
 */
export function createCitationFinder(
  targets: readonly CitationTarget[],
  { maxCompiled = MAX_COMPILED_PATTERNS }: { maxCompiled?: number } = {},
): CitationFinder {
  const byDigits = new Map<string, number[]>();
  const alwaysTried: number[] = [];
  let longestKey = 0;
  const alternativesByTarget = targets.map(alternativesOf);
  alternativesByTarget.forEach((alternatives, index) => {
    const keys = alternatives.map((a) => a.digits);
    if (keys.some((key) => key === undefined)) {
      alwaysTried.push(index);
      return;
    }
    for (const key of new Set(keys as string[])) {
      const list = byDigits.get(key) ?? [];
      list.push(index);
      byDigits.set(key, list);
      longestKey = Math.max(longestKey, key.length);
    }
  });
  // Compiled patterns, the most recently used last. V8 compiles each pattern to about 70 KB of
  // machine code, and its code space holds about 500 MB: 10,000 cited documents ran the build out
  // of memory. Only the latest `maxCompiled` stay; a pattern dropped is compiled again.
  const patterns = new Map<number, RegExp>();
  const patternAt = (index: number) => {
    let pattern = patterns.get(index);
    if (pattern !== undefined) patterns.delete(index);
    else {
      pattern = patternOf(alternativesByTarget[index]!);
      if (patterns.size >= maxCompiled) patterns.delete(patterns.keys().next().value!);
    }
    patterns.set(index, pattern);
    return pattern;
  };

  return (text, exceptId) => {
    const candidates = new Set(alwaysTried);
    // A target's digits occur in the text only inside a run of digits: look up each run's substrings.
    for (const run of text.match(/[0-9]+/g) ?? []) {
      for (let from = 0; from < run.length; from++) {
        for (let to = from + 1; to <= Math.min(run.length, from + longestKey); to++) {
          for (const index of byDigits.get(run.slice(from, to)) ?? []) candidates.add(index);
        }
      }
    }
    const found: CitationMatch[] = [];
    // In the targets' order, as findCitations always did: it decides between equal mentions.
    for (const index of [...candidates].sort((a, b) => a - b)) {
      const target = targets[index]!;
      if (exceptId !== undefined && target.id === exceptId) continue;
      for (const match of text.matchAll(patternAt(index))) {
        found.push({
          start: match.index,
          end: match.index + match[0].length,
          targetId: target.id,
          text: match[0],
        });
      }
    }
    return keepLongest(found);
  };
}

/** Sorts mentions by position and, of overlapping ones, keeps the longest (the first on a tie). */
function keepLongest(found: CitationMatch[]): CitationMatch[] {
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: CitationMatch[] = [];
  for (const match of found) {
    const last = kept.at(-1);
    if (last === undefined || match.start >= last.end) kept.push(match);
  }
  return kept;
}

/**
 * Finds every mention of the given documents in a text; overlapping mentions keep the longest.
 * For many texts against the same documents, createCitationFinder does the preparation once.
 */
export function findCitations(text: string, targets: readonly CitationTarget[]): CitationMatch[] {
  return createCitationFinder(targets)(text);
}
