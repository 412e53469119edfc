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
