import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Code tests and content checks (docs/testing.md). The code tests never read content/: unit (schemas,
// modules, the route data on mocked collections), site (the fixture site's builds and throwaway
// copies, read with an HTML parser), browser (the fixture site in headless Chromium), hosting (its
// two builds served by nginx with deploy/nginx.conf). The content checks (content) read content/ and
// the build of it that `npm test` makes first (dist/), with the campaign's own checks in
// content/tests/. The fixture site (test/support/fixture-site.ts) is built once per run, in the
// globalSetup of the projects that read it.
//
// Test files run two at a time at least, from every project at once: Vitest's default (one worker
// less than the cores) runs them one by one on a 2-core machine, and each file leaves a core idle
// while it waits (a build's I/O, nginx, Chromium's answers). Each file that starts a server asks
// for a free port, and writes its artefacts under a name of its own.
const FIXTURE_SITE = './test/support/fixture-site-setup.ts';

export default defineConfig({
  test: {
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: [FIXTURE_SITE],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: [FIXTURE_SITE],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'hosting',
          include: ['test/hosting/**/*.test.ts'],
          globalSetup: [FIXTURE_SITE],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'content',
          include: ['test/content/**/*.test.ts'],
          globalSetup: [FIXTURE_SITE],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
