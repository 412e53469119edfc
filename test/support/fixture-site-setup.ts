import type { TestProject } from 'vitest/node';
import { lentFixtureSite } from '../../scripts/dev/fixture-site.mjs';
import { makeFixtureSite, type FixtureSite } from './fixture-site.ts';
import { removeProject } from './project-copy.ts';

// A Vitest globalSetup of the projects that read the fixture site (test/support/fixture-site.ts): the
// first project to start builds it, the others get the same one (the setups run in one process), and
// it is removed when the last of them finishes. A run of other projects only builds nothing. A run
// lent a fixture site already built (FIXTURE_SITE_DIR, as `npm run test:swap` lends its fixture copy)
// uses it, and leaves it to its owner.

const shared = globalThis as typeof globalThis & {
  fixtureSiteSetup?: { site: Promise<FixtureSite>; projects: number };
};

export default async function setup(project: TestProject): Promise<() => void> {
  const lent = lentFixtureSite();
  if (lent !== undefined) {
    project.provide('fixtureSite', lent);
    return () => {};
  }
  shared.fixtureSiteSetup ??= { site: makeFixtureSite(), projects: 0 };
  const state = shared.fixtureSiteSetup;
  state.projects += 1;
  project.provide('fixtureSite', await state.site);
  return () => {
    state.projects -= 1;
    if (state.projects > 0) return;
    void state.site.then((site) => removeProject(site.dir));
    delete shared.fixtureSiteSetup;
  };
}
