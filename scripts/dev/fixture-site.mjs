// @ts-check
// How the fixture site is built: a copy of the project whose content/ is the fixture campaign
// (test/fixtures/campaign/), built at the root into dist/ and for a portal sub-path into
// dist-subpath/. The code tests of the pages, the browser and the hosting read it: a test run builds
// one (test/support/fixture-site-setup.ts), unless it is lent one that is already built through
// FIXTURE_SITE_DIR, as `npm run test:swap` lends its fixture copy to the tests it runs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild } from './archive-builds.mjs';
import { PROJECT_DIR } from './project-copy.mjs';

/** The fixture campaign: a whole content/ folder of a fictional campaign (test/fixtures/campaign/). */
export const FIXTURE_CAMPAIGN = join(PROJECT_DIR, 'test', 'fixtures', 'campaign');

/** The portal address and sub-path of the fixture site's second build. */
export const FIXTURE_PORTAL = {
  site: 'https://portal.example.gov.vn',
  base: '/truong-hoc-xanh-2025/',
};

/** The environment variable naming a fixture site already built, for a test run to use. */
export const FIXTURE_SITE_ENV = 'FIXTURE_SITE_DIR';

/**
 * @typedef {object} FixtureSiteBuilds
 * @property {string} dir the built copy of the project
 * @property {string} dist its dist/, built at the root with the placeholder address
 * @property {string} distSubpath its dist-subpath/, built for FIXTURE_PORTAL
 */

/**
 * Where a copy's two builds are.
 * @param {string} dir
 * @returns {FixtureSiteBuilds}
 */
export function fixtureSiteIn(dir) {
  return { dir, dist: join(dir, 'dist'), distSubpath: join(dir, 'dist-subpath') };
}

/**
 * Builds a copy whose content/ is the fixture campaign twice; rejects with the end of a failing
 * build's output.
 * @param {string} dir
 * @returns {Promise<FixtureSiteBuilds>}
 */
export async function buildFixtureSite(dir) {
  /** @type {[string, Record<string, string | undefined>][]} */
  const builds = [
    // The root build ignores the SITE_URL and BASE_PATH the tests may run with.
    ['dist', { SITE_URL: undefined, BASE_PATH: undefined }],
    ['dist-subpath', { SITE_URL: FIXTURE_PORTAL.site, BASE_PATH: FIXTURE_PORTAL.base }],
  ];
  for (const [outDir, env] of builds) {
    await astroBuild(dir, ['--outDir', outDir], env, 280_000).catch(
      (/** @type {Error} */ error) => {
        throw new Error(`the fixture site did not build (${outDir}): ${error.message}`);
      },
    );
  }
  return fixtureSiteIn(dir);
}

/**
 * The fixture site lent through FIXTURE_SITE_DIR, or undefined when none is; throws when the folder
 * named holds not both builds.
 * @returns {FixtureSiteBuilds | undefined}
 */
export function lentFixtureSite() {
  const dir = process.env[FIXTURE_SITE_ENV];
  if (dir === undefined || dir === '') return undefined;
  const site = fixtureSiteIn(dir);
  for (const build of [site.dist, site.distSubpath])
    if (!existsSync(join(build, 'index.html')))
      throw new Error(`${FIXTURE_SITE_ENV}=${dir}: ${build} has no built site`);
  return site;
}
