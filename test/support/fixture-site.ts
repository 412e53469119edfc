import { inject } from 'vitest';
import {
  buildFixtureSite,
  FIXTURE_PORTAL,
  type FixtureSiteBuilds,
} from '../../scripts/dev/fixture-site.mjs';
import { FIXTURE_CAMPAIGN } from './fixture-campaigns.ts';
import { copyProject, removeProject } from './project-copy.ts';

// The fixture site: a throwaway copy of the project whose content/ is the fixture campaign
// (test/fixtures/campaign/), built twice per test run by test/support/fixture-site-setup.ts (a Vitest
// globalSetup of the projects that read it) as scripts/dev/fixture-site.mjs builds it: at the root into
// dist/, and for a portal sub-path into dist-subpath/. The code tests of the pages, the browser and the
// hosting read it; nothing of the real content/ is in it.

export { FIXTURE_PORTAL };

/** The built copy of the project (dir), its dist/ and its dist-subpath/. */
export type FixtureSite = FixtureSiteBuilds;

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
    return await buildFixtureSite(dir);
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
