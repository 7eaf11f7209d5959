#!/usr/bin/env node
// `npx st-koll check roster.xlsx [--today YYYY-MM-DD] [--json]` and `npx st-koll start [flags]`.
// On a fresh clone (after `npm install`) build/ does not exist yet: it is built once, here.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const needed = [join(root, 'build', 'Code.js'), join(root, 'build', 'dev', 'gas-fakes.js'), join(root, 'build', 'dev', 'cli.cjs')];
if (!needed.every(existsSync)) {
  console.error('Bygger ST-koll första gången …');
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(2);
}
const cli = createRequire(import.meta.url)(join(root, 'build', 'dev', 'cli.cjs'));
const [command, ...rest] = process.argv.slice(2);
if (command === 'check') {
  process.exitCode = await cli.runCheck(rest);
} else if (command === 'start') {
  await cli.runStart(rest);
} else {
  console.error(command ? `Okänt kommando: ${command}. Använd: st-koll check FIL.xlsx` : 'Använd: st-koll check FIL.xlsx [--today ÅÅÅÅ-MM-DD] [--json]');
  process.exitCode = 2;
}
