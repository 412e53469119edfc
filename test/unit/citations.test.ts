import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCitationTargets } from '../../src/content-disk/citation-targets.ts';
import { identifierKey } from '../../src/vietnamese/fold.ts';
import { findCitations, type CitationTarget } from '../../src/documents/citation-grammar.ts';
import { codeAliases } from '../../src/search/search-text.ts';
import { splitFrontMatter } from '../../src/content-disk/content-files.ts';

// The real cited documents, read from content/ so the test follows the content.
const targets = loadCitationTargets('content/documents');

const CT34 = 'chi-thi-34-ct-tw';
const CT32 = 'chi-thi-32-ct-tu';
const CV1954 = 'cong-van-1954-ubnd-th';
const NQ14 = 'nghi-quyet-dai-hoi-xiv';

/** The [targetId, matched text] pairs found in `text`, in order. */
function found(text: string): [string, string][] {
  return findCitations(text, targets).map((m) => [m.targetId, m.text]);
}

describe('the cited documents in content/', () => {
  it('are the four documents the letter cites', () => {
    expect(targets.map((t) => t.id).sort()).toEqual([CT32, CT34, CV1954, NQ14].sort());
    expect(targets.find((t) => t.id === CT34)).toMatchObject({
      type: 'Chỉ thị',
      identifier: '34-CT/TW',
    });
    expect(targets.find((t) => t.id === NQ14)?.identifier).toBeNull();
  });
});

describe('findCitations finds', () => {
  it.each([
    ['Chỉ thị số 34-CT/TW', CT34],
    ['Chỉ thị 34-CT/TW', CT34],
    ['Chỉ thị 34', CT34],
    ['chỉ thị số 34', CT34],
    ['CHỈ THỊ SỐ 34-CT/TW', CT34],
    ['34-CT/TW', CT34],
    ['34/CT-TW', CT34],
    ['Chỉ thị số 32-CT/TU', CT32],
    ['32-CT/TU', CT32],
    ['Công văn số 1954/UBND-TH', CV1954],
    ['1954/UBND-TH', CV1954],
    ['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV', NQ14],
    ['Nghị quyết Đại hội XIV', NQ14],
  ])('%j as the whole mention', (mention, id) => {
    const text = `theo ${mention}, các đơn vị`;
    const matches = findCitations(text, targets);
    expect(matches).toEqual([{ start: 5, end: 5 + mention.length, targetId: id, text: mention }]);
  });

  it('a mention with a line break inside the phrase', () => {
    expect(found('trọng tâm là Chỉ thị\nsố 34-CT/TW ngày 07/4/2014')).toEqual([
      [CT34, 'Chỉ thị\nsố 34-CT/TW'],
    ]);
    expect(found('thực hiện Nghị quyết Đại hội Đảng bộ\n  tỉnh lần thứ XIV, kế hoạch')).toEqual([
      [NQ14, 'Nghị quyết Đại hội Đảng bộ\n  tỉnh lần thứ XIV'],
    ]);
  });

  it('a short mention at the end of a sentence', () => {
    expect(found('Thực hiện Chỉ thị 34.')).toEqual([[CT34, 'Chỉ thị 34']]);
  });
});

describe('findCitations does not find', () => {
  it.each([
    'Chỉ thị 345',
    'Chỉ thị số 345-CT/TW',
    '134-CT/TW',
    'Chỉ thị 3',
    'Công văn 19541',
    '1954/UBND-THX',
    'Chỉ thị số 32-CT/TW',
    'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV',
  ])('%j', (text) => {
    expect(findCitations(text, targets)).toEqual([]);
  });

  it('"Chỉ thị 34-CT/TU" as Chỉ thị 34-CT/TW', () => {
    expect(
      findCitations('theo Chỉ thị 34-CT/TU của Tỉnh ủy', targets).map((m) => m.targetId),
    ).not.toContain(CT34);
    expect(findCitations('Chỉ thị số 34-CT/TU', targets)).toEqual([]);
  });
});

describe('findCitations with overlapping and several mentions', () => {
  it('keeps only the longest of overlapping mentions', () => {
    const text = 'trọng tâm là Chỉ thị số 34-CT/TW ngày 07/4/2014';
    const matches = findCitations(text, targets);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toEqual({ start: 13, end: 32, targetId: CT34, text: 'Chỉ thị số 34-CT/TW' });
    expect(text.slice(13, 32)).toBe('Chỉ thị số 34-CT/TW');
  });

  it('keeps the longest of mentions of different documents starting at the same place', () => {
    const short: CitationTarget = {
      id: 'short',
      type: 'Chỉ thị',
      identifier: null,
      aliases: ['Chỉ thị số 34'],
    };
    const long: CitationTarget = {
      id: 'long',
      type: 'Chỉ thị',
      identifier: '34-CT/TW',
      aliases: [],
    };
    const text = 'Theo Chỉ thị số 34-CT/TW.';
    for (const list of [
      [short, long],
      [long, short],
    ]) {
      expect(findCitations(text, list)).toEqual([
        { start: 5, end: 24, targetId: 'long', text: 'Chỉ thị số 34-CT/TW' },
      ]);
    }
  });

  it('gives two matches, in order, for two documents in one sentence', () => {
    const text = 'Theo 32-CT/TU và Công văn số 1954/UBND-TH.';
    const matches = findCitations(text, targets);
    expect(matches.map((m) => m.targetId)).toEqual([CT32, CV1954]);
    for (const match of matches) expect(text.slice(match.start, match.end)).toBe(match.text);
  });

  it('finds the same document twice', () => {
    expect(found('Chỉ thị 34-CT/TW, nhắc lại: 34-CT/TW.')).toEqual([
      [CT34, 'Chỉ thị 34-CT/TW'],
      [CT34, '34-CT/TW'],
    ]);
  });

  it('finds 34-CT/TW then 32-CT/TU in the letter sentence of section 3', () => {
    const letter = readFileSync('content/letter/cong-van.mdx', 'utf8');
    const sentence = /^\*\*3\.\*\* (.*?;)/m.exec(letter)?.[1];
    expect(sentence).toMatch(/^Tiếp tục đổi mới công tác thi đua, khen thưởng theo tinh thần/);
    const matches = findCitations(sentence ?? '', targets);
    expect(matches.map((m) => [m.targetId, m.text])).toEqual([
      [CT34, 'Chỉ thị số 34-CT/TW'],
      [CT32, 'Chỉ thị số 32-CT/TU'],
    ]);
    expect(matches[0]!.end).toBeLessThan(matches[1]!.start);
  });

  it('finds every cited document in the letter, each where the letter cites it', () => {
    const letter = splitFrontMatter(readFileSync('content/letter/cong-van.mdx', 'utf8'))!.body;
    expect(findCitations(letter, targets).map((m) => m.targetId)).toEqual([
      NQ14,
      CV1954,
      CT34,
      CT34,
      CT32,
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
    for (const spelling of ['34-CT/TW', '34/CT-TW', '34 CT TW', '34.ct.tw'])
      expect(identifierKey(spelling)).toBe('34cttw');
    expect(identifierKey('30/2020/NĐ-CP')).toBe(codeAliases('30/2020/NĐ-CP')[0]);
    expect(identifierKey('34-CT/TW')).toBe(codeAliases('34-CT/TW')[0]);
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
    ['Chỉ thị 34 ngày 07/4/2014', CT34, 'Chỉ thị 34'],
    ['theo Chỉ thị 34 của Bộ Chính trị', CT34, 'Chỉ thị 34'],
    ['Công văn 1954 ngày 30/5/2023', CV1954, 'Công văn 1954'],
    ['Chỉ thị số 32 của Tỉnh ủy', CT32, 'Chỉ thị số 32'],
  ])('finds %j', (text, id, mention) => {
    expect(findCitations(text, targets).map((m) => [m.targetId, m.text])).toEqual([[id, mention]]);
  });

  it('still refuses a short form that starts another code', () => {
    expect(findCitations('Chỉ thị 34-CT/TU và Chỉ thị 34 - CT/TU', targets)).toEqual([]);
  });
});
