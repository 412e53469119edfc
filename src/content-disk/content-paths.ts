// Where content lives, which route segments it may not claim and where a campaign document's page is:
// shared by the site, the build and the importer, so `npm run import` refuses what the build refuses
// and names the pages the build makes (src/site/routes.ts re-exports letterPath).

/** Where each collection's content files live, relative to the project (src/content.config.ts). */
export const CONTENT_DIRS = {
  letters: 'content/letter',
  focusAreas: 'content/focus-areas',
  guidance: 'content/guidance',
  documents: 'content/documents',
} as const;

/** The content files that hold one collection each, relative to the project. */
export const CONTENT_FILES = {
  campaign: 'content/campaign.yaml',
  anniversaries: 'content/anniversaries.yaml',
} as const;

/** Where a campaign keeps its own checks, relative to the project (docs/testing.md). */
export const CHECKS_DIR = 'content/tests';
/** The checks as data (test/support/content-checks.ts reads them). */
export const CHECKS_FILE = `${CHECKS_DIR}/checks.yaml`;
/** The search relevance set, when the campaign has one. */
export const RELEVANCE_FILE = `${CHECKS_DIR}/search-relevance.json`;

/**
 * The route segments the site's own pages take: every folder of src/pages/ and every page there
 * that is served at `/<name>/` (test/unit/content-paths.test.ts holds this list to the folder).
 */
export const PAGE_ROUTES = [
  'du-lieu',
  'ky-niem',
  'noi-dung',
  'tai-ve',
  'tim-kiem',
  'to-chuc-thuc-hien',
  'van-ban',
  'van-ban-phong-trao',
];

/** The folders the build writes beside the pages: Pagefind's index and Astro's assets. */
export const BUILD_ROUTES = ['pagefind', '_astro'];

/** Route segments that content may not claim for a campaign document. */
export const RESERVED_ROUTES: readonly string[] = [...PAGE_ROUTES, ...BUILD_ROUTES];

/** Site-relative path of a campaign document: `/ke-hoach/` for the route `ke-hoach`. */
export function letterPath(route: string): string {
  return `/${route}/`;
}
