import { join } from 'node:path';
import { inject } from 'vitest';
import { FIXTURE_CAMPAIGN } from './fixture-campaigns.ts';
import { copyProject, removeProject, runAstroBuild } from './project-copy.ts';

// The fixture site: a throwaway copy of the project whose content/ is the fixture campaign
// (test/fixtures/campaign/), built twice per test run by test/support/fixture-site-setup.ts (a Vitest
// globalSetup of the projects that read it): at the root into dist/, and for a portal sub-path into
// dist-subpath/. The code tests of the pages, the browser and the hosting read it; nothing of the real
// content/ is in it.

/** The portal address and sub-path of the fixture site's second build. */
export const FIXTURE_PORTAL = {
  site: 'https://portal.example.gov.vn',
  base: '/truong-hoc-xanh-2025/',
} as const;

export interface FixtureSite {
  /** The built copy of the project. */
  dir: string;
  /** Its dist/, built at the root with the placeholder address. */
  dist: string;
  /** Its dist-subpath/, built for FIXTURE_PORTAL. */
  distSubpath: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture site of this run, built by fixture-site-setup.ts. */
    fixtureSite: FixtureSite;
  }
}

/** Copies the project with the fixture campaign as its content/ and builds it twice. */
export async function makeFixtureSite(): Promise<FixtureSite> {
  const dir = copyProject('fixture-site-', { content: FIXTURE_CAMPAIGN });
  try {
    for (const [outDir, env] of [
      // The root build ignores the SITE_URL and BASE_PATH `npm test` may run with.
      ['dist', { SITE_URL: undefined, BASE_PATH: undefined }],
      ['dist-subpath', { SITE_URL: FIXTURE_PORTAL.site, BASE_PATH: FIXTURE_PORTAL.base }],
    ] as const) {
      const build = await runAstroBuild(dir, 280_000, env, ['--outDir', outDir]);
      if (build.code !== 0)
        throw new Error(
          `the fixture site did not build (${outDir}):\n${build.output.slice(-4000)}`,
        );
    }
    return { dir, dist: join(dir, 'dist'), distSubpath: join(dir, 'dist-subpath') };
  } catch (error) {
    removeProject(dir);
    throw error;
  }
}

/** The fixture site of this test run (the project must list fixture-site-setup.ts as a globalSetup). */
export function fixtureSite(): FixtureSite {
  const site = inject('fixtureSite');
  if (site === undefined)
    throw new Error('no fixture site: the project must list test/support/fixture-site-setup.ts');
  return site;
}
