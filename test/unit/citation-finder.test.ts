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
import { FIXTURE_CAMPAIGN } from '../support/fixture-campaigns.ts';
import { documentPool } from '../../scripts/dev/scale-corpus.mjs';

/** The linker as it was before the grammar: every document's own pattern against the text. */
const reference = oldFindCitations;

/**
 * A finder's mentions as the old linker saw them: the document's own words, without the provision
 * ("điểm a mục 2") the grammar now also reads before them.
 */
function asBefore(found: ReturnType<typeof findCitations>) {
  return found.map(({ provision, ...mention }) => {
    if (provision === undefined) return mention;
    const rest = mention.text.slice(provision.words.length);
    const skip = provision.words.length + rest.length - rest.trimStart().length;
    return { ...mention, start: mention.start + skip, text: mention.text.slice(skip) };
  });
}

/** The fixture campaign's cited documents, and the kinds of code it has none of (fictional). */
const campaignTargets: CitationTarget[] = [
  ...loadCitationTargets(join(FIXTURE_CAMPAIGN, 'documents')),
  { id: 'chi-thi-47-ct-tw', type: 'Chỉ thị', identifier: '47-CT/TW', aliases: [] },
  { id: 'cong-van-1375-ubnd-th', type: 'Công văn', identifier: '1375/UBND-TH', aliases: [] },
  {
    id: 'nghi-quyet-dai-hoi-xv',
    type: 'Nghị quyết',
    identifier: null,
    aliases: ['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV', 'Nghị quyết Đại hội XV'],
  },
];
/** The synthetic pool of `npm run bench:scale`, plus targets that cannot be indexed by digits. */
const manyTargets: CitationTarget[] = [
  ...campaignTargets,
  ...documentPool(300).map((d) => ({
    id: d.id,
    type: d.type,
    identifier: d.identifier,
    aliases: [],
  })),
  { id: 'alias-digits', type: 'Kế hoạch', identifier: null, aliases: ['Kế hoạch 2023 số 9'] },
  { id: 'no-digits', type: 'Nghị định', identifier: 'ND-CP', aliases: [] },
  { id: 'mixed-token', type: 'Quyết định', identifier: '12a/QĐ-UBND', aliases: [] },
  { id: 'same-number', type: 'Chỉ thị', identifier: '47-CT/TU', aliases: ['Chỉ thị số 47'] },
];

/** Every paragraph of the fixture campaign's content, and its texts whole. */
function contentTexts(): string[] {
  const texts: string[] = [];
  for (const folder of ['letter', 'focus-areas', 'guidance', 'documents']) {
    for (const name of readdirSync(join(FIXTURE_CAMPAIGN, folder))) {
      const source = readFileSync(join(FIXTURE_CAMPAIGN, folder, name), 'utf8');
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
    '47',
    '27',
    '1375',
    '3007',
    '3120',
    '12a',
    '9',
    '2023',
    '-CT/TW',
    '-CT/TU',
    '/UBND-TH',
    '/KH-SCT',
    '/SGDĐT-VP',
    '/QĐ-UBND',
    'ND-CP',
    ' số 9',
    ' ',
    ', ',
    '.',
    '\n',
    'Nghị quyết Đại hội XV',
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
    '47CTTW',
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
  it('finds what the one-pattern-per-document linker found, in a campaign’s content', () => {
    const find = createCitationFinder(campaignTargets);
    for (const text of contentTexts())
      expect(asBefore(find(text))).toEqual(reference(text, campaignTargets));
  });

  it('finds the same as the reference with hundreds of documents, on content and made-up texts', () => {
    const find = createCitationFinder(manyTargets);
    const texts = [...contentTexts(), ...mixedTexts(1000)];
    let mentions = 0;
    for (const text of texts) {
      const expected = reference(text, manyTargets);
      mentions += expected.length;
      expect(asBefore(find(text)), text).toEqual(expected);
    }
    expect(mentions).toBeGreaterThan(200);
  });

  it('leaves out the excepted document as if it were not in the list', () => {
    const find = createCitationFinder(manyTargets);
    for (const text of mixedTexts(200)) {
      for (const id of ['chi-thi-47-ct-tw', 'same-number', 'alias-digits']) {
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
    const text = 'Theo Chỉ thị số 47-CT/TW và Kế hoạch số 3006/KH-SCT.';
    expect(findCitations(text, manyTargets)).toEqual(reference(text, manyTargets));
    expect(findCitations(text, manyTargets).map((m) => m.text)).toEqual([
      'Chỉ thị số 47-CT/TW',
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
    expect(() => createCitationFinder([...campaignTargets, bad])).toThrow(/khong-ten/);
  });
});
