import type { APIRoute } from 'astro';
import { absoluteUrl, pathWithBase } from '../../site/paths.ts';
import { robotsTxt } from '../../site/robots.ts';
import { ARCHIVE_PATHS } from '../archive-routes.ts';

/** `/robots.txt` under the archive's base, as the campaign site writes its own. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    robotsTxt({
      base: pathWithBase('/'),
      sitemapUrl: absoluteUrl(ARCHIVE_PATHS.sitemapIndex, site),
    }),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
