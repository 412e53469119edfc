import { describe, expect, it } from 'vitest';
import { joinBase, normalizeBase } from '../../src/lib/paths';

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['   ', '/'],
    ['/', '/'],
    ['//', '/'],
    ['thi-dua-2023', '/thi-dua-2023/'],
    ['/thi-dua-2023', '/thi-dua-2023/'],
    ['thi-dua-2023/', '/thi-dua-2023/'],
    ['/thi-dua-2023/', '/thi-dua-2023/'],
    [' /thi-dua-2023/ ', '/thi-dua-2023/'],
    ['//a//', '/a/'],
    ['/so-cong-thuong/thi-dua/', '/so-cong-thuong/thi-dua/'],
  ])('normalises %j to %j', (raw, expected) => {
    expect(normalizeBase(raw)).toBe(expected);
  });
});

describe('joinBase', () => {
  it('joins onto the root', () => {
    expect(joinBase('/', '/van-ban/chi-thi-34-ct-tw/')).toBe('/van-ban/chi-thi-34-ct-tw/');
    expect(joinBase('/', '/')).toBe('/');
  });

  it('joins onto a sub-path without doubling the slash', () => {
    expect(joinBase('/thi-dua-2023/', '/van-ban/x/')).toBe('/thi-dua-2023/van-ban/x/');
    expect(joinBase('/thi-dua-2023/', 'van-ban/x/#muc-1')).toBe('/thi-dua-2023/van-ban/x/#muc-1');
    expect(joinBase('/thi-dua-2023/', '//van-ban/')).toBe('/thi-dua-2023/van-ban/');
    expect(joinBase('/thi-dua-2023/', '/')).toBe('/thi-dua-2023/');
  });

  it('adds the slash a base without one lacks', () => {
    expect(joinBase('/thi-dua-2023', '/van-ban/')).toBe('/thi-dua-2023/van-ban/');
  });

  it('keeps a query and a fragment', () => {
    expect(joinBase('/a/', '/tim-kiem/?q=chi%20thi#ket-qua')).toBe(
      '/a/tim-kiem/?q=chi%20thi#ket-qua',
    );
  });
});
