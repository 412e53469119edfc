// @ts-check
// Builds for the archive (docs/archive.md), as the archive tests and `npm run bench:archive` make
// them: each campaign on its own, from its own content/ folder, under its own sub-path, into a web
// root laid out as the portal serves it (`<webRoot>/thi-dua/<campaign>/`); then the archive, from its
// archive.yaml, reading the campaigns from that web root, into `<webRoot><archive base>`.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, PROJECT_DIR } from './project-copy.mjs';
import { timedRun } from './timed-run.mjs';

/** A Node that satisfies the project's engines (>= 22.12): this one if it is new enough, else the project's. */
export function nodeForBuilds() {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return process.execPath;
  return join(PROJECT_DIR, 'node_modules', '.bin', 'node');
}

/**
 * Runs `astro build` in a project folder; resolves with its wall time and its CPU time (user +
 * system, its child processes included: the steadier figure on a shared machine), or rejects with
 * the end of its output when it fails.
 * @param {string} dir the project (a copy made by project-copy.mjs)
 * @param {string[]} args more arguments (`--config`, `--outDir`)
 * @param {Record<string, string | undefined>} env added to the environment (undefined: removed from it)
 * @param {number} [timeoutMs]
 * @returns {Promise<{ ms: number, cpuMs: number, output: string }>}
 */
export function astroBuild(dir, args, env, timeoutMs = 600_000) {
  // Vitest puts Vite's own variables in the environment (BASE_URL '/', MODE 'test'…); a build that
  // inherits them writes its links for the wrong base.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(name),
    ),
  );
  return timedRun(
    nodeForBuilds(),
    [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...args],
    {
      cwd: dir,
      env: {
        ...inherited,
        ASTRO_TELEMETRY_DISABLED: '1',
        // A build for a test or a benchmark is never the portal's: its placeholder address is expected.
        ALLOW_PLACEHOLDER_SITE: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
      timeoutMs,
    },
  );
}

/** The folder under a web root where a site built for `base` goes (`/thi-dua/x/` → `<root>/thi-dua/x`). */
export function folderFor(/** @type {string} */ webRoot, /** @type {string} */ base) {
  return join(webRoot, ...base.split('/').filter(Boolean));
}

/**
 * Builds one campaign from a content folder, in a temporary copy of the project, for `site` + `base`,
 * into its folder of the web root; the copy is removed afterwards.
 * @param {{ content: string, site: string, base: string, webRoot: string }} options
 */
export async function buildCampaign({ content, site, base, webRoot }) {
  const dir = copyProject('archive-campaign-', { content });
  try {
    const outDir = folderFor(webRoot, base);
    mkdirSync(outDir, { recursive: true });
    return await astroBuild(dir, ['--outDir', outDir], { SITE_URL: site, BASE_PATH: base });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Builds the archive from the folder that holds its archive.yaml, reading the campaigns from the web
 * root, into the archive's folder of the web root (beside the campaigns under it, which it keeps).
 * The project copy `projectDir` is reused between builds when given (a benchmark builds many).
 * @param {{ archiveDir: string, site: string, base: string, webRoot: string, projectDir?: string }} options
 */
export async function buildArchive({ archiveDir, site, base, webRoot, projectDir }) {
  const dir = projectDir ?? copyProject('archive-');
  const outDir = join(dir, 'dist-archive');
  try {
    rmSync(outDir, { recursive: true, force: true });
    const built = await astroBuild(dir, ['--config', 'astro.archive.config.mjs'], {
      SITE_URL: site,
      BASE_PATH: base,
      ARCHIVE_DIR: archiveDir,
      ARCHIVE_WEB_ROOT: webRoot,
    });
    const target = folderFor(webRoot, base);
    mkdirSync(target, { recursive: true });
    cpSync(outDir, target, { recursive: true });
    return built;
  } finally {
    if (projectDir === undefined) rmSync(dir, { recursive: true, force: true });
  }
}
