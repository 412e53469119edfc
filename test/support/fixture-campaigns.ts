import { fileURLToPath } from 'node:url';

// The fictional campaigns the code tests read, each a whole content/ folder (never the real one).

/** Something in every part of the site (test/fixtures/campaign/README.md). */
export const FIXTURE_CAMPAIGN = fileURLToPath(new URL('../fixtures/campaign', import.meta.url));

/** Nothing but its launch document (test/fixtures/campaign-minimal/README.md). */
export const MINIMAL_CAMPAIGN = fileURLToPath(
  new URL('../fixtures/campaign-minimal', import.meta.url),
);
