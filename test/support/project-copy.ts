import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project under test (the repository root). */
export const PROJECT_DIR = fileURLToPath(new URL('../..', import.meta.url));

/** What a build needs: the config, the sources and the content. */
const COPIED = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];

/** Caches that tools write under node_modules/; the copy gets its own so nothing lands in the project. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/**
 * Copies the project into a fresh temporary folder for a throwaway build. Its node_modules/ is a real
 * folder of symlinks to the project's packages, so packages resolve as in the project while the caches
 * Astro and Vite write there (`node_modules/.astro/data-store.json`, `node_modules/.vite/`) stay in the copy.
 */
export function copyProject(prefix = 'project-copy-'): string {
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

/** Deletes a copy made by {@link copyProject}; the symlinks go, the project's packages stay. */
export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Reads a file of a copy (`content/documents/x.mdx`). */
export function readCopyFile(dir: string, path: string): string {
  return readFileSync(join(dir, path), 'utf8');
}

/** Overwrites a file of a copy. */
export function writeCopyFile(dir: string, path: string, text: string): void {
  writeFileSync(join(dir, path), text);
}

/**
 * Replaces `search` in a file of the copy and returns a function that restores the original text.
 * Throws when `search` is not in the file, so a case cannot silently test the unmodified content.
 */
export function mutateCopyFile(
  dir: string,
  path: string,
  search: string | RegExp,
  replacement: string,
): () => void {
  const original = readCopyFile(dir, path);
  const changed = original.replace(search, replacement);
  if (changed === original)
    throw new Error(`${path}: ${String(search)} not found, the mutation changed nothing`);
  writeCopyFile(dir, path, changed);
  return () => writeCopyFile(dir, path, original);
}

/** A Node that satisfies the project's engines (>= 22.12): this one if it is new enough, else the project's. */
export function nodeForBuilds(): string {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return process.execPath;
  return join(PROJECT_DIR, 'node_modules', '.bin', 'node');
}

export interface BuildResult {
  /** The exit code; null when the build was killed. */
  code: number | null;
  /** stdout and stderr together, without ANSI colour codes. */
  output: string;
}

/** Runs `astro build` in a copy and resolves with its exit code and output (never rejects on failure). */
export function runAstroBuild(dir: string, timeoutMs = 110_000): Promise<BuildResult> {
  return new Promise((resolve) => {
    execFile(
      nodeForBuilds(),
      [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
      {
        cwd: dir,
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
          CI: '1',
        },
        timeout: timeoutMs,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        const output = `${stdout}\n${stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
        resolve({ code, output });
      },
    );
  });
}
