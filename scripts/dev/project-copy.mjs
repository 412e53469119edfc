// @ts-check
// A throwaway copy of the project for a build that must not touch the project itself, with its own
// content/ or another campaign's: the fixture site, the content-error and new-campaign tests, the
// archive's builds, `npm run test:swap` and `npm run bench:scale` all build in one
// (test/support/project-copy.ts).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project (the repository root). */
export const PROJECT_DIR = fileURLToPath(new URL('../..', import.meta.url));

/** What a build needs: the config, the sources and the content. */
const COPIED = [
  'astro.config.mjs',
  'astro.archive.config.mjs',
  'tsconfig.json',
  'package.json',
  'src',
  'content',
  'public',
];

/** What a whole copy leaves out: what installs, builds and tests write, and the history. */
const NOT_COPIED = new Set(['node_modules', 'dist', 'dist-subpath', 'artifacts', '.astro', '.git']);

/** Caches that tools write under node_modules/; the copy gets its own so nothing lands in the project. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/**
 * Copies the project into a fresh temporary folder for a throwaway build (or, `whole`, everything a
 * test run needs too: tests, scripts, configuration). `content` puts another campaign's folder in
 * place of content/ (a fixture's README.md, which is about the fixture, left out). Its node_modules/
 * is a real folder of symlinks to the project's packages, so packages resolve as in the project while
 * the caches Astro and Vite write there (`node_modules/.astro/data-store.json`,
 * `node_modules/.vite/`) stay in the copy.
 * @param {string} [prefix] the temporary folder's name prefix
 * @param {{ whole?: boolean, content?: string }} [options]
 * @returns {string} the copy's folder
 */
export function copyProject(prefix = 'project-copy-', { whole = false, content } = {}) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const names = whole ? readdirSync(PROJECT_DIR).filter((name) => !NOT_COPIED.has(name)) : COPIED;
  for (const name of names) {
    if (name === 'content' && content !== undefined)
      cpSync(content, join(dir, name), {
        recursive: true,
        filter: (path) => !path.endsWith('README.md'),
      });
    else cpSync(join(PROJECT_DIR, name), join(dir, name), { recursive: true });
  }
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(PROJECT_DIR, 'node_modules'))) {
    if (!PRIVATE_CACHES.has(name))
      symlinkSync(join(PROJECT_DIR, 'node_modules', name), join(modules, name));
  }
  return dir;
}

/**
 * Deletes a copy made by {@link copyProject}; the symlinks go, the project's packages stay.
 * @param {string} dir
 */
export function removeProject(dir) {
  rmSync(dir, { recursive: true, force: true });
}
