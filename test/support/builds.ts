import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_PORTAL, fixtureSite } from './fixture-site.ts';

/** A build of the fixture site and the SITE_URL / BASE_PATH it was built with. */
export interface SiteBuild {
  name: string;
  dir: string;
  base: string;
  /** SITE_URL's origin, no trailing slash. */
  site: string;
}

/** The fixture site's two builds: at the root with the placeholder address, and for a portal sub-path. */
export function fixtureBuilds(): { root: SiteBuild; subpath: SiteBuild } {
  const site = fixtureSite();
  return {
    root: { name: 'root build', dir: site.dist, base: '/', site: 'http://localhost:4321' },
    subpath: { name: 'sub-path build', dir: site.distSubpath, ...FIXTURE_PORTAL },
  };
}

/** Throws unless the build exists and was made for its SITE_URL + BASE_PATH (read from its JSON index). */
export function assertBuild(build: SiteBuild): void {
  const index = join(build.dir, 'du-lieu', 'van-ban.json');
  if (!existsSync(join(build.dir, 'index.html')) || !existsSync(index)) {
    throw new Error(`${build.dir} is missing or incomplete`);
  }
  const home = (JSON.parse(readFileSync(index, 'utf8')) as { site: { url: string } }).site.url;
  if (home !== build.site + build.base) {
    throw new Error(`${build.dir} was built for ${home}, not ${build.site + build.base}`);
  }
}
