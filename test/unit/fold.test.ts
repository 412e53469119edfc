import { describe, expect, it } from 'vitest';
import { fold, foldKeepCase, identifierKey, identifierParts } from '../../src/vietnamese/fold.ts';

describe('foldKeepCase', () => {
  it('strips marks and folds đ/Đ, keeping case', () => {
    expect(foldKeepCase('Đảng bộ')).toBe('Dang bo');
    expect(foldKeepCase('đường hành lang biên giới')).toBe('duong hanh lang bien gioi');
    expect(foldKeepCase('CHỈ THỊ Số')).toBe('CHI THI So');
  });

  it('folds decomposed (NFD) input the same as composed', () => {
    const nfd = 'Đảng bộ tỉnh Lai Châu'.normalize('NFD');
    expect(nfd).not.toBe('Đảng bộ tỉnh Lai Châu');
    expect(foldKeepCase(nfd)).toBe('Dang bo tinh Lai Chau');
  });

  it('leaves ASCII and punctuation alone, and keeps the length of Vietnamese text', () => {
    expect(foldKeepCase('34-CT/TW (2014)')).toBe('34-CT/TW (2014)');
    const text = 'Sở Công Thương tỉnh Lai Châu phát động';
    expect(foldKeepCase(text)).toHaveLength(text.length);
  });
});

describe('fold', () => {
  it('is foldKeepCase in lower case: how Pagefind compares words', () => {
    expect(fold('Đổi Mới')).toBe('doi moi');
    expect(fold('ĐẢNG BỘ')).toBe('dang bo');
    expect(fold('khoá')).toBe(fold('khóa'));
    for (const text of ['Đảng bộ', 'CHỈ THỊ Số', 'Nghị quyết 30/2020/NĐ-CP'])
      expect(fold(text)).toBe(foldKeepCase(text).toLowerCase());
  });

  it('folds decomposed input, and a đ typed as d plus a combining stroke is not đ', () => {
    expect(fold('Đổi mới'.normalize('NFD'))).toBe('doi moi');
    expect(fold('d\u0335')).toBe('d');
  });
});

describe('identifierKey', () => {
  it('gives one key to every spelling of a số, ký hiệu', () => {
    for (const spelling of ['34-CT/TW', '34/CT-TW', '34 CT TW', '34.CT.TW', '34-ct/tw'])
      expect(identifierKey(spelling)).toBe('34cttw');
    expect(identifierKey('30/2020/NĐ-CP')).toBe('302020nđcp');
  });

  it('reads a decomposed identifier as the composed one', () => {
    expect(identifierKey('30/2020/NĐ-CP'.normalize('NFD'))).toBe(identifierKey('30/2020/NĐ-CP'));
  });

  it('is its parts joined', () => {
    expect(identifierParts('87/KH-SCT')).toEqual(['87', 'kh', 'sct']);
    expect(identifierParts('')).toEqual([]);
    expect(identifierKey('')).toBe('');
  });
});
