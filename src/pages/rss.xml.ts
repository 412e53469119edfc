import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feed } from '../site/pages/feed.ts';

// The feed of the campaign's documents (RSS 2.0), newest first, so a portal or a reader app picks up a
// new document; each item links to the page and encloses the Word copy (src/site/pages/feed.ts).

export const GET: APIRoute = async ({ site }) => {
  const { selfUrl, ...channel } = await feed(site);
  return rss({
    ...channel,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>vi</language><atom:link href="${selfUrl}" rel="self" type="application/rss+xml"/>`,
  });
};
