import { describe, expect, it } from 'vitest';
import { abbreviations } from '../../src/vietnamese/abbreviations.ts';
import { bestReading, confusedSpellings, stripQuestion } from '../../src/search/readings.ts';
import { splitCodes, tidyQuery } from '../../src/search/tidy-query.ts';

const SITE = new Set(
  'bao ve moi truong chuong trinh chong tham nhung phong giai quyet khieu nai lai tang gia san xuat ky cuong nong thon quy che'.split(
    ' ',
  ),
);

describe('stripQuestion', () => {
  it('drops question and filler words, with accents or without', () => {
    expect(stripQuestion('phong trào kéo dài đến bao giờ')).toBe('phong trào kéo dài đến');
    expect(stripQuestion('ai ký công văn')).toBe('ký công văn');
    expect(stripQuestion('co bao nhieu noi dung thi dua')).toBe('noi dung thi dua');
    expect(stripQuestion('chuyển đổi số như thế nào')).toBe('chuyển đổi số');
  });
  it('keeps a word that only looks like a question word without its accents', () => {
    // "đầu" is not "đâu": typed with accents, only the same word is dropped.
    expect(stripQuestion('thu hút đầu tư ở đâu')).toBe('thu hút đầu tư');
  });
  it('gives nothing when there is no question word, or nothing else', () => {
    expect(stripQuestion('chuyển đổi số')).toBeUndefined();
    expect(stripQuestion('bao giờ')).toBeUndefined();
  });
});

describe('tidyQuery', () => {
  it('removes stray punctuation and keeps codes and dates', () => {
    expect(tidyQuery('  «chỉ thị 47» ?! ')).toBe('chỉ thị 47');
    expect(tidyQuery('-- 47-CT/TW, ngày 07/4/2014.')).toBe('47-CT/TW ngày 07/4/2014');
    expect(tidyQuery('!!!')).toBe('');
  });
});

describe('splitCodes', () => {
  it('splits an abbreviation and a number typed together', () => {
    expect(splitCodes('CV1954', abbreviations)).toBe('CV 1954');
    expect(splitCodes('nq14', abbreviations)).toBe('nq 14');
    expect(splitCodes('34CT', abbreviations)).toBe('34 CT');
    expect(splitCodes('QĐ45 năm 2023', abbreviations)).toBe('QĐ 45 năm 2023');
  });
  it('leaves words, numbers and whole codes alone', () => {
    expect(splitCodes('chỉ thị 47', abbreviations)).toBeUndefined();
    expect(splitCodes('47-CT/TW', abbreviations)).toBeUndefined();
    expect(splitCodes('covid19', abbreviations)).toBeUndefined();
  });
});

describe('confusedSpellings', () => {
  it('respells initials, finals and i/y into words of the site, keeping the tone', () => {
    expect(confusedSpellings('trống', SITE)).toEqual(['chống']);
    expect(confusedSpellings('chường', SITE)).toEqual(['trường']);
    expect(confusedSpellings('dải', SITE)).toEqual(['giải']);
    expect(confusedSpellings('lại', SITE)).toEqual(['nại']);
    expect(confusedSpellings('suất', SITE)).toEqual(['xuất']);
    expect(confusedSpellings('kĩ', SITE)).toEqual(['kỹ']);
    expect(confusedSpellings('qui', SITE)).toEqual(['quy']);
    expect(confusedSpellings('lông', SITE)).toEqual(['nông']);
  });
  it('gives nothing the site does not use, and nothing for codes or numbers', () => {
    expect(confusedSpellings('xanh', SITE)).toEqual([]);
    expect(confusedSpellings('34', SITE)).toEqual([]);
    expect(confusedSpellings('ai', SITE)).toEqual([]);
  });
});

describe('bestReading', () => {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
  // Which pages hold which pairs: the typed "moi chuong" is on a page, but not with "ve moi".
  const site: Record<string, string[]> = {
    'giai quyet': ['a'],
    'quyet khieu': ['a'],
    'khieu nai': ['a'],
    'bao ve': ['b', 'c'],
    've moi': ['b', 'c'],
    'moi truong': ['b'],
    'moi chuong': ['d'],
  };
  const pages = async (a: string, b: string) => new Set(site[fold(`${a} ${b}`)] ?? []);
  const phrases = new Set(['giai quyet khieu nai', 'bao ve moi truong']);
  const phrase = async (words: readonly string[]) => phrases.has(fold(words.join(' ')));
  it('chooses the spellings whose words stand together on a page', async () => {
    const options = [['dai', 'giai'], ['quyet'], ['khieu'], ['lai', 'nai']];
    expect(await bestReading(options, pages, phrase, 12)).toEqual([
      'giai',
      'quyet',
      'khieu',
      'nai',
    ]);
    expect(
      await bestReading([['bao'], ['ve'], ['moi'], ['chuong', 'truong']], pages, phrase, 12),
    ).toEqual(['bao', 've', 'moi', 'truong']);
  });
  it('keeps the words as typed when no spelling brings a pair', async () => {
    expect(await bestReading([['bao'], ['ve'], ['lai', 'nai']], pages, phrase, 12)).toBeUndefined();
  });
  it('asks about no more pairs than its budget', async () => {
    let asked = 0;
    const counting = async (a: string, b: string) => (asked++, pages(a, b));
    await bestReading(
      [['dai', 'giai', 'rai'], ['quyet'], ['khieu'], ['lai', 'nai']],
      counting,
      phrase,
      3,
    );
    expect(asked).toBe(3);
  });
});
