/**
 * Issue #12 on the built bundle and the Docs/Drive fakes: the sidebar's
 * "Skapa alla saknade överenskommelser" — a plan, then steps of at most the
 * chunk size, driven here as the sidebar drives them.
 */
import { loadBundle, type LoadedBundle } from '../../dev/harness';
import { AGREEMENT_COL, SHEET } from '../../src/domain/sheetContract';
import type { AgreementBatchPlanDto, AgreementStepResultDto, Result } from '../../src/shared/api';
import { AGREEMENT_BATCH_MSG } from '../../src/shared/messages/agreementBatch';
import { coreSheets, NOW } from './coreWorkbook';
import { readRecords } from './sheetReader';

const ROWS = 40;

/** Giltig från of the n-th generated row (0-based): one day apart, so every document has its own name. */
function validFrom(n: number): string {
  return new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
}

/** 40 valid rows without a document for Björn Dahl, one invalid row and one that already has a document. */
function batchSheets(): Record<string, unknown[][]> {
  const sheets = coreSheets();
  const rows: unknown[][] = [Object.values(AGREEMENT_COL)];
  for (let n = 0; n < ROWS; n++) {
    rows.push([`Ö-${String(n + 1).padStart(4, '0')}`, 'ST-0002', 'HL-0001', 'allmanmedicin', 'Varje månad', 6, validFrom(n), '', '', 'Utkast', '', '']);
  }
  rows.push(['Ö-0041', 'ST-0002', 'Okänd Person', 'allmanmedicin', 'Varje månad', 6, '2025-03-01', '', '', 'Utkast', '', '']);
  rows.push(['Ö-0042', 'ST-0001', 'HL-0002', 'allmanmedicin', 'Varje månad', 6, '2024-02-01', '', '2024-02-05', 'Undertecknad', 'https://docs.google.com/document/d/1Old/edit', '']);
  sheets[SHEET.agreements] = rows;
  return sheets;
}

function fresh(): LoadedBundle {
  return loadBundle({ workbook: { sheets: batchSheets() }, now: NOW });
}

function plan(bundle: LoadedBundle): AgreementBatchPlanDto {
  const result = bundle.callFromClient<Result<{ plan: AgreementBatchPlanDto }>>('planMissingAgreements');
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

function step(bundle: LoadedBundle, agreementIds: string[]): AgreementStepResultDto[] {
  const result = bundle.callFromClient<Result<{ results: AgreementStepResultDto[] }>>('createAgreementsStep', { agreementIds });
  if (!result.ok) throw new Error(result.message);
  return result.results;
}

/** What the sidebar does: steps of chunkSize over the plan, the count after each ("3 av 40 klara"), until `maxSteps`. */
function drive(bundle: LoadedBundle, planned: AgreementBatchPlanDto, maxSteps = Infinity) {
  const progress: string[] = [];
  const results: AgreementStepResultDto[] = [];
  let done = 0;
  for (let start = 0, steps = 0; start < planned.toCreate.length && steps < maxSteps; start += planned.chunkSize, steps++) {
    const chunk = planned.toCreate.slice(start, start + planned.chunkSize).map((r) => r.id);
    results.push(...step(bundle, chunk));
    done += chunk.length;
    progress.push(`${done} av ${planned.toCreate.length} klara`);
  }
  return { progress, results };
}

const liveDocs = (bundle: LoadedBundle) => bundle.env.documents.list().filter((d) => !d.trashed && d.createdByApp);
const documentCell = (bundle: LoadedBundle, id: string) => readRecords(bundle, SHEET.agreements).find((r) => r.ID === id)![AGREEMENT_COL.document];

describe('the plan', () => {
  test('lists the 40 rows that get a document, the invalid row with its reason, and counts the one that has a document', () => {
    const planned = plan(fresh());
    expect(planned.toCreate).toHaveLength(ROWS);
    expect(planned.toCreate[0]).toEqual({ id: 'Ö-0001', row: 2, traineeName: 'Björn Dahl' });
    expect(planned.skipped).toEqual([{ id: 'Ö-0041', row: 42, traineeName: 'Björn Dahl', reason: expect.stringMatching(/^Handledare: .*Okänd Person/) }]);
    expect(planned.withDocument).toBe(1);
    expect(planned.chunkSize).toBe(3);
  });
});

describe('a 40-row batch in steps', () => {
  test('advances three at a time to 40 of 40, one document per row, each recorded in its row', () => {
    const bundle = fresh();
    const { progress, results } = drive(bundle, plan(bundle));
    expect(progress).toHaveLength(14);
    expect(progress.slice(0, 3)).toEqual(['3 av 40 klara', '6 av 40 klara', '9 av 40 klara']);
    expect(progress[13]).toBe('40 av 40 klara');
    expect(results.every((r) => r.outcome === 'created')).toBe(true);
    const names = liveDocs(bundle).map((d) => d.name);
    expect(names).toHaveLength(ROWS);
    expect(new Set(names).size).toBe(ROWS);
    const created = results[0] as Extract<AgreementStepResultDto, { outcome: 'created' }>;
    expect(documentCell(bundle, 'Ö-0001')).toBe(created.url);
    expect(plan(bundle).toCreate).toEqual([]);
  });

  test('cancel after step 2: six documents and nothing half-made; a new plan after a closed sidebar makes only the other 34', () => {
    const bundle = fresh();
    drive(bundle, plan(bundle), 2);
    expect(liveDocs(bundle)).toHaveLength(6);
    expect(bundle.env.documents.list().filter((d) => d.trashed)).toEqual([]);
    // The sidebar is closed and opened again: the plan is read from the sheet.
    const resumed = plan(bundle);
    expect(resumed.toCreate).toHaveLength(34);
    expect(resumed.toCreate[0].id).toBe('Ö-0007');
    expect(resumed.withDocument).toBe(7);
    drive(bundle, resumed);
    const names = liveDocs(bundle).map((d) => d.name);
    expect(names).toHaveLength(ROWS);
    expect(new Set(names).size).toBe(ROWS);
  });

  test('Docs failing for one document: that row fails with its reason and stays untouched; the rest are made', () => {
    const bundle = fresh();
    const before = readRecords(bundle, SHEET.agreements).find((r) => r.ID === 'Ö-0005');
    bundle.env.documents.failBodyOf(validFrom(4)); // Ö-0005's document
    const { results } = drive(bundle, plan(bundle));
    const failed = results.filter((r) => r.outcome === 'failed');
    expect(failed).toEqual([{ id: 'Ö-0005', outcome: 'failed', reason: expect.stringMatching(/Service Documents failed.*togs bort och raden ändrades inte/) }]);
    expect(results.filter((r) => r.outcome === 'created')).toHaveLength(ROWS - 1);
    expect(readRecords(bundle, SHEET.agreements).find((r) => r.ID === 'Ö-0005')).toEqual(before);
    expect(liveDocs(bundle).some((d) => d.name.includes(validFrom(4)))).toBe(false);
    // Docs is back: the next plan offers just that row.
    bundle.env.documents.failBodyOf(null);
    expect(plan(bundle).toCreate.map((r) => r.id)).toEqual(['Ö-0005']);
  });
});

describe('two coordinators and the lock', () => {
  test('a row another coordinator made a document for since the plan is skipped, never made twice', () => {
    const bundle = fresh();
    const mine = plan(bundle);
    const theirs = plan(bundle);
    step(bundle, theirs.toCreate.slice(0, 2).map((r) => r.id));
    const results = step(bundle, mine.toCreate.slice(0, 3).map((r) => r.id));
    expect(results.map((r) => r.outcome)).toEqual(['skipped', 'skipped', 'created']);
    expect(results[0]).toMatchObject({ reason: AGREEMENT_BATCH_MSG.hasDocument });
    expect(liveDocs(bundle)).toHaveLength(3);
  });

  test('a step holds the document lock for its whole length; while a colleague holds it nothing is made', () => {
    const bundle = fresh();
    const ids = plan(bundle).toCreate.slice(0, 3).map((r) => r.id);
    bundle.env.lock.holdElsewhere(true);
    const busy = bundle.callFromClient<Result<object>>('createAgreementsStep', { agreementIds: ids });
    expect(busy).toEqual({ ok: false, message: expect.stringMatching(/kollega/) });
    expect(liveDocs(bundle)).toHaveLength(0);
    bundle.env.lock.holdElsewhere(false);
    step(bundle, ids);
    const events = bundle.env.lock.events().filter((e) => e.kind === 'document').map((e) => e.action);
    // One acquisition and one release for the step: the row writes inside it do not release it early.
    expect(events.slice(-2)).toEqual(['acquired', 'released']);
    expect(events.filter((e) => e === 'acquired').length).toBe(events.filter((e) => e === 'released').length);
  });
});

describe('input', () => {
  test('more IDs than the chunk size, or input of the wrong shape, is refused in Swedish and nothing is made', () => {
    const bundle = fresh();
    const four = plan(bundle).toCreate.slice(0, 4).map((r) => r.id);
    expect(bundle.callFromClient('createAgreementsStep', { agreementIds: four })).toEqual({ ok: false, message: AGREEMENT_BATCH_MSG.tooMany(3) });
    for (const input of [null, {}, { agreementIds: [] }, { agreementIds: 'Ö-0001' }, { agreementIds: [1] }]) {
      expect(bundle.callFromClient('createAgreementsStep', input)).toEqual({ ok: false, message: AGREEMENT_BATCH_MSG.badInput });
    }
    expect(liveDocs(bundle)).toHaveLength(0);
  });

  test('the chunk size follows the setting', () => {
    const bundle = fresh();
    expect(bundle.callFromClient<Result<object>>('saveSettings', { values: { agreementBatchSize: 5 } }).ok).toBe(true);
    const planned = plan(bundle);
    expect(planned.chunkSize).toBe(5);
    expect(step(bundle, planned.toCreate.slice(0, 5).map((r) => r.id))).toHaveLength(5);
  });
});

test('the menu item opens the sidebar on the batch flow', () => {
  const bundle = fresh();
  bundle.call('createMissingAgreements');
  expect(bundle.env.ui.sidebars).toHaveLength(1);
  expect(bundle.env.ui.sidebars[0].content).toContain('data-start-view="agreement-batch"');
  expect(liveDocs(bundle)).toHaveLength(0);
  bundle.call('showSidebar');
  expect(bundle.env.ui.sidebars[1].content).toContain('data-start-view=""');
});
