import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: the browser tests drive the system's, never a downloaded one. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags for a quiet, offline-friendly headless run (see DEVELOPERS.md). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * Throw, failing the run, when Chromium is missing: a browser test that cannot run must never pass.
 * Called at the top of each browser test file.
 */
export function requireChromium(path = CHROMIUM): void {
  if (!existsSync(path)) {
    throw new Error(`Chromium is not installed at ${path}, and the browser tests need it. Install it with: apt-get install -y chromium (as root, or with sudo)`);
  }
}

/** Launch Chromium headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}
