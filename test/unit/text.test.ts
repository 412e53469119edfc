import { describe, expect, it } from 'vitest';
import { escapeRegExp, foldVietnamese, slugify } from '../../src/documents/text.ts';

describe('foldVietnamese', () => {
  it('strips marks and folds đ/Đ, keeping case', () => {
    expect(foldVietnamese('Đảng bộ')).toBe('Dang bo');
    expect(foldVietnamese('đường hành lang biên giới')).toBe('duong hanh lang bien gioi');
    expect(foldVietnamese('CHỈ THỊ Số')).toBe('CHI THI So');
  });

  it('folds decomposed (NFD) input the same as composed', () => {
    const nfd = 'Đảng bộ tỉnh Sơn Hà'.normalize('NFD');
    expect(nfd).not.toBe('Đảng bộ tỉnh Sơn Hà');
    expect(foldVietnamese(nfd)).toBe('Dang bo tinh Son Ha');
  });

  it('leaves ASCII and punctuation alone', () => {
    expect(foldVietnamese('47-CT/TW (2014)')).toBe('47-CT/TW (2014)');
  });
});

describe('slugify', () => {
  it('makes an ASCII slug', () => {
    expect(slugify('Chỉ thị số 47-CT/TW')).toBe('chi-thi-so-47-ct-tw');
    expect(slugify('Công văn yêu cầu gì theo văn bản này')).toBe(
      'cong-van-yeu-cau-gi-theo-van-ban-nay',
    );
    expect(slugify('Đảng bộ')).toBe('dang-bo');
  });

  it('collapses runs of other characters and trims the ends', () => {
    expect(slugify('  “Lưu ý” — (quan trọng)!  ')).toBe('luu-y-quan-trong');
    expect(slugify('Chỉ thị số 47-CT/TW'.normalize('NFD'))).toBe('chi-thi-so-47-ct-tw');
  });

  it('gives an empty string for text with no letters or digits', () => {
    expect(slugify('* * *')).toBe('');
  });
});

describe('escapeRegExp', () => {
  it('makes a literal pattern', () => {
    const literal = '47-CT/TW (khóa XI) [a+b]*?^$|{1}.\\';
    expect(new RegExp(`^${escapeRegExp(literal)}$`).test(literal)).toBe(true);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
});
