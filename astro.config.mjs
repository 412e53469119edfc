// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { plainDynamicImports } from './src/integrations/plain-dynamic-imports.ts';
import { loadCitationTargets } from './src/content-disk/citation-targets.ts';
import { loadCampaignCitationTargets } from './src/content-disk/campaign-citation-targets.ts';
import { rehypeAnchorsCitations } from './src/integrations/rehype-anchors-citations.ts';
import { joinBase, normalizeBase, rootBaseWarning, siteForBuild } from './src/site/paths.ts';
import { CONTENT_DIRS } from './src/content-disk/content-paths.ts';
import { blockIdPrefix, documentPath, letterPath } from './src/site/routes.ts';

// Where the portal hosts the site: SITE_URL is its origin, BASE_PATH the sub-path (default: the root).
// Canonical URLs, Open Graph, the sitemap, robots.txt and the open data index are built from both.
// `astro build` stops on a placeholder or local SITE_URL (or none) unless ALLOW_PLACEHOLDER_SITE=1,
// and warns when a real SITE_URL comes without BASE_PATH (docs/deploying.md).
const building = process.argv.slice(2).includes('build');
const site = siteForBuild(process.env, building);
const base = normalizeBase(process.env.BASE_PATH);
// A real portal's build without BASE_PATH says what it claims (the portal's root), last, where the
// person who built it looks.
const rootWarning = rootBaseWarning(process.env, building);
/** @type {import('astro').AstroIntegration[]} */
const warnings =
  rootWarning === undefined
    ? []
    : [
        {
          name: 'root-base-warning',
          hooks: { 'astro:build:done': ({ logger }) => logger.warn(rootWarning) },
        },
      ];

const citationTargets = loadCitationTargets(CONTENT_DIRS.documents);
// The campaign's own documents cite each other too (a Quyết định naming "Kế hoạch số 87/KH-SCT").
const campaignTargets = loadCampaignCitationTargets(CONTENT_DIRS.letters);
/** @param {string} id */
const citedPath = (id) => {
  const route = campaignTargets.routes.get(id);
  return route === undefined ? documentPath(id) : letterPath(route);
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The portal's CSP allows no inline style or script: stylesheets and scripts are always files.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      smartypants: false,
      rehypePlugins: [
        [
          rehypeAnchorsCitations,
          {
            targets: [...citationTargets, ...campaignTargets.targets],
            hrefFor: (/** @type {string} */ id) => joinBase(base, citedPath(id)),
            printUrlFor: (/** @type {string} */ id) =>
              new URL(joinBase(base, citedPath(id)), site).href,
            idPrefixFor: blockIdPrefix,
          },
        ],
      ],
    }),
  },
  integrations: [mdx(), sitemap(), pagefindIndex(), ...warnings],
  vite: {
    plugins: [plainDynamicImports()],
    build: {
      // Never inline a script or asset into the HTML: the portal's CSP allows only 'self'.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's own MDX modules carry a "use astro:head-inject" directive the bundler cannot keep;
        // the warning is about Astro internals, not this site, and buried real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
