import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeRegExp, slugify } from '../../src/documents/text.ts';

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

describe('decodeEntities', () => {
  it('decodes the names Pagefind and mammoth write, and every numeric reference', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&#39; &#x27;f&#X27;')).toBe(
      `a & b <c> "d" 'e' 'f'`,
    );
    expect(decodeEntities('x&nbsp;y')).toBe('x\u00a0y');
    expect(decodeEntities('&#273;i &#x110;')).toBe('đi Đ');
  });

  it('leaves an unknown name, a reference out of range and a bare ampersand as written', () => {
    expect(decodeEntities('&copy; &#x110000; &#12ab; R&D &amp')).toBe(
      '&copy; &#x110000; &#12ab; R&D &amp',
    );
  });

  it('decodes once: an escaped reference stays a reference', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });
});
