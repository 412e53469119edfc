// @ts-check
// The archive of a department's campaigns (docs/archive.md): a second site from this codebase, whose
// content is a list of campaigns (ARCHIVE_DIR/archive.yaml) and whose pages, in src/archive/, list
// and search them all. Each campaign stays a build of its own (astro.config.mjs).
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { archiveSearchIndex } from './src/archive/archive-integration.ts';
import { normalizeBase, siteForBuild } from './src/site/paths.ts';

// As a campaign's: where the portal hosts the archive. A campaign on the same host is linked by
// its path, so the archive works wherever that host is served.
const site = siteForBuild(process.env, process.argv.slice(2).includes('build'));
const base = normalizeBase(process.env.BASE_PATH);

export default defineConfig({
  site,
  base,
  srcDir: './src/archive',
  outDir: './dist-archive',
  // Its own cache, so that building the archive never touches the campaign site's content store.
  cacheDir: './node_modules/.astro-archive',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [sitemap(), archiveSearchIndex()],
  vite: { build: { assetsInlineLimit: 0 } },
});
