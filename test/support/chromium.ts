import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/** Where browser tests write screenshots and reports (git-ignored). */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../../artifacts', import.meta.url));

/** Returns `artifacts/<parts…>`, creating its parent directory. */
export function artifactPath(...parts: string[]): string {
  const path = join(ARTIFACTS_DIR, ...parts);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

/** Launches the system's headless Chromium (CHROMIUM_PATH or /usr/bin/chromium) with a throwaway profile. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install it with \`apt-get install -y chromium\` (Debian) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
