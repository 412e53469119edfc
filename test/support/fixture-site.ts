import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, PROJECT_DIR, runAstroBuild, type BuildResult } from './project-copy.ts';

/** The clearly fictional campaign documents that prove each form (never published in content/). */
export const FIXTURE_DOCUMENTS_DIR = join(PROJECT_DIR, 'test', 'fixtures', 'documents');

/** The fixture files, one per document type: `ke-hoach.mdx`, `quyet-dinh.mdx` … */
export function fixtureDocuments(): string[] {
  return readdirSync(FIXTURE_DOCUMENTS_DIR)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
}

/** Copies the project into a temporary folder and adds every fixture document to its content/letter/. */
export function copyProjectWithFixtures(prefix = 'fixture-site-'): string {
  const dir = copyProject(prefix);
  for (const name of fixtureDocuments())
    copyFileSync(join(FIXTURE_DOCUMENTS_DIR, name), join(dir, 'content', 'letter', name));
  return dir;
}

/** Builds a copy made by {@link copyProjectWithFixtures}; throws with the build's output if it fails. */
export async function buildFixtureSite(dir: string): Promise<BuildResult> {
  const result = await runAstroBuild(dir, 240_000);
  if (result.code !== 0)
    throw new Error(`the fixture copy did not build:\n${result.output.slice(-4000)}`);
  return result;
}
