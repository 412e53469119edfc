// How every script and test here starts Debian's Chromium: headless, no sandbox (root in CI),
// and none of the background connections a closed network would refuse.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Command-line flags for headless Chromium on a machine without network access. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium binary (CHROMIUM_PATH or Debian's); throws with install advice when it is missing. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}: install it with \`apt-get install -y chromium\` (Debian) or set CHROMIUM_PATH`,
    );
  }
  return path;
}

/** Launches the system's headless Chromium with the project's flags and a throwaway profile. */
export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}
