import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCitationTargets } from '../../src/content-disk/citation-targets.ts';
import {
  createCitationFinder,
  findCitations,
  type CitationTarget,
} from '../../src/documents/citation-grammar.ts';
import { oldFindCitations } from '../support/citation-oracle.ts';
import { documentPool } from '../../scripts/dev/scale-corpus.mjs';

/** The linker as it was before the grammar: every document's own pattern against the text. */
const reference = oldFindCitations;

const realTargets = loadCitationTargets('content/documents');
/** The synthetic pool of `npm run bench:scale`, plus targets that cannot be indexed by digits. */
const manyTargets: CitationTarget[] = [
  ...realTargets,
  ...documentPool(300).map((d) => ({
    id: d.id,
    type: d.type,
    identifier: d.identifier,
    aliases: [],
  })),
  { id: 'alias-digits', type: 'Kế hoạch', identifier: null, aliases: ['Kế hoạch 2023 số 9'] },
  { id: 'no-digits', type: 'Nghị định', identifier: 'ND-CP', aliases: [] },
  { id: 'mixed-token', type: 'Quyết định', identifier: '12a/QĐ-UBND', aliases: [] },
  { id: 'same-number', type: 'Chỉ thị', identifier: '34-CT/TU', aliases: ['Chỉ thị số 34'] },
];

/** Every paragraph of the real content, and its texts whole. */
function contentTexts(): string[] {
  const texts: string[] = [];
  for (const folder of ['letter', 'focus-areas', 'guidance', 'documents']) {
    for (const name of readdirSync(join('content', folder))) {
      const source = readFileSync(join('content', folder, name), 'utf8');
      texts.push(source, ...source.split(/\n\n/));
    }
  }
  return texts;
}

/** Texts built from pieces of mentions, numbers and separators, deterministic. */
function mixedTexts(count: number): string[] {
  const pieces = [
    'Chỉ thị ',
    'chỉ thị số ',
    'Công văn số ',
    'Kế hoạch ',
    'Quyết định ',
    'NGHỊ ĐỊNH ',
    '34',
    '32',
    '1954',
    '3007',
    '3120',
    '12a',
    '9',
    '2023',
    '-CT/TW',
    '-CT/TU',
    '/UBND-TH',
    '/KH-SCT',
    '/SCT-VP',
    '/QĐ-UBND',
    'ND-CP',
    ' số 9',
    ' ',
    ', ',
    '.',
    '\n',
    'Nghị quyết Đại hội XIV',
    'đổi mới ',
    // Pieces that split or join the parts of a code in ways a reader would not write.
    'CT',
    'TW',
    '-',
    '/',
    'a',
    '12',
    'SỐ ',
    'Chỉ   thị\n',
    '34CTTW',
    'Kế hoạch 2023 số 9',
  ];
  let state = 7;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 4 + (next() % 12) }, () => pieces[next() % pieces.length]).join(''),
  );
}

describe('createCitationFinder', { timeout: 60_000 }, () => {
  it('finds what the one-pattern-per-document linker found, in the real content', () => {
    const find = createCitationFinder(realTargets);
    for (const text of contentTexts()) expect(find(text)).toEqual(reference(text, realTargets));
  });

  it('finds the same as the reference with hundreds of documents, on real and made-up texts', () => {
    const find = createCitationFinder(manyTargets);
    const texts = [...contentTexts(), ...mixedTexts(1000)];
    let mentions = 0;
    for (const text of texts) {
      const expected = reference(text, manyTargets);
      mentions += expected.length;
      expect(find(text), text).toEqual(expected);
    }
    expect(mentions).toBeGreaterThan(200);
  });

  it('leaves out the excepted document as if it were not in the list', () => {
    const find = createCitationFinder(manyTargets);
    for (const text of mixedTexts(200)) {
      for (const id of ['chi-thi-34-ct-tw', 'same-number', 'alias-digits']) {
        expect(find(text, id)).toEqual(
          reference(
            text,
            manyTargets.filter((t) => t.id !== id),
          ),
        );
      }
    }
  });

  it('is what findCitations uses', () => {
    const text = 'Theo Chỉ thị số 34-CT/TW và Kế hoạch số 3006/KH-SCT.';
    expect(findCitations(text, manyTargets)).toEqual(reference(text, manyTargets));
    expect(findCitations(text, manyTargets).map((m) => m.text)).toEqual([
      'Chỉ thị số 34-CT/TW',
      'Kế hoạch số 3006/KH-SCT',
    ]);
  });

  it('throws, naming the document, for a target with no identifier and no aliases', () => {
    const bad: CitationTarget = {
      id: 'khong-ten',
      type: 'Quyết định',
      identifier: null,
      aliases: [],
    };
    expect(() => createCitationFinder([...realTargets, bad])).toThrow(/khong-ten/);
  });
});
