// The archive's build step after Pagefind has indexed the archive's own pages. Its search merges
// the campaigns' indexes into its own, so each must have been written by the Pagefind version the
// archive ships (the build stops naming the campaign otherwise); and the words the search page may
// respell a query into (SITE_WORDS_FILE) become those of every campaign, besides the archive's own.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE_WORDS_FILE } from '../constants.ts';
import { ARCHIVE_FILE, readArchive, requireIndexVersion, settingsFromEnv } from './archive-data.ts';

/** Sorted, without duplicates, one a line: the words of several lists. */
export function unionOfWords(lists: readonly (readonly string[])[]): string {
  return `${[...new Set(lists.flat().filter((w) => w !== ''))].sort().join('\n')}\n`;
}

/** Astro integration: writes the campaigns' words beside the archive's index (after pagefindIndex). */
export function archiveSiteWords(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'archive-site-words',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const bundle = join(fileURLToPath(dir), 'pagefind');
        const file = join(bundle, SITE_WORDS_FILE);
        const settings = settingsFromEnv(process.env, site, base);
        const { campaigns } = await readArchive(settings);
        const version = (
          JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
            version: string;
          }
        ).version;
        requireIndexVersion(campaigns, version, join(settings.dir, ARCHIVE_FILE));
        const own = (await readFile(file, 'utf8')).split('\n');
        await writeFile(file, unionOfWords([own, ...campaigns.map((c) => c.siteWords)]));
      },
    },
  };
}
