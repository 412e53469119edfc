import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { isPlaceholderSite, rootBaseWarning, siteForBuild } from '../../src/site/paths.ts';

// A build for the portal must not ship a placeholder address by accident: canonical links, the feed,
// the JSON index, the sitemap and robots.txt all carry SITE_URL.

describe('siteForBuild', () => {
  it.each([
    ['unset', {}],
    ['empty', { SITE_URL: '' }],
    ['local', { SITE_URL: 'http://localhost:4321' }],
    ['loopback', { SITE_URL: 'http://127.0.0.1:8080' }],
    ['an example name', { SITE_URL: 'https://portal.example.gov.vn' }],
    ['example.com', { SITE_URL: 'https://example.com' }],
    ['a .test name', { SITE_URL: 'https://x.test' }],
  ])('refuses to build for the portal with SITE_URL %s, naming the address', (_, env) => {
    expect(() => siteForBuild(env, true)).toThrow(/ALLOW_PLACEHOLDER_SITE=1/);
    const site = siteForBuild({ ...env, ALLOW_PLACEHOLDER_SITE: '1' }, true);
    expect(() => siteForBuild(env, true)).toThrow(t('errors.siteUrl.placeholder', { value: site }));
  });

  it('builds with a placeholder when ALLOW_PLACEHOLDER_SITE=1 says so, and only then', () => {
    expect(siteForBuild({ ALLOW_PLACEHOLDER_SITE: '1' }, true)).toBe('http://localhost:4321');
    expect(() => siteForBuild({ ALLOW_PLACEHOLDER_SITE: 'yes' }, true)).toThrow();
  });

  it('takes a real portal address as it is', () => {
    expect(siteForBuild({ SITE_URL: 'https://giao-duc.tinh-mau.gov.vn/' }, true)).toBe(
      'https://giao-duc.tinh-mau.gov.vn',
    );
  });

  it('leaves dev, check and preview alone', () => {
    expect(siteForBuild({}, false)).toBe('http://localhost:4321');
  });

  it('tells a placeholder host from a real one', () => {
    expect(isPlaceholderSite('https://sub.example')).toBe(true);
    expect(isPlaceholderSite('https://app.localhost')).toBe(true);
    expect(isPlaceholderSite('https://tinh-mau.gov.vn')).toBe(false);
    expect(isPlaceholderSite('https://examples.gov.vn')).toBe(false);
  });
});

describe('astro.config.mjs', () => {
  it('refuses a portal build with no SITE_URL before it reads anything, naming the address', async () => {
    const { argv } = process;
    const saved = {
      SITE_URL: process.env['SITE_URL'],
      ALLOW: process.env['ALLOW_PLACEHOLDER_SITE'],
    };
    process.argv = [...argv, 'build'];
    delete process.env['SITE_URL'];
    delete process.env['ALLOW_PLACEHOLDER_SITE'];
    try {
      await expect(import('../../astro.config.mjs')).rejects.toThrow(
        t('errors.siteUrl.placeholder', { value: 'http://localhost:4321' }),
      );
    } finally {
      process.argv = argv;
      if (saved.SITE_URL !== undefined) process.env['SITE_URL'] = saved.SITE_URL;
      if (saved.ALLOW !== undefined) process.env['ALLOW_PLACEHOLDER_SITE'] = saved.ALLOW;
    }
  });
});

describe('rootBaseWarning', () => {
  const portal = 'https://giao-duc.tinh-mau.gov.vn';

  it('warns a real portal build without BASE_PATH of what it claims: the portal root', () => {
    const warning = rootBaseWarning({ SITE_URL: portal }, true);
    expect(warning).toBe(t('errors.basePath.root', { site: portal }));
    for (const claim of [
      'canonical',
      'robots.txt',
      'sitemap',
      'RSS',
      'JSON',
      'BASE_PATH=/thi-dua-2023/',
    ])
      expect(warning).toContain(claim);
    expect(rootBaseWarning({ SITE_URL: portal, BASE_PATH: ' ' }, true)).toBe(warning);
  });

  it('stays quiet with a sub-path, an explicit root, a placeholder address or another command', () => {
    expect(
      rootBaseWarning({ SITE_URL: portal, BASE_PATH: '/thi-dua-2023/' }, true),
    ).toBeUndefined();
    expect(rootBaseWarning({ SITE_URL: portal, BASE_PATH: '/' }, true)).toBeUndefined();
    expect(rootBaseWarning({ ALLOW_PLACEHOLDER_SITE: '1' }, true)).toBeUndefined();
    expect(rootBaseWarning({ SITE_URL: portal }, false)).toBeUndefined();
  });
});
