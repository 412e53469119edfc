import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  DEFAULT_SITE,
  joinBase,
  normalizeBase,
  normalizeSite,
} from '../../src/site/paths.ts';
import { robotsTxt } from '../../src/site/robots.ts';

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
    ['/so-giao-duc/thi-dua/', '/so-giao-duc/thi-dua/'],
  ])('normalises %j to %j', (raw, expected) => {
    expect(normalizeBase(raw)).toBe(expected);
  });
});

describe('joinBase', () => {
  it('joins onto the root', () => {
    expect(joinBase('/', '/van-ban/chi-thi-47-ct-tw/')).toBe('/van-ban/chi-thi-47-ct-tw/');
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

describe('normalizeSite', () => {
  it('defaults to the dev server and keeps only the origin', () => {
    expect(normalizeSite(undefined)).toBe(DEFAULT_SITE);
    expect(normalizeSite(' ')).toBe(DEFAULT_SITE);
    expect(normalizeSite('https://portal.example.gov.vn/')).toBe('https://portal.example.gov.vn');
    expect(normalizeSite('https://Portal.Example.gov.vn:8443')).toBe(
      'https://portal.example.gov.vn:8443',
    );
  });

  it('refuses a path (it belongs in BASE_PATH), another scheme, or a non-URL', () => {
    expect(() => normalizeSite('https://portal.example.gov.vn/thi-dua-2023/')).toThrow(/BASE_PATH/);
    expect(() => normalizeSite('ftp://portal.example.gov.vn')).toThrow(/https:\/\//);
    expect(() => normalizeSite('portal.example.gov.vn')).toThrow(/không phải địa chỉ hợp lệ/);
  });
});

describe('absoluteUrl', () => {
  it('puts the site origin in front of the base-prefixed path (base is / under Vitest)', () => {
    expect(absoluteUrl('/cong-van/', 'https://portal.example.gov.vn')).toBe(
      'https://portal.example.gov.vn/cong-van/',
    );
    expect(absoluteUrl('/cong-van/', undefined)).toBe('/cong-van/');
  });
});

describe('robotsTxt', () => {
  it('allows the base and gives the absolute sitemap index', () => {
    expect(
      robotsTxt({
        base: '/thi-dua-2023/',
        sitemapUrl: 'https://portal.example.gov.vn/thi-dua-2023/sitemap-index.xml',
      }),
    ).toBe(
      'User-agent: *\nAllow: /thi-dua-2023/\n\nSitemap: https://portal.example.gov.vn/thi-dua-2023/sitemap-index.xml\n',
    );
  });
});
