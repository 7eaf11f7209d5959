/**
 * Runs once before the browser project's tests, and only when at least one of
 * them is selected (a project's globalSetup). Without Chromium every browser
 * test would fail on its own and leave Jest waiting; one line and a non-zero
 * exit say what to do instead.
 */
import { missingChromiumMessage } from './chromium';

export default function checkChromium(): void {
  const message = missingChromiumMessage();
  if (message === null) return;
  process.stderr.write(`\n${message}\n`);
  process.exit(1);
}
