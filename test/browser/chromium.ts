/**
 * Where the browser tests find Chromium, and the one-line answer when it is not
 * there. Shared by the suites (support.ts) and the browser project's globalSetup.
 */
import { accessSync, constants } from 'node:fs';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

/** null when the executable is there; otherwise the line that says how to get it. */
export function missingChromiumMessage(path = chromiumPath()): string | null {
  try {
    accessSync(path, constants.X_OK);
    return null;
  } catch {
    return (
      `Browser tests need Chromium, not found at ${path}: ` +
      `install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium executable.`
    );
  }
}
