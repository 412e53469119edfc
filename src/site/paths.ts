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

/** The environment variable that lets a build for testing or preview keep a placeholder address. */
export const ALLOW_PLACEHOLDER_SITE = 'ALLOW_PLACEHOLDER_SITE';

/**
 * Whether an origin is no real portal's: a local host, or a name reserved for examples and tests
 * (RFC 2606, RFC 6761: example, example.com/.net/.org, .test, .invalid, .localhost).
 */
export function isPlaceholderSite(origin: string): boolean {
  const host = new URL(origin).hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (/^127\./.test(host) || host === '[::1]' || host === '0.0.0.0') return true;
  const labels = host.split('.');
  if (labels.includes('example')) return true;
  return ['test', 'invalid', 'local'].includes(labels.at(-1) ?? '');
}

/**
 * The origin a build writes into canonical links, the feed, the JSON index, the sitemap and
 * robots.txt. A build for the portal (`astro build`) refuses a placeholder or local address, or none,
 * unless ALLOW_PLACEHOLDER_SITE=1 says it is meant for a test or a preview; other commands (dev,
 * check, preview) take SITE_URL as {@link normalizeSite} does.
 */
export function siteForBuild(env: Record<string, string | undefined>, building: boolean): string {
  const site = normalizeSite(env['SITE_URL']);
  if (building && env[ALLOW_PLACEHOLDER_SITE] !== '1' && isPlaceholderSite(site))
    throw new Error(t('errors.siteUrl.placeholder', { value: site }));
  return site;
}

/**
 * The warning a build for a real portal prints when BASE_PATH is not set: the site then lives at the
 * root of SITE_URL, and its canonical URLs, robots.txt, sitemap, feed and JSON index claim the
 * portal's home. Undefined for other commands, a placeholder address, or a BASE_PATH given (even
 * "/", which says the root is meant).
 */
export function rootBaseWarning(
  env: Record<string, string | undefined>,
  building: boolean,
): string | undefined {
  if (!building || (env['BASE_PATH'] ?? '').trim() !== '') return undefined;
  const site = normalizeSite(env['SITE_URL']);
  return isPlaceholderSite(site) ? undefined : t('errors.basePath.root', { site });
}

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
