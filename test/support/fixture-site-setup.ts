import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

// A Vitest globalSetup of the projects whose tests read the fixture site (test/support/fixture-site.ts).
// It only makes the folder that coordinates the build and provides its path: the build itself starts
// when a test first asks for the site, so a run without such a test builds nothing. Both projects share
// one folder (the setups run in the same process), which is removed when the last project finishes.

/** Where the building test file writes the site (or its error) in the coordinating folder. */
export const OUTCOME_FILE = 'outcome.json';

const shared = globalThis as typeof globalThis & {
  fixtureSiteSetup?: { root: string; projects: number };
};

export default function setup(project: TestProject): () => void {
  shared.fixtureSiteSetup ??= {
    root: mkdtempSync(join(tmpdir(), 'fixture-site-run-')),
    projects: 0,
  };
  const state = shared.fixtureSiteSetup;
  state.projects += 1;
  project.provide('fixtureSiteRoot', state.root);
  return () => {
    state.projects -= 1;
    if (state.projects > 0) return;
    const outcome = join(state.root, OUTCOME_FILE);
    if (existsSync(outcome)) {
      const built = JSON.parse(readFileSync(outcome, 'utf8')) as { site?: { dir: string } };
      if (built.site !== undefined) rmSync(built.site.dir, { recursive: true, force: true });
    }
    rmSync(state.root, { recursive: true, force: true });
    delete shared.fixtureSiteSetup;
  };
}
