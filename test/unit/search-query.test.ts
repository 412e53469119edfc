import { describe, expect, it } from 'vitest';
import { abbreviations } from '../../src/vietnamese/abbreviations.ts';
import { mayBeMistyped, planQuery, swapAbbreviations } from '../../src/search/search-query.ts';
import { splitCodes } from '../../src/search/tidy-query.ts';
import {
  decodeTyping,
  repairs,
  repairTypos,
  swapNumerals,
} from '../../src/search/typed-readings.ts';
import { fold } from '../../src/vietnamese/fold.ts';
import { fromRoman, toRoman } from '../../src/vietnamese/numerals.ts';
import { isSyllable, placeTone } from '../../src/vietnamese/syllable.ts';

/** Every reader of what was typed, as the search page passes them once loaded. */
const readers = { splitCodes, decodeTyping, repairTypos, swapNumerals };

describe('isSyllable', () => {
  it('accepts Vietnamese syllables with or without marks', () => {
    for (const word of [
      'thi',
      'đua',
      'khen',
      'thưởng',
      'nghiêng',
      'khuya',
      'huynh',
      'luật',
      'oanh',
    ])
      expect(isSyllable(word), word).toBe(true);
  });

  it('rejects Telex, VNI, codes, abbreviations and slips', () => {
    for (const word of [
      'chir',
      'thij',
      'ddooir',
      'noong',
      'thuowngr',
      'chi3',
      'ubnd',
      'nhunh',
      'chuyn',
    ])
      expect(isSyllable(word), word).toBe(false);
  });
});

describe('decodeTyping', () => {
  it.each([
    ['chir thij 34', 'chỉ thị 34'],
    ['ddooir mowis', 'đổi mới'],
    ['khen thuowngr', 'khen thưởng'],
    ['tham nhuxng', 'tham nhũng'],
    ['noong thoon mowis', 'nông thôn mới'],
    ['Chir thij', 'Chỉ thị'],
    ['nhwng', 'nhưng'],
    ['thuongw', 'thương'],
    ['chi3 thi5 34', 'chỉ thị 34'],
    ['tham nhu4ng', 'tham nhũng'],
    ['d9o6i3 mo71i', 'đổi mới'],
    ['khen thu7o73ng', 'khen thưởng'],
    ['nghi5 quye6t1 d9a5i ho65i', 'nghị quyết đại hội'],
  ])('reads “%s” as “%s”', (typed, vietnamese) => {
    expect(decodeTyping(typed, abbreviations)).toBe(vietnamese);
  });

  it.each([
    'chi thi 34',
    'thi đua',
    '34-CT/TW',
    'UBND tinh',
    'OCOP',
    'covid-19',
    'XIV',
    '2020-2025',
    'CT/TW',
    'TW',
  ])('leaves “%s” as typed', (typed) => {
    expect(decodeTyping(typed, abbreviations)).toBeUndefined();
  });
});

describe('placeTone', () => {
  it('puts the mark where the letter puts it (old style for open oa, oe, uy)', () => {
    expect(placeTone('khoa', '\u0301')).toBe('khóa');
    expect(placeTone('thuy', '\u0309')).toBe('thủy');
    expect(placeTone('hoan', '\u0300')).toBe('hoàn');
    expect(placeTone('thương', '\u0309')).toBe('thưởng');
    expect(placeTone('quyêt', '\u0301')).toBe('quyết');
    expect(placeTone('gia', '\u0309')).toBe('giả');
  });
});

describe('numerals', () => {
  it('converts 1–49 both ways', () => {
    expect(toRoman(14)).toBe('xiv');
    expect(toRoman(11)).toBe('xi');
    expect(fromRoman('XIV')).toBe(14);
    expect(fromRoman('xi')).toBe(11);
    expect(fromRoman('chi')).toBeUndefined();
    expect(fromRoman('')).toBeUndefined();
  });

  it('swaps a number only after khóa, đại hội, lần thứ', () => {
    expect(swapNumerals('đại hội 14')).toBe('đại hội XIV');
    expect(swapNumerals('khoa XI')).toBe('khoa 11');
    expect(swapNumerals('lần thứ XIV')).toBe('lần thứ 14');
    expect(swapNumerals('chi thi 34')).toBeUndefined();
    expect(swapNumerals('XIV')).toBeUndefined();
  });
});

describe('swapAbbreviations', () => {
  it('writes an abbreviation out and abbreviates its words', () => {
    expect(swapAbbreviations('UBND tỉnh', abbreviations)).toContain('ủy ban nhân dân tỉnh');
    expect(swapAbbreviations('uỷ ban nhân dân tỉnh', abbreviations)).toContain('UBND tỉnh');
    expect(swapAbbreviations('thi dua khen thuong', abbreviations)).toContain('TĐKT');
  });

  it('searches every meaning of an ambiguous abbreviation, and its code meaning inside a code', () => {
    const bct = swapAbbreviations('BCT', abbreviations);
    expect(bct).toEqual(expect.arrayContaining(['bộ chính trị', 'bộ công thương']));
    expect(swapAbbreviations('QĐ-BCT', abbreviations)).toContain('QĐ-BCT bộ công thương');
    expect(swapAbbreviations('QĐ-BCT', abbreviations)).not.toContain('QĐ-BCT bộ chính trị');
  });

  it('reads a lower-case syllable as a word, not an abbreviation', () => {
    expect(swapAbbreviations('tu', abbreviations)).toEqual([]);
    expect(swapAbbreviations('TU', abbreviations)).toContain('tỉnh ủy');
  });
});

describe('typos', () => {
  const known = new Set(abbreviations.map((a) => fold(a.short)));

  it('suggests spellings one slip away that read as Vietnamese', () => {
    expect(repairs('nhunh', known)).toContain('nhung');
    expect(repairs('chuyn', known)).toContain('chuyen');
    expect(repairs('covd', known)).toEqual(['cov']);
    expect(repairs('thi', known)).toEqual([]);
    expect(repairs('UBND', known)).toEqual([]);
  });

  it('repairs the first slip of a query', () => {
    expect(repairTypos('tham nhunh', abbreviations)).toContain('tham nhung');
    expect(repairTypos('chi thi 34', abbreviations)).toEqual([]);
  });
});

describe('planQuery', () => {
  it('searches what Telex spells first, then the letters as typed', () => {
    const plan = planQuery('chir thij 34', abbreviations, readers);
    expect(plan.decoded).toBe('chỉ thị 34');
    expect(plan.variants.slice(0, 2)).toEqual([
      { text: 'chỉ thị 34', weight: 1 },
      { text: 'chir thij 34', weight: 0.5 },
    ]);
  });

  it('searches only what was typed when asked to', () => {
    const plan = planQuery('chir thij 34', abbreviations, { exact: true, ...readers });
    expect(plan.decoded).toBeUndefined();
    expect(plan.variants[0]).toEqual({ text: 'chir thij 34', weight: 1 });
  });

  it('adds numerals and abbreviations, never the same words twice, at most five strings', () => {
    const plan = planQuery('NQ dai hoi 14', abbreviations, readers);
    const texts = plan.variants.map((v) => v.text);
    expect(texts).toEqual(
      expect.arrayContaining(['NQ dai hoi 14', 'NQ dai hoi XIV', 'nghị quyết dai hoi 14']),
    );
    expect(new Set(texts.map(fold)).size).toBe(texts.length);
    expect(plan.variants.length).toBeLessThanOrEqual(5);
  });
});

describe('mayBeMistyped', () => {
  it('finds the words Telex, VNI or a slip could read', () => {
    for (const query of [
      'chir thij 34',
      'chi3 thi5',
      'tham nhunh',
      'covd',
      'thw',
      'nhn',
      'đại hội 14',
      'khóa XI',
      'lần thứ v',
    ])
      expect(mayBeMistyped(query, abbreviations), query).toBe(true);
  });

  it('finds none in syllables, numbers, codes, abbreviations and the start of a word', () => {
    for (const query of [
      'chỉ thị 34',
      'chi thi 34',
      '34-CT/TW',
      'UBND tỉnh',
      'ng',
      'ch',
      'tr',
      'hội nghị 2023',
      '',
    ])
      expect(mayBeMistyped(query, abbreviations), query).toBe(false);
  });

  it('is false only where the readings it stands for read nothing', () => {
    const syllables = ['thi', 'đua', 'chỉ', 'nghị', 'quyết', 'tham', 'nhũng', 'khen', 'thưởng'];
    const others = ['34', '34-CT/TW', 'UBND', 'CV1954', 'QD100', 'ABC100', 'ch', 'ngh', 'chir'];
    const others2 = ['thij', 'nhunh', 'chi3', 'tru7o7ng', 'covd', 'thw', 'x', 'đ', 'TP.HCM'];
    const numbers = ['khóa', 'hội', 'XIV', 'xl', '14', '2023', 'V'];
    const words = [...syllables, ...others, ...others2, ...numbers];
    for (const a of words)
      for (const b of words) {
        const query = `${a} ${b}`;
        if (mayBeMistyped(splitCodes(query, abbreviations) ?? query, abbreviations)) continue;
        expect(planQuery(query, abbreviations, { splitCodes }), query).toEqual(
          planQuery(query, abbreviations, readers),
        );
      }
  });
});
