// `npm start`: the local preview (PRODUCT.md §5) — the real build/Code.js on the
// in-memory Apps Script fakes with fictional sample data, served on 127.0.0.1.
//   PORT=9000 npm start                             another port (default 8765)
//   PREVIEW_NOW=2026-11-23T09:00:00+01:00 npm start  a fixed "now"
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const serverPath = join(root, 'build', 'dev', 'preview-server.cjs');
if (!existsSync(serverPath)) {
  console.error('build/dev/preview-server.cjs is missing: run `npm run build` (or `npm start`, which builds first).');
  process.exit(1);
}
const { startPreview } = createRequire(import.meta.url)(serverPath);
const preview = await startPreview({});
console.log(`ST-koll förhandsvisning: ${preview.url}  (Ctrl+C avslutar)`);

const stop = () => {
  preview.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
