import { defineConfig } from 'vitest/config';

// Four layers: unit (schemas and pure helpers), site (the built dist/ read with an HTML parser),
// browser (headless Chromium against dist/ served on loopback), hosting (dist/ and the sub-path build
// dist-subpath/ served by nginx with deploy/nginx.conf, crawled in Chromium). `npm test` builds first.
// The fixture site (test/support/fixture-site.ts) is built once per run, when a site or browser test
// first asks for it.
const FIXTURE_SITE = './test/support/fixture-site-setup.ts';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: [FIXTURE_SITE],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: [FIXTURE_SITE],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'hosting',
          include: ['test/hosting/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
