import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { importDocument } from '../../scripts/importer/run.ts';
import { OUTCOME_FILE } from './fixture-site-setup.ts';
import { copyProject, PROJECT_DIR, removeProject, runAstroBuild } from './project-copy.ts';

// The fixture site: one throwaway copy of the project, built once per test run and read by every test
// that needs it (test/site/document-types, test/site/import-build, test/site/import-shapes-build,
// test/browser/document-types). In the copy the launch letter is published the way a new document
// is: its content file and one cited document are deleted, the seed (test/fixtures/letter-source.txt)
// is imported into the empty content/letter/ and the stub the import report gives for the missing
// document is saved. Then the clearly fictional documents of test/fixtures/documents/ and the
// fictional cited directives with their text of test/fixtures/cited/documents/ are added (never to
// content/), the fictional documents in the shapes of test/fixtures/import/shapes/ are imported, and
// the copy is built. test/support/fixture-site-setup.ts (a Vitest globalSetup) names the folder that
// coordinates the build: the first test file to ask builds, the others wait for its result.

/** The clearly fictional campaign documents that prove each form (never published in content/). */
export const FIXTURE_DOCUMENTS_DIR = join(PROJECT_DIR, 'test', 'fixtures', 'documents');

/** The clearly fictional cited documents with their full text (a Party and a state directive). */
export const FIXTURE_CITED_DIR = join(PROJECT_DIR, 'test', 'fixtures', 'cited', 'documents');

/** The launch letter's text as the importer reads it (the project's copy of the seed). */
export const SEED = join(PROJECT_DIR, 'test', 'fixtures', 'letter-source.txt');

/**
 * Fictional documents in the shapes a Sở has them in hand (test/fixtures/import/shapes/), imported into
 * the copy as another body's documents with their text, so the build proves each is drawn in its form.
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

/** The cited document the copy lacks before the import, so the import report gives its stub. */
export const MISSING_CITED = 'content/documents/chi-thi-32-ct-tu.mdx';

/** The fixture files, one per document type: `ke-hoach.mdx`, `quyet-dinh.mdx` … */
export function fixtureDocuments(): string[] {
  return readdirSync(FIXTURE_DOCUMENTS_DIR)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
}

export interface FixtureSite {
  /** The built copy of the project. */
  dir: string;
  /** Its dist/. */
  dist: string;
  /** What importing the seed reported, and the stubs it gave. */
  imported: { report: string[]; stubs: { file: string }[] };
  /** The file each of IMPORTED_SHAPES was imported to (content/documents/…). */
  shapes: Record<string, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder, made by fixture-site-setup.ts, where the fixture site's build is coordinated. */
    fixtureSiteRoot: string;
  }
}

type Outcome = { site: FixtureSite } | { error: string };

/** Copies the project, imports the seed as its launch letter, adds the fixtures and builds it. */
async function makeFixtureSite(): Promise<FixtureSite> {
  const dir = copyProject('fixture-site-');
  try {
    rmSync(join(dir, 'content', 'letter', 'cong-van.mdx'));
    rmSync(join(dir, MISSING_CITED));
    const imported = await importDocument({ file: SEED, route: 'cong-van', root: dir });
    for (const stub of imported.stubs) writeFileSync(join(dir, stub.file), stub.content);
    for (const name of fixtureDocuments())
      copyFileSync(join(FIXTURE_DOCUMENTS_DIR, name), join(dir, 'content', 'letter', name));
    for (const name of readdirSync(FIXTURE_CITED_DIR))
      copyFileSync(join(FIXTURE_CITED_DIR, name), join(dir, 'content', 'documents', name));
    const shapes: Record<string, string> = {};
    for (const name of IMPORTED_SHAPES)
      shapes[name] = (await importDocument({ file: join(SHAPES_DIR, name), root: dir })).file;
    const build = await runAstroBuild(dir, 280_000);
    if (build.code !== 0)
      throw new Error(`the fixture copy did not build:\n${build.output.slice(-4000)}`);
    return {
      dir,
      dist: join(dir, 'dist'),
      imported: {
        report: imported.report,
        stubs: imported.stubs.map(({ file }) => ({ file })),
      },
      shapes,
    };
  } catch (error) {
    removeProject(dir);
    throw error;
  }
}

/**
 * The fixture site of this test run: builds it if no other test file has begun to, else waits for that
 * build. Throws the build's error in every file that asks when it failed.
 */
export async function fixtureSite(timeoutMs = 280_000): Promise<FixtureSite> {
  const root = inject('fixtureSiteRoot');
  if (root === undefined)
    throw new Error('no fixture site: the project must list test/support/fixture-site-setup.ts');
  const outcomeFile = join(root, OUTCOME_FILE);
  let builder = true;
  try {
    mkdirSync(join(root, 'lock'));
  } catch {
    builder = false;
  }
  if (builder) {
    let outcome: Outcome;
    try {
      outcome = { site: await makeFixtureSite() };
    } catch (error) {
      outcome = { error: error instanceof Error ? error.message : String(error) };
    }
    // Written whole, then renamed, so a waiting file never reads half of it.
    writeFileSync(`${outcomeFile}.part`, JSON.stringify(outcome));
    renameSync(`${outcomeFile}.part`, outcomeFile);
  }
  const start = Date.now();
  while (!existsSync(outcomeFile)) {
    if (Date.now() - start > timeoutMs)
      throw new Error(`the fixture site was not built within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const outcome = JSON.parse(readFileSync(outcomeFile, 'utf8')) as Outcome;
  if ('error' in outcome) throw new Error(outcome.error);
  return outcome.site;
}
