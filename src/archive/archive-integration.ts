// The archive's search index, written after its pages are built: its own pages (a page per
// campaign) and every page of the newest campaigns it finds in ARCHIVE_WEB_ROOT (archive-model.ts
// ownIndexCampaigns), each with its campaign as a filter, in one Pagefind index, as a campaign
// indexes its own (src/integrations/pagefind.ts). The older campaigns are searched in their own
// indexes, merged in the browser: each must have been written by the Pagefind the archive ships
// (the build stops naming the campaign otherwise), and their words join the archive's
// (SITE_WORDS_FILE), which the search page may respell a query into.
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE_WORDS_FILE } from '../constants.ts';
import { todayInVietnam } from '../documents/dates.ts';
import { t } from '../i18n/index.ts';
import { indexSite } from '../integrations/pagefind.ts';
import { ARCHIVE_FILE, readArchive, requireIndexVersion, settingsFromEnv } from './archive-data.ts';
import { archiveCampaigns, ownIndexCampaigns } from './archive-model.ts';
import { ARCHIVE_CAMPAIGN_PARAM } from './archive-routes.ts';

/** Sorted, without duplicates, one a line: the words of several lists. */
export function unionOfWords(lists: readonly (readonly string[])[]): string {
  return `${[...new Set(lists.flat().filter((w) => w !== ''))].sort().join('\n')}\n`;
}

/** A campaign's page as the archive indexes it: under the campaign's filter. */
export function withCampaignFilter(html: string, id: string): string {
  return html.replace(
    /<main\b[^>]*\bdata-pagefind-body\b[^>]*>/,
    (main) => `${main}<span hidden data-pagefind-filter="${ARCHIVE_CAMPAIGN_PARAM}:${id}"></span>`,
  );
}

/** Astro integration: the archive's search index and words (instead of pagefindIndex()). */
export function archiveSearchIndex(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'archive-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const bundle = join(outDir, 'pagefind');
        const settings = settingsFromEnv(process.env, site, base);
        const loaded = await readArchive(settings);
        const folders = new Map(loaded.campaigns.map((c) => [c.id, c.folder]));
        const own = ownIndexCampaigns(
          archiveCampaigns(loaded.campaigns, site, todayInVietnam()),
          loaded.archive,
          folders,
          base,
        );
        const { pages, chunkSize } = await indexSite(outDir, {
          sources: [
            { dir: outDir, prefix: '/' },
            ...own.map((campaign) => ({
              dir: folders.get(campaign.id)!,
              prefix: `/${relative(base, campaign.home)}/`,
              html: (html: string) => withCampaignFilter(html, campaign.id),
            })),
          ],
        });
        logger.info(t('search.build.indexed', { count: pages, chunkSize }));
        const ownIds = new Set(own.map((c) => c.id));
        const merged = loaded.campaigns.filter((c) => !ownIds.has(c.id));
        const version = (
          JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
            version: string;
          }
        ).version;
        requireIndexVersion(loaded.campaigns, version, join(settings.dir, ARCHIVE_FILE), ownIds);
        const file = join(bundle, SITE_WORDS_FILE);
        const words = (await readFile(file, 'utf8')).split('\n');
        await writeFile(file, unionOfWords([words, ...merged.map((c) => c.siteWords)]));
      },
    },
  };
}
