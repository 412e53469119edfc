import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeForBuilds } from '../../scripts/dev/archive-builds.mjs';

// The copy itself is made by scripts/dev/project-copy.mjs, shared with `npm run bench:scale`.
export { copyProject, PROJECT_DIR, removeProject } from '../../scripts/dev/project-copy.mjs';

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

/** A Node that satisfies the project's engines (>= 22.12), shared with the archive's builds. */
export { nodeForBuilds };

export interface BuildResult {
  /** The exit code; null when the build was killed. */
  code: number | null;
  /** stdout and stderr together, without ANSI colour codes. */
  output: string;
}

/**
 * Runs `astro build` in a copy and resolves with its exit code and output (never rejects on failure).
 * `env` adds to or overrides the environment (a variable set to undefined is removed); `args` are
 * passed after `build` (`--outDir dist-subpath`).
 */
export function runAstroBuild(
  dir: string,
  timeoutMs = 110_000,
  env: Record<string, string | undefined> = {},
  args: readonly string[] = [],
): Promise<BuildResult> {
  return new Promise((resolve) => {
    execFile(
      nodeForBuilds(),
      [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...args],
      {
        cwd: dir,
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          // A throwaway copy is never the portal's build: its placeholder address is expected.
          ALLOW_PLACEHOLDER_SITE: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
          CI: '1',
          ...env,
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
