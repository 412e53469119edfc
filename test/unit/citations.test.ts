import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { identifierKey } from '../../src/vietnamese/fold.ts';
import { findCitations, type CitationTarget } from '../../src/documents/citation-grammar.ts';
import { codeAliases } from '../../src/search/search-text.ts';

const CT47 = 'chi-thi-47-ct-tw';
const CT26 = 'chi-thi-26-ct-tu';
const CV1375 = 'cong-van-1375-ubnd-th';
const NQ15 = 'nghi-quyet-dai-hoi-xv';

/**
 * Cited documents as a campaign's content/documents/ gives them (fictional): a Politburo and a
 * provincial directive, a UBND công văn, and a resolution known by its name only.
 */
const targets: CitationTarget[] = [
  { id: CT47, type: 'Chỉ thị', identifier: '47-CT/TW', aliases: [] },
  { id: CT26, type: 'Chỉ thị', identifier: '26-CT/TU', aliases: [] },
  { id: CV1375, type: 'Công văn', identifier: '1375/UBND-TH', aliases: [] },
  {
    id: NQ15,
    type: 'Nghị quyết',
    identifier: null,
    aliases: ['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV', 'Nghị quyết Đại hội XV'],
  },
];

/** The [targetId, matched text] pairs found in `text`, in order. */
function found(text: string): [string, string][] {
  return findCitations(text, targets).map((m) => [m.targetId, m.text]);
}

describe('findCitations finds', () => {
  it.each([
    ['Chỉ thị số 47-CT/TW', CT47],
    ['Chỉ thị 47-CT/TW', CT47],
    ['Chỉ thị 47', CT47],
    ['chỉ thị số 47', CT47],
    ['CHỈ THỊ SỐ 47-CT/TW', CT47],
    ['47-CT/TW', CT47],
    ['47/CT-TW', CT47],
    ['Chỉ thị số 26-CT/TU', CT26],
    ['26-CT/TU', CT26],
    ['Công văn số 1375/UBND-TH', CV1375],
    ['1375/UBND-TH', CV1375],
    ['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV', NQ15],
    ['Nghị quyết Đại hội XV', NQ15],
  ])('%j as the whole mention', (mention, id) => {
    const text = `theo ${mention}, các đơn vị`;
    const matches = findCitations(text, targets);
    expect(matches).toEqual([{ start: 5, end: 5 + mention.length, targetId: id, text: mention }]);
  });

  it('a mention with a line break inside the phrase', () => {
    expect(found('trọng tâm là Chỉ thị\nsố 47-CT/TW ngày 07/4/2014')).toEqual([
      [CT47, 'Chỉ thị\nsố 47-CT/TW'],
    ]);
    expect(found('thực hiện Nghị quyết Đại hội Đảng bộ\n  tỉnh lần thứ XV, kế hoạch')).toEqual([
      [NQ15, 'Nghị quyết Đại hội Đảng bộ\n  tỉnh lần thứ XV'],
    ]);
  });

  it('a short mention at the end of a sentence', () => {
    expect(found('Thực hiện Chỉ thị 47.')).toEqual([[CT47, 'Chỉ thị 47']]);
  });
});

describe('findCitations does not find', () => {
  it.each([
    'Chỉ thị 475',
    'Chỉ thị số 475-CT/TW',
    '147-CT/TW',
    'Chỉ thị 4',
    'Công văn 13751',
    '1375/UBND-THX',
    'Chỉ thị số 26-CT/TW',
    'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI',
  ])('%j', (text) => {
    expect(findCitations(text, targets)).toEqual([]);
  });

  it('"Chỉ thị 47-CT/TU" as Chỉ thị 47-CT/TW', () => {
    expect(
      findCitations('theo Chỉ thị 47-CT/TU của Tỉnh ủy', targets).map((m) => m.targetId),
    ).not.toContain(CT47);
    expect(findCitations('Chỉ thị số 47-CT/TU', targets)).toEqual([]);
  });
});

describe('findCitations with overlapping and several mentions', () => {
  it('keeps only the longest of overlapping mentions', () => {
    const text = 'trọng tâm là Chỉ thị số 47-CT/TW ngày 07/4/2014';
    const matches = findCitations(text, targets);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toEqual({ start: 13, end: 32, targetId: CT47, text: 'Chỉ thị số 47-CT/TW' });
    expect(text.slice(13, 32)).toBe('Chỉ thị số 47-CT/TW');
  });

  it('keeps the longest of mentions of different documents starting at the same place', () => {
    const short: CitationTarget = {
      id: 'short',
      type: 'Chỉ thị',
      identifier: null,
      aliases: ['Chỉ thị số 47'],
    };
    const long: CitationTarget = {
      id: 'long',
      type: 'Chỉ thị',
      identifier: '47-CT/TW',
      aliases: [],
    };
    const text = 'Theo Chỉ thị số 47-CT/TW.';
    for (const list of [
      [short, long],
      [long, short],
    ]) {
      expect(findCitations(text, list)).toEqual([
        { start: 5, end: 24, targetId: 'long', text: 'Chỉ thị số 47-CT/TW' },
      ]);
    }
  });

  it('gives two matches, in order, for two documents in one sentence', () => {
    const text = 'Theo 26-CT/TU và Công văn số 1375/UBND-TH.';
    const matches = findCitations(text, targets);
    expect(matches.map((m) => m.targetId)).toEqual([CT26, CV1375]);
    for (const match of matches) expect(text.slice(match.start, match.end)).toBe(match.text);
  });

  it('finds the same document twice', () => {
    expect(found('Chỉ thị 47-CT/TW, nhắc lại: 47-CT/TW.')).toEqual([
      [CT47, 'Chỉ thị 47-CT/TW'],
      [CT47, '47-CT/TW'],
    ]);
  });

  it('finds 47-CT/TW then 26-CT/TU in a sentence that names both with their dates', () => {
    const sentence =
      'Tiếp tục đổi mới công tác thi đua theo tinh thần Chỉ thị số 47-CT/TW ngày 07 tháng 4 năm 2014 của Bộ Chính trị (khoá XI) và Chỉ thị số 26-CT/TU ngày 26/6/2014 của Tỉnh uỷ “Về tiếp tục đổi mới”;';
    const matches = findCitations(sentence, targets);
    expect(matches.map((m) => [m.targetId, m.text])).toEqual([
      [CT47, 'Chỉ thị số 47-CT/TW'],
      [CT26, 'Chỉ thị số 26-CT/TU'],
    ]);
    expect(matches[0]!.end).toBeLessThan(matches[1]!.start);
  });

  it('finds every cited document of a letter, each where the letter cites it', () => {
    const letter = [
      'Năm 2026 là năm thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV.',
      'Theo phát động của UBND tỉnh tại Công văn số 1375/UBND-TH ngày 30/5/2026.',
      '**1.** Trọng tâm là Chỉ thị số 47-CT/TW ngày 07/4/2014 của Bộ Chính trị.',
      '**3.** Theo tinh thần Chỉ thị số 47-CT/TW và Chỉ thị số 26-CT/TU của Tỉnh uỷ.',
    ].join('\n\n');
    expect(findCitations(letter, targets).map((m) => m.targetId)).toEqual([
      NQ15,
      CV1375,
      CT47,
      CT47,
      CT26,
    ]);
  });
});

describe('the grammar', () => {
  it('matches an alias-only target by its aliases, any white space between the words', () => {
    const target: CitationTarget = {
      id: 'x',
      type: 'Kế hoạch',
      identifier: null,
      aliases: ['Kế hoạch   thi đua'],
    };
    expect(findCitations('theo Kế hoạch thi đua năm 2023', [target]).map((m) => m.text)).toEqual([
      'Kế hoạch thi đua',
    ]);
    expect(findCitations('theo Kế hoạch thi đuaX', [target])).toEqual([]);
  });

  it('throws, naming the document, for a target with no identifier and no aliases', () => {
    const target: CitationTarget = {
      id: 'van-ban-khong-ten',
      type: 'Quyết định',
      identifier: null,
      aliases: [],
    };
    expect(() => findCitations('Quyết định', [target])).toThrow(/van-ban-khong-ten/);
    expect(() => findCitations('Quyết định', [target])).toThrow(
      /không có số, ký hiệu hay tên gọi khác/,
    );
  });

  it('gives every spelling of a code the one key search indexes it under', () => {
    for (const spelling of ['47-CT/TW', '47/CT-TW', '47 CT TW', '47.ct.tw'])
      expect(identifierKey(spelling)).toBe('47cttw');
    expect(identifierKey('30/2020/NĐ-CP')).toBe(codeAliases('30/2020/NĐ-CP')[0]);
    expect(identifierKey('47-CT/TW')).toBe(codeAliases('47-CT/TW')[0]);
  });

  it('is one pattern for a text, not one per document', () => {
    const source = readFileSync('src/documents/citation-grammar.ts', 'utf8');
    expect(source).not.toMatch(/MAX_COMPILED_PATTERNS/);
    expect(source.match(/new RegExp\(/g) ?? []).toHaveLength(1);
  });
});

describe('a provision named before a mention', () => {
  const doc: CitationTarget = { id: 'ct27', type: 'Chỉ thị', identifier: '27-CT/TU', aliases: [] };
  const decision: CitationTarget = {
    id: 'qd45',
    type: 'Quyết định',
    identifier: '45/QĐ-UBND',
    aliases: [],
  };
  const decree: CitationTarget = {
    id: 'nd30',
    type: 'Nghị định',
    identifier: '30/2020/NĐ-CP',
    aliases: [],
  };
  const all = [doc, decision, decree];

  it.each([
    ['theo mục 2 Chỉ thị số 27-CT/TU, các đơn vị', 'mục 2 Chỉ thị số 27-CT/TU', { section: '2' }],
    [
      'điểm a mục 2 Chỉ thị 27-CT/TU',
      'điểm a mục 2 Chỉ thị 27-CT/TU',
      { section: '2', point: 'a' },
    ],
    [
      'tại điểm đ mục 10 của Chỉ thị 27',
      'điểm đ mục 10 của Chỉ thị 27',
      { section: '10', point: 'đ' },
    ],
    [
      'khoản 1 Điều 3 Quyết định số 45/QĐ-UBND',
      'khoản 1 Điều 3 Quyết định số 45/QĐ-UBND',
      { article: '3', clause: '1' },
    ],
    [
      'điểm b khoản 2 Điều 3 của Quyết định số 45/QĐ-UBND',
      'điểm b khoản 2 Điều 3 của Quyết định số 45/QĐ-UBND',
      { article: '3', clause: '2', point: 'b' },
    ],
    ['Điều 5 Nghị định số 30/2020/NĐ-CP', 'Điều 5 Nghị định số 30/2020/NĐ-CP', { article: '5' }],
    ['phần II Chỉ thị số 27-CT/TU', 'phần II Chỉ thị số 27-CT/TU', { part: 'II' }],
  ])('%j', (text, mention, provision) => {
    const [match] = findCitations(text, all);
    expect(match?.text).toBe(mention);
    expect(text.slice(match!.start, match!.end)).toBe(mention);
    expect(match?.provision).toEqual({
      ...provision,
      words: mention.replace(/ (của )?(Chỉ|Quyết|Nghị) .*$/, ''),
    });
  });

  it.each([
    'Mục 2 nêu rõ. Chỉ thị số 27-CT/TU',
    'mục hai Chỉ thị số 27-CT/TU',
    'khoản 1 mục 2 Chỉ thị số 27-CT/TU',
    'điểm 1 mục 2 Chỉ thị số 27-CT/TU',
    'Điều khoản Chỉ thị số 27-CT/TU',
  ])('no provision in %j', (text) => {
    const matches = findCitations(text, all);
    expect(matches).toHaveLength(1);
    expect(matches[0]!.text).toBe(
      /(khoản|điểm) 1 mục 2/.test(text) ? 'mục 2 Chỉ thị số 27-CT/TU' : 'Chỉ thị số 27-CT/TU',
    );
  });
});

describe('short forms followed by more words', () => {
  it.each([
    ['Chỉ thị 47 ngày 07/4/2014', CT47, 'Chỉ thị 47'],
    ['theo Chỉ thị 47 của Bộ Chính trị', CT47, 'Chỉ thị 47'],
    ['Công văn 1375 ngày 30/5/2023', CV1375, 'Công văn 1375'],
    ['Chỉ thị số 26 của Tỉnh ủy', CT26, 'Chỉ thị số 26'],
  ])('finds %j', (text, id, mention) => {
    expect(findCitations(text, targets).map((m) => [m.targetId, m.text])).toEqual([[id, mention]]);
  });

  it('still refuses a short form that starts another code', () => {
    expect(findCitations('Chỉ thị 47-CT/TU và Chỉ thị 47 - CT/TU', targets)).toEqual([]);
  });
});
