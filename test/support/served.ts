// The two ways browser tests open the built site, each set up before a file's tests and torn down
// after: dist/ through the project's static server, and the sub-path build through the real nginx
// config (deploy/nginx.conf) with the portal's headers. Hooks run in the order they are
// registered, so a file's own beforeAll placed after the call can already use the server.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startNginx, type NginxServer } from '../../scripts/dev/nginx.ts';
import { startStaticServer } from '../../scripts/dev/static-server.mjs';
import { normalizeBase } from '../../src/site/paths.ts';
import { assertBuild, SUBPATH_BUILD } from './builds.ts';
import { launchChromium } from './chromium.ts';
import { assertBuilt, DIST_DIR } from './site.ts';

export interface Served {
  readonly browser: Browser;
  /** The site's root URL, with the base path and a trailing slash. */
  readonly url: string;
}

function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is used before its beforeAll ran`);
  return value;
}

/** dist/ (npm run build:local, base BASE_PATH) through scripts/dev/static-server.mjs, and Chromium. */
export function useStaticSite(): Served {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof startStaticServer>> | undefined;
  beforeAll(async () => {
    assertBuilt();
    server = await startStaticServer({
      root: DIST_DIR,
      base: normalizeBase(process.env['BASE_PATH']),
    });
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

/** The sub-path build (npm run build:subpath) through nginx and deploy/nginx.conf, and Chromium. */
export function usePortalSite(): Served & { readonly nginx: NginxServer } {
  let browser: Browser | undefined;
  let nginx: NginxServer | undefined;
  beforeAll(async () => {
    assertBuild(SUBPATH_BUILD);
    nginx = await startNginx({ siteDir: SUBPATH_BUILD.dir, base: SUBPATH_BUILD.base });
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
