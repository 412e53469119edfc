// Reads the archive at build time: archive.yaml, then for each campaign its open data, the version
// of Pagefind that indexed it and the words of its index. A campaign on the archive's own host is
// read from the portal's folder (ARCHIVE_WEB_ROOT: the folder that holds each site at its path, as
// nginx serves it) when one is given; otherwise, and for a campaign on another host, from its
// published address. Anything wrong stops the build, naming the file or address and the field.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { t } from '../i18n/index.ts';
import { ContentError, requireUnique } from '../documents/content-error.ts';
import { SITE_WORDS_FILE } from '../constants.ts';
import {
  archiveSchema,
  openDataSchema,
  parseOrThrow,
  type ArchiveInput,
} from './archive-schema.ts';
import type { CampaignSource } from './archive-model.ts';
import { ARCHIVE_RESERVED } from './archive-routes.ts';

/** The file of the archive's content, in ARCHIVE_DIR. */
export const ARCHIVE_FILE = 'archive.yaml';

/** Where the archive's build finds its content and the campaigns' files. */
export interface ArchiveSettings {
  /** The folder that holds archive.yaml. */
  dir: string;
  /** The archive's SITE_URL and BASE_PATH. */
  site: string;
  base: string;
  /** The folder that holds each site of the archive's host at its path; undefined: fetch. */
  webRoot?: string | undefined;
}

/** A campaign read for the archive: its open data, and its search index's version and words. */
export interface LoadedCampaign extends CampaignSource {
  /** Its built folder, when it was read from ARCHIVE_WEB_ROOT. */
  folder: string | undefined;
  /** The version of Pagefind that wrote its index (its `pagefind-entry.json`). */
  pagefindVersion: string;
  siteWords: string[];
}

/** The archive as read: its content and its campaigns, in archive.yaml's order. */
export interface LoadedArchive {
  archive: ArchiveInput;
  campaigns: LoadedCampaign[];
}

/** A campaign's folder in the portal's folder, when one is given and the campaign is on its host. */
function folderOf(home: URL, settings: ArchiveSettings): string | undefined {
  if (settings.webRoot === undefined || home.origin !== new URL(settings.site).origin)
    return undefined;
  return join(settings.webRoot, decodeURIComponent(home.pathname));
}

interface CampaignFile {
  where: string;
  text: string;
}

/** Reads one file of a campaign: from the portal's folder, or from its address. */
async function readCampaignFile(
  home: URL,
  path: string,
  settings: ArchiveSettings,
): Promise<CampaignFile> {
  const folder = folderOf(home, settings);
  if (folder !== undefined) {
    const where = join(folder, path);
    try {
      return { where, text: await readFile(where, 'utf8') };
    } catch {
      throw new Error(t('archive.error.missingFile', { file: where }));
    }
  }
  const where = new URL(path, home).href;
  let response: Response;
  try {
    response = await fetch(where, { signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new Error(t('archive.error.fetch', { url: where, error: String(error) }));
  }
  if (!response.ok)
    throw new Error(t('archive.error.fetch', { url: where, error: `HTTP ${response.status}` }));
  return { where, text: await response.text() };
}

/** The id a campaign takes in the archive: as listed, or the last segment of its path. */
function campaignId(url: URL, listed: string | undefined, origin: { file: string; field: string }) {
  if (listed !== undefined) return listed;
  const last = url.pathname.split('/').filter(Boolean).at(-1);
  if (last === undefined || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(last))
    throw new ContentError(origin, t('archive.error.noId', { url: url.href }));
  return last;
}

/** Reads and checks archive.yaml and every campaign it lists. */
export async function readArchive(settings: ArchiveSettings): Promise<LoadedArchive> {
  const file = join(settings.dir, ARCHIVE_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(t('archive.error.noArchive', { file }));
  }
  const archive = parseOrThrow(archiveSchema, parse(text), file);
  const archiveHome = new URL(settings.base, settings.site);
  const listed = archive.campaigns.map((entry, i) => {
    const url = new URL(entry.url);
    const origin = { file, field: `campaigns.${i}.url` };
    const id = campaignId(url, entry.id, { file, field: `campaigns.${i}.id` });
    // A campaign under the archive's own path may not take one of the archive's addresses.
    if (url.href.startsWith(archiveHome.href)) {
      const segment = url.href.slice(archiveHome.href.length).split('/')[0] ?? '';
      if (segment === '' || ARCHIVE_RESERVED.includes(segment))
        throw new ContentError(origin, t('archive.error.reserved', { segment: segment || '/' }));
    }
    return { url, id, index: i };
  });
  requireUnique(
    listed,
    (c) => c.id,
    (c) => ({ file, field: `campaigns.${c.index}.id` }),
  );
  requireUnique(
    listed,
    (c) => c.url.href,
    (c) => ({ file, field: `campaigns.${c.index}.url` }),
  );
  const campaigns = await Promise.all(
    listed.map(async ({ url, id, index }): Promise<LoadedCampaign> => {
      const origin = { file, field: `campaigns.${index}.url` };
      const read = (path: string) =>
        readCampaignFile(url, path, settings).catch((error: unknown) => {
          throw new ContentError(origin, error instanceof Error ? error.message : String(error));
        });
      // Read together, but the first missing file in this order is the one named, whichever
      // read fails first.
      const settled = await Promise.allSettled([
        read('du-lieu/van-ban.json'),
        read('pagefind/pagefind-entry.json'),
        read(`pagefind/${SITE_WORDS_FILE}`),
      ]);
      const failed = settled.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
      const [openData, entry, words] = settled.map(
        (r) => (r as PromiseFulfilledResult<CampaignFile>).value,
      ) as [CampaignFile, CampaignFile, CampaignFile];
      const data = parseOrThrow(openDataSchema, JSON.parse(openData.text), openData.where);
      if (data.site.url !== url.href)
        throw new ContentError(
          origin,
          t('archive.error.builtFor', { built: data.site.url, listed: url.href }),
        );
      return {
        id,
        data,
        folder: folderOf(url, settings),
        pagefindVersion: String((JSON.parse(entry.text) as { version?: string }).version),
        siteWords: words.text.split('\n').filter((w) => w !== ''),
      };
    }),
  );
  return { archive, campaigns };
}

/**
 * Throws, naming the campaign, unless the index of every campaign the search merges (all but those
 * in the archive's own index, `own`) was written by `version`, the Pagefind the archive ships.
 */
export function requireIndexVersion(
  campaigns: readonly Pick<LoadedCampaign, 'id' | 'pagefindVersion' | 'data'>[],
  version: string,
  file: string,
  own: ReadonlySet<string> = new Set(),
): void {
  for (const [i, campaign] of campaigns.entries())
    if (!own.has(campaign.id) && campaign.pagefindVersion !== version)
      throw new ContentError(
        { file, field: `campaigns.${i}.url` },
        t('archive.error.pagefindVersion', {
          url: campaign.data.site.url,
          built: campaign.pagefindVersion,
          version,
        }),
      );
}

/** The archive's settings from the environment of its build (docs/archive.md). */
export function settingsFromEnv(
  env: Record<string, string | undefined>,
  site: string,
  base: string,
): ArchiveSettings {
  return {
    dir: env['ARCHIVE_DIR'] || 'archive',
    site,
    base,
    webRoot: env['ARCHIVE_WEB_ROOT'] || undefined,
  };
}
