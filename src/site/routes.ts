import { CONTENT_DIRS } from '../content-disk/content-paths.ts';

/** Site-relative path of the overview page. */
export const HOME_PATH = '/';
/** Site-relative path of the focus-area index. */
export const FOCUS_AREAS_PATH = '/noi-dung/';
/** Site-relative path of the implementation guidance. */
export const GUIDANCE_PATH = '/to-chuc-thuc-hien/';
/** Site-relative path of the cited-document index. */
export const DOCUMENTS_PATH = '/van-ban/';
/** Site-relative path of the anniversaries timeline. */
export const ANNIVERSARIES_PATH = '/ky-niem/';
/** Site-relative path of the search page. */
export const SEARCH_PATH = '/tim-kiem/';
/** Site-relative path of the list of the campaign's own documents, in date order. */
export const CAMPAIGN_DOCUMENTS_PATH = '/van-ban-phong-trao/';
/** Site-relative path of the feed of the campaign's documents. */
export const FEED_PATH = '/rss.xml';
/** Site-relative folder of the campaign documents' Word copies. */
export const DOWNLOADS_PATH = '/tai-ve/';
/** Site-relative path of the sitemap index that @astrojs/sitemap writes. */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

/** Site-relative path of a campaign document (the launch letter is `cong-van`). */
export function letterPath(route: string): string {
  return `/${route}/`;
}

/** Site-relative path of a campaign document's Word copy: `/tai-ve/cong-van.docx`. */
export function docxPath(route: string): string {
  return `${DOWNLOADS_PATH}${route}.docx`;
}

/** Site-relative path of the Word copy of a cited document whose text the site publishes. */
export function citedDocxPath(id: string): string {
  return `${documentPath(id).replace(/\/$/, '')}.docx`;
}

/** Site-relative path of a focus area's page. */
export function focusAreaPath(id: string): string {
  return `${FOCUS_AREAS_PATH}${id}/`;
}

/** Site-relative path of a guidance item (an anchor on the guidance page). */
export function guidancePath(id: string): string {
  return `${GUIDANCE_PATH}#${id}`;
}

/** Site-relative path of a cited document's page. */
export function documentPath(id: string): string {
  return `${DOCUMENTS_PATH}${id}/`;
}

/**
 * The id of the content file at `path` when it lives in the folder `dir` (at any depth, under any
 * project folder): `…/content/documents/chi-thi-34-ct-tw.mdx` → `chi-thi-34-ct-tw`.
 */
export function entryIdIn(dir: string, path: string): string | undefined {
  const normalized = `/${path.replace(/\\/g, '/')}`;
  const at = normalized.lastIndexOf(`/${dir}/`);
  if (at === -1) return undefined;
  return /([^/]+)\.mdx?$/.exec(normalized.slice(at + dir.length + 2))?.[1];
}

/**
 * The prefix of the block ids of a content file: guidance items share one page, so their ids carry
 * the item's id (`van-phong-so-muc-5`); other files have none.
 */
export function blockIdPrefix(path: string): string {
  const id = entryIdIn(CONTENT_DIRS.guidance, path);
  return id === undefined ? '' : `${id}-`;
}
