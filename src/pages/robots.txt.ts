import type { APIRoute } from 'astro';
import { absoluteUrl, pathWithBase } from '../site/paths.ts';
import { robotsTxt } from '../site/robots.ts';
import { SITEMAP_INDEX_PATH } from '../site/routes.ts';

/** `/robots.txt` under the base, pointing to the sitemap index at SITE_URL + BASE_PATH. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    robotsTxt({ base: pathWithBase('/'), sitemapUrl: absoluteUrl(SITEMAP_INDEX_PATH, site) }),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
