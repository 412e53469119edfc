// @ts-check
// A throwaway copy of the project for a build that must not touch the project itself: the content-error
// tests, the hosting gate tests and `npm run bench:scale` all build in one (test/support/project-copy.ts).
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

/** Caches that tools write under node_modules/; the copy gets its own so nothing lands in the project. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/**
 * Copies the project into a fresh temporary folder for a throwaway build. Its node_modules/ is a real
 * folder of symlinks to the project's packages, so packages resolve as in the project while the caches
 * Astro and Vite write there (`node_modules/.astro/data-store.json`, `node_modules/.vite/`) stay in the copy.
 * @param {string} [prefix] the temporary folder's name prefix
 * @returns {string} the copy's folder
 */
export function copyProject(prefix = 'project-copy-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of COPIED) cpSync(join(PROJECT_DIR, name), join(dir, name), { recursive: true });
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
