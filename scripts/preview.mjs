// `npm start`: ST-koll locally (PRODUCT.md §5) — the real build/Code.js on the
// in-memory Apps Script fakes, served on 127.0.0.1.
//   npm start                                   fictional sample workbook, nothing saved
//   npm start -- --workbook roster.xlsx         your own file, every change saved back
//   npm start -- --help                         every flag (--port, --today)
// PREVIEW_NOW=2026-11-23T09:00:00+01:00 still fixes "now" to the instant.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cliPath = join(root, 'build', 'dev', 'cli.cjs');
if (!existsSync(cliPath)) {
  console.error('build/dev/cli.cjs saknas: kör `npm run build` (eller `npm start`, som bygger först).');
  process.exit(1);
}
const { runStart } = createRequire(import.meta.url)(cliPath);
await runStart(process.argv.slice(2));
