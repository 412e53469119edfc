// The citation linker as it was before the one grammar (src/documents/citation-grammar.ts): one
// regular expression per document. Kept only as the reference the tests compare the grammar with.
import { t } from '../../src/i18n/index.ts';
import type { CitationMatch, CitationTarget } from '../../src/documents/citation-grammar.ts';
import { escapeRegExp } from '../../src/documents/text.ts';

const NUMBER_WORD = escapeRegExp(t('documents.numberWord'));
const SEP = String.raw`[\s\-/.]*`;

function phrasePattern(phrase: string): string {
  return phrase
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .map(escapeRegExp)
    .join(String.raw`\s+`);
}

/** The pattern that found a document however the text spelled it (the old citationPattern). */
export function oldCitationPattern(target: CitationTarget): RegExp {
  const sources: string[] = [];
  const type = phrasePattern(target.type);
  if (target.identifier !== null) {
    const tokens = target.identifier.match(/[\p{L}\p{N}]+/gu) ?? [];
    sources.push(
      String.raw`(?:${type}\s+(?:${NUMBER_WORD}\s+)?)?${tokens.map(escapeRegExp).join(SEP)}`,
    );
    const number = tokens[0];
    if (number !== undefined && /^\d+$/.test(number))
      sources.push(
        String.raw`${type}\s+(?:${NUMBER_WORD}\s+)?${number}(?![\p{L}\p{N}])(?!\s*[-/]\s*[\p{L}\p{N}])`,
      );
  }
  for (const alias of target.aliases) sources.push(phrasePattern(alias));
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${sources.join('|')})(?![\p{L}\p{N}])`, 'giu');
}

const patterns = new WeakMap<CitationTarget, RegExp>();

/** Every document's pattern against the text, overlapping mentions keeping the longest. */
export function oldFindCitations(
  text: string,
  targets: readonly CitationTarget[],
): CitationMatch[] {
  const found: CitationMatch[] = [];
  for (const target of targets) {
    let pattern = patterns.get(target);
    if (!pattern) patterns.set(target, (pattern = oldCitationPattern(target)));
    for (const match of text.matchAll(pattern)) {
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
