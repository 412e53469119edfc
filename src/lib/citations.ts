import { escapeRegExp } from './text';

/** What the citation linker needs to know of a cited document. */
export interface CitationTarget {
  id: string;
  type: string;
  identifier: string | null;
  aliases: readonly string[];
}

/** One mention of a cited document inside a piece of text. */
export interface CitationMatch {
  start: number;
  end: number;
  targetId: string;
  text: string;
}

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

/**
 * Builds the pattern that finds a document however the text spells it: `Chỉ thị số 34-CT/TW`,
 * `Chỉ thị 34`, `34-CT/TW`, `34/CT-TW`, or one of its aliases.
 */
export function citationPattern(target: CitationTarget): RegExp {
  const alternatives: string[] = [];
  const type = phrasePattern(target.type);
  if (target.identifier !== null) {
    const tokens = target.identifier.match(/[\p{L}\p{N}]+/gu) ?? [];
    const identifier = tokens.map(escapeRegExp).join(SEP);
    alternatives.push(String.raw`(?:${type}\s+(?:số\s+)?)?${identifier}`);
    const number = tokens[0];
    if (number !== undefined && /^\d+$/.test(number)) {
      // The short form "Chỉ thị 34" must not be the start of another code ("Chỉ thị 34-CT/TU").
      alternatives.push(
        String.raw`${type}\s+(?:số\s+)?${number}(?![\p{L}\p{N}])(?!\s*[-/]\s*[\p{L}\p{N}])`,
      );
    }
  }
  for (const alias of target.aliases) alternatives.push(phrasePattern(alias));
  if (alternatives.length === 0)
    throw new Error(`Văn bản "${target.id}" không có số, ký hiệu hay tên gọi khác để nhận diện`);
  return new RegExp(`${WORD_BEFORE}(?:${alternatives.join('|')})${WORD_AFTER}`, 'giu');
}

/** Finds every mention of the given documents in a text; overlapping mentions keep the longest. */
export function findCitations(text: string, targets: readonly CitationTarget[]): CitationMatch[] {
  const found: CitationMatch[] = [];
  for (const target of targets) {
    for (const match of text.matchAll(citationPattern(target))) {
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        targetId: target.id,
        text: match[0],
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: CitationMatch[] = [];
  for (const match of found) {
    const last = kept.at(-1);
    if (last === undefined || match.start >= last.end) kept.push(match);
  }
  return kept;
}
