import { join } from 'node:path';
import { inject } from 'vitest';
import { importDocument } from '../../scripts/importer/run.ts';
import { FIXTURE_CAMPAIGN } from './fixture-campaigns.ts';
import { copyProject, PROJECT_DIR, removeProject, runAstroBuild } from './project-copy.ts';

// The fixture site: a throwaway copy of the project whose content/ is the fixture campaign
// (test/fixtures/campaign/), built twice per test run by test/support/fixture-site-setup.ts (a Vitest
// globalSetup of the projects that read it): at the root into dist/, and for a portal sub-path into
// dist-subpath/. Before the builds, the fictional documents in the shapes a Sở has them in hand
// (test/fixtures/import/shapes/) are imported into it as another body's documents with their text, so
// the build proves each is drawn in its form. The code tests of the pages, the browser and the hosting
// read it; nothing of the real content/ is in it.

/** The portal address and sub-path of the fixture site's second build. */
export const FIXTURE_PORTAL = {
  site: 'https://portal.example.gov.vn',
  base: '/truong-hoc-xanh-2025/',
} as const;

/**
 * Fictional documents in the shapes a Sở has them in hand (test/fixtures/import/shapes/), imported into
 * the fixture site as another body's documents with their text.
 */
export const SHAPES_DIR = join(PROJECT_DIR, 'test', 'fixtures', 'import', 'shapes');
export const IMPORTED_SHAPES = [
  'cong-van-hai-cot.txt',
  'quyet-dinh-danh-sach.txt',
  'nghi-dinh.txt',
  'nghi-quyet-hdnd.txt',
  'bao-cao-khong-chu-ky.txt',
  'ke-hoach-markdown.txt',
  'chi-thi-tinh-uy.txt',
] as const;

export interface FixtureSite {
  /** The built copy of the project. */
  dir: string;
  /** Its dist/, built at the root with the placeholder address. */
  dist: string;
  /** Its dist-subpath/, built for FIXTURE_PORTAL. */
  distSubpath: string;
  /** The file each of IMPORTED_SHAPES was imported to (content/documents/…). */
  shapes: Record<string, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture site of this run, built by fixture-site-setup.ts. */
    fixtureSite: FixtureSite;
  }
}

/**
 * Copies the project with the fixture campaign as its content/, imports the shapes into it and builds
 * it twice.
 */
export async function makeFixtureSite(): Promise<FixtureSite> {
  const dir = copyProject('fixture-site-', { content: FIXTURE_CAMPAIGN });
  try {
    const shapes: Record<string, string> = {};
    for (const name of IMPORTED_SHAPES)
      shapes[name] = (await importDocument({ file: join(SHAPES_DIR, name), root: dir })).file;
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
    return { dir, dist: join(dir, 'dist'), distSubpath: join(dir, 'dist-subpath'), shapes };
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
