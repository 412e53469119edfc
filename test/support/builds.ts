import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeBase, normalizeSite } from '../../src/site/paths.ts';
import { DIST_DIR } from './site.ts';

/** A built copy of the site and the SITE_URL / BASE_PATH it was built with. */
export interface SiteBuild {
  name: string;
  dir: string;
  base: string;
  /** SITE_URL's origin, no trailing slash. */
  site: string;
  /** The npm script that makes it. */
  script: string;
}

/** The build `npm test` makes first: dist/, with the environment's SITE_URL and BASE_PATH (unset: the root). */
export const ROOT_BUILD: SiteBuild = {
  name: 'root build',
  dir: DIST_DIR,
  base: normalizeBase(process.env['BASE_PATH']),
  site: normalizeSite(process.env['SITE_URL']),
  script: 'npm run build',
};

/** The portal build: `npm run build:subpath` (package.json) with these exact values. */
export const SUBPATH_BUILD: SiteBuild = {
  name: 'sub-path build',
  dir: fileURLToPath(new URL('../../dist-subpath', import.meta.url)),
  base: '/thi-dua-2023/',
  site: 'https://portal.example.gov.vn',
  script: 'npm run build:subpath',
};

/** Throws unless the build exists and was made for its SITE_URL + BASE_PATH (read from its JSON index). */
export function assertBuild(build: SiteBuild): void {
  const index = join(build.dir, 'du-lieu', 'van-ban.json');
  if (!existsSync(join(build.dir, 'index.html')) || !existsSync(index)) {
    throw new Error(`${build.dir} is missing or incomplete: run \`${build.script}\` first`);
  }
  const home = (JSON.parse(readFileSync(index, 'utf8')) as { site: { url: string } }).site.url;
  if (home !== build.site + build.base) {
    throw new Error(
      `${build.dir} was built for ${home}, not ${build.site + build.base}: run \`${build.script}\` again`,
    );
  }
}
