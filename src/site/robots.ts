/**
 * The robots.txt of the site: everything under the base may be crawled, and the sitemap index is given
 * as an absolute URL (crawlers read robots.txt only at a host's root: under a sub-path, the portal's
 * own robots.txt must carry the same `Sitemap:` line).
 */
export function robotsTxt(input: { base: string; sitemapUrl: string }): string {
  return ['User-agent: *', `Allow: ${input.base}`, '', `Sitemap: ${input.sitemapUrl}`, ''].join(
    '\n',
  );
}
