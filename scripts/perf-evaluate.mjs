// Performance sanity check of evaluateWorkbook (PRODUCT.md §2 rules on typed rows):
// 5,000 trainees, 1,000 supervisors, 6,000 agreements, 200,000 sessions.
// Prints the figures; not a test, so a slow machine still exits 0.
//   node scripts/perf-evaluate.mjs
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TODAY = '2026-03-11';
const TARGET_MS = 700;
const COUNTS = { trainees: 5000, supervisors: 1000, agreements: 6000, sessions: 200000 };
const SESSION_TYPES = [
  'Handledningssamtal', 'Handledningssamtal', 'Handledningssamtal', 'Medsittning', 'Medsittning',
  'Årligt avstämningssamtal', 'Studierektorsavstämning', 'Specialistkollegium', 'Mitt-i-ST', 'Årsrapport',
];

async function loadEvaluate() {
  const result = await build({
    entryPoints: [join(root, 'src/domain/evaluate.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
  });
  const dir = mkdtempSync(join(tmpdir(), 'st-koll-perf-'));
  const file = join(dir, 'evaluate.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A small deterministic PRNG (mulberry32), so every run measures the same workbook. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, width) => String(n).padStart(width, '0');
const dayMs = 86400000;
const isoDaysBefore = (days) => new Date(Date.parse(TODAY) - days * dayMs).toISOString().slice(0, 10);

function syntheticParsed() {
  const rnd = random(20260311);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const supervisors = Array.from({ length: COUNTS.supervisors }, (_, i) => ({
    row: i + 2, id: `HL-${pad(i + 1, 4)}`, name: `Handledare ${i + 1}`, email: '', specialty: 'Allmänmedicin',
    unit: '', trainingDone: rnd() < 0.9 ? isoDaysBefore(2000) : null, lastMeeting: rnd() < 0.8 ? isoDaysBefore(Math.floor(rnd() * 500)) : null, note: '',
  }));
  const trainees = Array.from({ length: COUNTS.trainees }, (_, i) => {
    const stStart = isoDaysBefore(Math.floor(rnd() * 1900) - 60);
    const plannedEnd = new Date(Date.parse(stStart) + 1826 * dayMs).toISOString().slice(0, 10);
    const r = rnd();
    return {
      row: i + 2, id: `ST-${pad(i + 1, 4)}`, name: `ST-läkare ${i + 1}`, email: '', specialty: 'Allmänmedicin', unit: '',
      stStart, plannedEnd, serviceLevel: 100, mainSupervisorId: pick(supervisors).id, studyDirector: '', head: '',
      status: r < 0.85 ? 'Aktiv' : r < 0.95 ? 'Vilande' : 'Avslutad', iupDone: rnd() < 0.8 ? stStart : null, note: '',
    };
  });
  const agreements = Array.from({ length: COUNTS.agreements }, (_, i) => {
    const validFrom = isoDaysBefore(Math.floor(rnd() * 1500));
    return {
      row: i + 2, id: `Ö-${pad(i + 1, 4)}`, traineeId: pick(trainees).id, supervisorId: pick(supervisors).id,
      template: 'allmanmedicin', frequency: pick(['Varje vecka', 'Varje månad', '6 gånger per år']), sitInsPerYear: 6,
      validFrom, validTo: rnd() < 0.3 ? isoDaysBefore(Math.floor(rnd() * 300)) : null, signed: rnd() < 0.9 ? validFrom : null,
      status: rnd() < 0.1 ? 'Ersatt' : 'Undertecknad', document: '',
    };
  });
  const sessions = Array.from({ length: COUNTS.sessions }, (_, i) => ({
    row: i + 2, date: isoDaysBefore(Math.floor(rnd() * 1800)), traineeId: pick(trainees).id, supervisorId: pick(supervisors).id,
    type: pick(SESSION_TYPES), minutes: 60, documented: rnd() < 0.95, note: '',
  }));
  return {
    workbook: { trainees, supervisors, agreements, sessions },
    issues: Array.from({ length: 50 }, (_, i) => ({ sheet: 'Samtal', row: i + 2, column: 'Datum', message: '', traineeIds: [pick(trainees).id] })),
    assignedIds: [],
    rejectedTraineeIds: ['ST-9998', 'ST-9999'],
    rejectedSupervisorIds: ['HL-9999'],
  };
}

const { evaluateWorkbook } = await loadEvaluate();
const parsed = syntheticParsed();
const runs = [];
let result;
for (let i = 0; i < 7; i++) {
  const start = process.hrtime.bigint();
  result = evaluateWorkbook(parsed, TODAY);
  runs.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const first = runs[0];
const median = [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
const flagged = result.trainees.filter((t) => t.flags.length > 0).length;
console.log(
  `evaluateWorkbook: ${COUNTS.trainees} trainees, ${COUNTS.supervisors} supervisors, ` +
    `${COUNTS.agreements} agreements, ${COUNTS.sessions} sessions`,
);
console.log(`  first run ${first.toFixed(0)} ms, median of ${runs.length} ${median.toFixed(0)} ms (target < ${TARGET_MS} ms)`);
console.log(`  ${result.trainees.length} trainee rows (${flagged} flagged), ${result.supervisors.length} supervisor rows`);
