import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium as launch } from '../../scripts/dev/chromium.mjs';
import type { Browser } from 'playwright-core';

/** Where browser tests write screenshots and reports (git-ignored). */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../../artifacts', import.meta.url));

/** Returns `artifacts/<parts…>`, creating its parent directory. */
export function artifactPath(...parts: string[]): string {
  const path = join(ARTIFACTS_DIR, ...parts);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

/** Launches the system's headless Chromium (CHROMIUM_PATH or /usr/bin/chromium) with a throwaway profile. */
export function launchChromium(): Promise<Browser> {
  return launch();
}
