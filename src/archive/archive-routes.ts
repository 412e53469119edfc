// The archive's own addresses, site-relative (pathWithBase adds its BASE_PATH). A campaign that
// lives under the archive's path must not take one of their first segments (archive-data.ts).
import type { FacetId } from './archive-model.ts';

/** The segment of each facet's pages under the list of documents. */
const FACET_SEGMENTS: Record<Exclude<FacetId, 'campaign'>, string> = {
  type: 'loai',
  issuer: 'co-quan',
  year: 'nam',
};

export const ARCHIVE_PATHS = {
  home: '/',
  documents: '/van-ban/',
  cited: '/van-ban-duoc-vien-dan/',
  search: '/tim-kiem/',
  sitemapIndex: '/sitemap-index.xml',
  /** A campaign's page in the archive: what it is and its documents. */
  campaign: (id: string) => `/phong-trao/${id}/`,
  /** The documents of one value of a facet (a campaign's are on its page). */
  facet: (facet: FacetId, slug: string) =>
    facet === 'campaign'
      ? ARCHIVE_PATHS.campaign(slug)
      : `/van-ban/${FACET_SEGMENTS[facet]}/${slug}/`,
} as const;

/**
 * The archive search's campaign filter: its URL parameter, and the Pagefind filter every page of a
 * campaign carries in the archive's search (the campaign's id).
 */
export const ARCHIVE_CAMPAIGN_PARAM = 'phong-trao';

/** The first segments of the archive's own addresses and files. */
export const ARCHIVE_RESERVED = [
  'van-ban',
  'van-ban-duoc-vien-dan',
  'phong-trao',
  'tim-kiem',
  'pagefind',
  '_astro',
  '404.html',
  'robots.txt',
  'favicon.svg',
  'sitemap-index.xml',
  'sitemap-0.xml',
];
