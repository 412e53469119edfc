// The two ways browser tests open a built site, each set up before a file's tests and torn down
// after: a build at the root through the project's static server (the fixture site's, or the real
// dist/ for the content checks), and the fixture site's sub-path build through the real nginx config
// (deploy/nginx.conf) with the portal's headers. Hooks run in the order they are registered, so a
// file's own beforeAll placed after the call can already use the server.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startNginx, type NginxServer } from '../../scripts/dev/nginx.ts';
import { startStaticServer } from '../../scripts/dev/static-server.mjs';
import { assertBuild, fixtureBuilds } from './builds.ts';
import { launchChromium } from './chromium.ts';
import { fixtureSite } from './fixture-site.ts';
import { assertBuilt } from './site.ts';

export interface Served {
  readonly browser: Browser;
  /** The site's root URL, with the base path and a trailing slash. */
  readonly url: string;
}

function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is used before its beforeAll ran`);
  return value;
}

/**
 * A build through scripts/dev/static-server.mjs at its base, and Chromium: by default the fixture
 * site's dist/ (at the root); the content checks serve the real one.
 */
export function useStaticSite(dist: () => string = () => fixtureSite().dist, base = '/'): Served {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof startStaticServer>> | undefined;
  beforeAll(async () => {
    assertBuilt(dist());
    server = await startStaticServer({ root: dist(), base });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return started(browser, 'Chromium');
    },
    get url() {
      return started(server, 'the static server').url;
    },
  };
}

/** The fixture site's sub-path build through nginx and deploy/nginx.conf, and Chromium. */
export function usePortalSite(): Served & { readonly nginx: NginxServer } {
  let browser: Browser | undefined;
  let nginx: NginxServer | undefined;
  beforeAll(async () => {
    const { subpath } = fixtureBuilds();
    assertBuild(subpath);
    nginx = await startNginx({ siteDir: subpath.dir, base: subpath.base });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
  });
  return {
    get browser() {
      return started(browser, 'Chromium');
    },
    get nginx() {
      return started(nginx, 'nginx');
    },
    get url() {
      return started(nginx, 'nginx').url;
    },
  };
}
