import { t } from '../i18n/index.ts';

/** Normalises a base path from the environment to the form `/`, or `/a/b/` with both slashes. */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Joins a site-relative path (`/van-ban/x/`, `van-ban/x/#a`) onto a base that ends in `/`. */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** Prefixes a site-relative path with the site's configured base (every internal link goes through here). */
export function pathWithBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Makes an absolute URL (for canonical links, Open Graph, sitemaps) from a site-relative path. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  const local = pathWithBase(path);
  return site === undefined ? local : new URL(local, site).href;
}

/** The origin Astro's dev server uses; the site's URL when SITE_URL is not set. */
export const DEFAULT_SITE = 'http://localhost:4321';

/** Checks SITE_URL (an http(s) origin, no path: the sub-path goes in BASE_PATH) and returns the origin. */
export function normalizeSite(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '') return DEFAULT_SITE;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(t('errors.siteUrl.invalid', { value }));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(t('errors.siteUrl.protocol', { value }));
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '') {
    throw new Error(t('errors.siteUrl.path', { value }));
  }
  return url.origin;
}
