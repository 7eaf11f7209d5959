// Builds everything Apps Script and the local tools need into build/:
//   build/Code.js          the server bundle: one IIFE + generated global stubs
//   build/Sidebar.html     the sidebar: one self-contained HTML file
//   build/appsscript.json  the manifest
//   build/dev/*            the in-memory Apps Script fakes and the node-side tools
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build');
const GLOBAL_NAME = 'STKoll';
// Apps Script runs V8 but with no module system; es2019 keeps us clear of syntax it rejects.
const GAS_TARGET = 'es2019';
// The sidebar runs in the user's browser, inside Apps Script's sandboxed iframe.
const BROWSER_TARGET = 'es2019';

/** The export names of src/main.ts, read from esbuild's metafile (no hand-kept list). */
async function entryPointNames() {
  const result = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outfile: 'entry.js',
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  return output.exports.filter((name) => name !== 'default').sort();
}

function globalStubs(names) {
  return names
    .map((name) => `function ${name}() { return ${GLOBAL_NAME}.${name}.apply(this, arguments); }`)
    .join('\n');
}

async function buildServer() {
  const names = await entryPointNames();
  await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: GAS_TARGET,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // Apps Script evaluates the whole file on every call: smaller is faster.
    // Errors still reach users as Swedish messages; names are kept for Logger stack traces.
    minify: true,
    keepNames: true,
    legalComments: 'none',
    charset: 'utf8',
    outfile: join(out, 'Code.js'),
    footer: { js: `\n// Entry points generated from the exports of src/main.ts\n${globalStubs(names)}\n` },
    logLevel: 'warning',
  });
  copyFileSync(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
  return names;
}

/** Inlines the sidebar's script and styles into sidebar/index.html. */
async function buildSidebar() {
  const template = join(root, 'sidebar/index.html');
  const script = await build({
    entryPoints: [join(root, 'sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    target: BROWSER_TARGET,
    platform: 'browser',
    minify: true,
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  const css = readFileSync(join(root, 'sidebar/styles.css'), 'utf8');
  // A literal "</script" inside the bundle would end the tag early.
  const js = script.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const html = readFileSync(template, 'utf8')
    .replace('<!-- INLINE:STYLE -->', () => `<style>\n${css}</style>`)
    .replace('<!-- INLINE:SCRIPT -->', () => `<script>\n${js}</script>`);
  writeFileSync(join(out, 'Sidebar.html'), html);
}

/** The fakes run inside the same vm realm as Code.js, so they are a plain script too. */
async function buildDevTools() {
  await build({
    entryPoints: [join(root, 'dev/fakes/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'GasFakes',
    target: GAS_TARGET,
    platform: 'neutral',
    outfile: join(out, 'dev/gas-fakes.js'),
    logLevel: 'warning',
  });
  const nodeEntries = ['dev/harness.ts', 'dev/bench.ts', 'dev/preview/server.ts', 'dev/agreementPicture.ts', 'dev/local/cli.ts'];
  for (const entry of nodeEntries) {
    const name = entry.split('/').pop().replace(/\.ts$/, '.cjs');
    await build({
      entryPoints: [join(root, entry)],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      outfile: join(out, 'dev', entry.startsWith('dev/preview/') ? `preview-${name}` : name),
      packages: 'external',
      logLevel: 'warning',
    });
  }
}

mkdirSync(out, { recursive: true });
const names = await buildServer();
await buildSidebar();
await buildDevTools();
console.log(`build: Code.js with ${names.length} entry points (${names.join(', ')})`);
