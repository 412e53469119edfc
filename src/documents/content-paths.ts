// Where content lives and which route segments it may not claim: shared by the site (src/site/routes.ts
// re-exports these) and the importer, so `npm run import` refuses what the build refuses.

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

/** Route segments that content may not claim for a campaign document. */
export const RESERVED_ROUTES = [
  'noi-dung',
  'to-chuc-thuc-hien',
  'van-ban',
  'ky-niem',
  'tim-kiem',
  'pagefind',
  '_astro',
  'du-lieu',
  'van-ban-phong-trao',
  'tai-ve',
  'index',
  '404',
];
