import { describe, expect, it } from 'vitest';
import { escapeRegExp, slugify } from '../../src/documents/text.ts';

describe('slugify', () => {
  it('makes an ASCII slug', () => {
    expect(slugify('Chỉ thị số 34-CT/TW')).toBe('chi-thi-so-34-ct-tw');
    expect(slugify('Công văn yêu cầu gì theo văn bản này')).toBe(
      'cong-van-yeu-cau-gi-theo-van-ban-nay',
    );
    expect(slugify('Đảng bộ')).toBe('dang-bo');
  });

  it('collapses runs of other characters and trims the ends', () => {
    expect(slugify('  “Lưu ý” — (quan trọng)!  ')).toBe('luu-y-quan-trong');
    expect(slugify('Chỉ thị số 34-CT/TW'.normalize('NFD'))).toBe('chi-thi-so-34-ct-tw');
  });

  it('gives an empty string for text with no letters or digits', () => {
    expect(slugify('* * *')).toBe('');
  });
});

describe('escapeRegExp', () => {
  it('makes a literal pattern', () => {
    const literal = '34-CT/TW (khóa XI) [a+b]*?^$|{1}.\\';
    expect(new RegExp(`^${escapeRegExp(literal)}$`).test(literal)).toBe(true);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
});
