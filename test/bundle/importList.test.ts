/**
 * Importing an existing list (PRODUCT.md §9), the built bundle on the fakes:
 * a coordinator's own sheet with foreign headers lands in ST-läkare and
 * Handledare, problems are listed with the source's row numbers, the source is
 * never written, and a second import adds nothing.
 */
import { loadBundle, type LoadedBundle } from '../../dev/harness';
import { SHEET } from '../../src/domain/sheetContract';
import type { ImportProposalDto, ImportResultDto, ImportSourcesDto, Result } from '../../src/shared/api';
import { coreSheets, NOW, TRAINEE_HEADERS } from './coreWorkbook';
import { readRecords } from './sheetReader';

const LIST = 'Min lista';

/** A coordinator's own list: a title row, foreign headers, a user column, hostile cells. */
function listSheet(): unknown[][] {
  return [
    ['ST-läkare VC-området 2026'],
    ['Läkare', 'Mail', 'Startdatum', 'Vårdcentral', 'Handledare', 'Telefon', 'Kommentar'],
    ['Gustav Berg', 'gustav@example.se', '2026-02-01', 'VC Norr', 'Karin Berg', '0042', "'=SUM(1;2)"],
    ['Hanna Falk', 'HANNA@example.se', "'03/04/2026", 'VC Syd', '', '', ''],
    ['', '', '', '', '', '', ''],
    ['Anna Ek', 'anna.ek@example.se', '2024-01-15', '', '', '', 'already there'],
    ['Ida Lind', '', '2025-08-15', '@VC Öst', 'Maja Holm', '', "'+46 70 123"],
    ['Jon Ström', '', '2026-09-01', '', 'Maja Holm', '', "'2026-11"],
    ['Gustav Berg', '', '2026-02-01', '', '', '', 'twice in the list'],
    // A formula: the fakes do not compute, so its value reads as blank (Sheets would hand over the date).
    ['Kim Sjö', '', '=DATE(2026;1;1)', '', '', '', ''],
  ];
}

function fresh(sheets: Record<string, unknown[][]> = { ...coreSheets(), [LIST]: listSheet() }): LoadedBundle {
  return loadBundle({ workbook: { sheets }, now: NOW, activeSheet: LIST });
}

/** The ok branch without its `ok`, as the sidebar's client hands it over. */
function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.message);
  const { ok: _ok, ...value } = result;
  return value as unknown as T;
}

function proposal(bundle: LoadedBundle, sheet = LIST): ImportProposalDto {
  return ok(bundle.callFromClient<Result<ImportProposalDto>>('getImportProposal', sheet));
}

function importList(bundle: LoadedBundle, fn: 'previewImport' | 'runImport', mapping = proposal(bundle).mapping): ImportResultDto {
  return ok(bundle.callFromClient<Result<ImportResultDto>>(fn, { sheet: LIST, mapping }));
}

function formulas(bundle: LoadedBundle, sheet: string): string[][] {
  const app = (bundle.context as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp;
  return app.getActiveSpreadsheet().getSheetByName(sheet)!.getDataRange().getFormulas();
}

describe('getImportSources', () => {
  test('lists every sheet but ST-koll\'s own, the sheet the user is on first choice, and the columns a list may fill', () => {
    const sources = ok(fresh().callFromClient<Result<{ sources: ImportSourcesDto }>>('getImportSources')).sources;
    expect(sources.sheets).toEqual([LIST]);
    expect(sources.active).toBe(LIST);
    expect(sources.targets).toContain('ST-start');
    expect(sources.targets).not.toContain('ID');
  });
});

describe('getImportProposal', () => {
  test('proposes the mapping from the headers below the title; Telefon is left out', () => {
    expect(proposal(fresh())).toEqual({
      headerRow: 2,
      headers: ['Läkare', 'Mail', 'Startdatum', 'Vårdcentral', 'Handledare', 'Telefon', 'Kommentar'],
      mapping: { Läkare: 'Namn', Mail: 'E-post', Startdatum: 'ST-start', Vårdcentral: 'Enhet', Handledare: 'Huvudhandledare', Kommentar: 'Anteckning' },
    });
  });

  test.each([
    [SHEET.trainees, /hör till ST-koll/],
    ['Finns inte', /finns inte längre/],
    [42, /kom inte fram/],
  ])('%j is refused with a Swedish message', (sheet, message) => {
    const result = fresh().callFromClient<Result<ImportProposalDto>>('getImportProposal', sheet);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(message) });
  });

  test('an empty sheet says so', () => {
    const result = fresh({ ...coreSheets(), [LIST]: [] }).callFromClient<Result<ImportProposalDto>>('getImportProposal', LIST);
    expect(result).toEqual({ ok: false, message: `Bladet ”${LIST}” är tomt.` });
  });
});

describe('previewImport: the dry run', () => {
  test('counts rows to add, rows present and problems by the source\'s row numbers, and writes nothing', () => {
    const bundle = fresh();
    const before = JSON.stringify(['ST-läkare', 'Handledare', LIST].map((s) => bundle.env.spreadsheet.cells(s)));
    const result = importList(bundle, 'previewImport');
    expect(result).toEqual({
      added: 3,
      skipped: 2,
      problems: [
        { row: 4, reason: '”Startdatum”: Ogiltigt datum ”03/04/2026” – skriv datumet som ÅÅÅÅ-MM-DD' },
        { row: 10, reason: '”Startdatum”: Datum saknas – skriv datumet som ÅÅÅÅ-MM-DD' },
      ],
      skippedRows: [
        { row: 6, reason: 'Finns redan i ST-läkare (rad 2, samma e-post)' },
        { row: 9, reason: 'Samma person som rad 3 i listan (samma namn)' },
      ],
      newSupervisors: ['Maja Holm'],
    });
    expect(JSON.stringify(['ST-läkare', 'Handledare', LIST].map((s) => bundle.env.spreadsheet.cells(s)))).toBe(before);
  });

  test('a mapping without ST-start is refused before anything is read into the sheets', () => {
    const bundle = fresh();
    const result = bundle.callFromClient<Result<ImportResultDto>>('previewImport', { sheet: LIST, mapping: { Läkare: 'Namn' } });
    expect(result).toEqual({ ok: false, message: 'Välj vilken kolumn i listan som innehåller ST-start.' });
  });

  test.each([
    [null],
    ['Min lista'],
    [{ sheet: LIST }],
    [{ sheet: LIST, mapping: { Läkare: 42 } }],
    [{ sheet: LIST, mapping: {}, extra: true }],
  ])('untrusted input %j gets a Swedish message', (input) => {
    const result = fresh().callFromClient<Result<ImportResultDto>>('previewImport', input);
    expect(result).toEqual({ ok: false, message: 'Uppgifterna om importen kom inte fram. Ladda om sidopanelen och försök igen.' });
  });
});

describe('runImport', () => {
  test('appends the new trainees and supervisors after the last rows, with IDs, dates as dates and text as text', () => {
    const bundle = fresh();
    const result = importList(bundle, 'runImport');
    expect(result).toMatchObject({ added: 3, skipped: 2, newSupervisors: ['Maja Holm'] });
    const trainees = readRecords(bundle, SHEET.trainees);
    expect(trainees).toHaveLength(9);
    expect(trainees.slice(6).map((t) => [t.ID, t.Namn, t['E-post'], t['ST-start'], t.Enhet, t.Huvudhandledare, t.Anteckning])).toEqual([
      ['ST-0007', 'Gustav Berg', 'gustav@example.se', '2026-02-01', 'VC Norr', 'HL-0001', '=SUM(1;2)'],
      ['ST-0008', 'Ida Lind', '', '2025-08-15', '@VC Öst', 'HL-0003', '+46 70 123'],
      ['ST-0009', 'Jon Ström', '', '2026-09-01', '', 'HL-0003', '2026-11'],
    ]);
    const supervisors = readRecords(bundle, SHEET.supervisors);
    expect(supervisors.map((s) => [s.ID, s.Namn])).toEqual([
      ['HL-0001', 'Karin Berg'],
      ['HL-0002', 'Lars Ström'],
      ['HL-0003', 'Maja Holm'],
    ]);
    // Text stayed text: no formula, and '2026-11' is not a date (both would read back otherwise).
    expect(formulas(bundle, SHEET.trainees).flat().filter(Boolean)).toEqual([]);
  });

  test('the source sheet is not written: every cell, formulas included, is as before', () => {
    const bundle = fresh();
    const before = bundle.env.spreadsheet.cells(LIST);
    const notesBefore = bundle.env.spreadsheet.notes(LIST);
    importList(bundle, 'runImport');
    expect(bundle.env.spreadsheet.cells(LIST)).toEqual(before);
    expect(bundle.env.spreadsheet.notes(LIST)).toEqual(notesBefore);
    expect(before[9][2]).toBe('=DATE(2026;1;1)');
    expect(bundle.env.calls.byMethod()['Range.setValues']).toBe(2);
  });

  test('the imported rows pass the same validation as typed rows: the refresh reports no new problem', () => {
    const bundle = fresh();
    const before = bundle.callFromClient<Result<{ report: { issues: unknown[] } }>>('getValidationReport');
    importList(bundle, 'runImport');
    const after = bundle.callFromClient<Result<{ report: { issues: unknown[] } }>>('getValidationReport');
    expect(ok(after).report.issues).toEqual(ok(before).report.issues);
  });

  test('importing the same list again adds nothing', () => {
    const bundle = fresh();
    const first = importList(bundle, 'runImport');
    const sheetsAfterFirst = JSON.stringify([SHEET.trainees, SHEET.supervisors].map((s) => bundle.env.spreadsheet.cells(s)));
    const second = importList(bundle, 'runImport');
    expect(second).toMatchObject({ added: 0, skipped: first.added + first.skipped, problems: first.problems, newSupervisors: [] });
    expect(JSON.stringify([SHEET.trainees, SHEET.supervisors].map((s) => bundle.env.spreadsheet.cells(s)))).toBe(sheetsAfterFirst);
  });

  test('a user column between ST-koll\'s columns is never written, not even with blanks', () => {
    const sheets = coreSheets();
    sheets[SHEET.trainees] = sheets[SHEET.trainees].map((line, i) => [...line.slice(0, 3), i === 0 ? 'Mitt eget' : `egen ${i}`, ...line.slice(3)]);
    const bundle = fresh({ ...sheets, [LIST]: listSheet() });
    bundle.env.calls.reset();
    importList(bundle, 'runImport');
    const records = readRecords(bundle, SHEET.trainees);
    expect(records.slice(6, 9).map((r) => [r.Namn, r['Mitt eget'], r.Enhet])).toEqual([
      ['Gustav Berg', '', 'VC Norr'],
      ['Ida Lind', '', '@VC Öst'],
      ['Jon Ström', '', ''],
    ]);
    // Two runs around the user's column in ST-läkare, one in Handledare: D is not in any write.
    expect(bundle.env.calls.byMethod()['Range.setValues']).toBe(3);
  });

  test('a list longer than the sheet grows it', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => [`Person ${i}`, '', '2026-01-01', '', '', '', '']);
    const bundle = fresh({ ...coreSheets(), [LIST]: [listSheet()[1], ...rows] });
    expect(importList(bundle, 'runImport').added).toBe(1200);
    expect(readRecords(bundle, SHEET.trainees)).toHaveLength(1206);
  });

  test('the document lock is held while writing: a busy lock writes nothing and says so', () => {
    const bundle = fresh();
    bundle.env.lock.holdElsewhere(true);
    const result = bundle.callFromClient<Result<ImportResultDto>>('runImport', { sheet: LIST, mapping: proposal(bundle).mapping });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/Vänta en stund/) });
    expect(readRecords(bundle, SHEET.trainees)).toHaveLength(6);
  });
});

describe('runImport: room for the new rows — the sheet grows at its end, and only when it is short', () => {
  function rowsAfterImport(bundle: LoadedBundle) {
    bundle.env.calls.reset();
    const result = importList(bundle, 'runImport');
    const methods = bundle.env.calls.byMethod();
    return { result, getMaxRows: methods['Sheet.getMaxRows'] ?? 0, inserts: methods['Sheet.insertRowsAfter'] ?? 0 };
  }

  test('spare rows below the last row (a new sheet has 1,000): the rows go there, the sheets keep their size, one getMaxRows each', () => {
    const bundle = fresh();
    const before = [SHEET.trainees, SHEET.supervisors].map((s) => bundle.env.spreadsheet.maxRows(s));
    const { result, getMaxRows, inserts } = rowsAfterImport(bundle);
    expect(result.added).toBeGreaterThan(0);
    expect([SHEET.trainees, SHEET.supervisors].map((s) => bundle.env.spreadsheet.maxRows(s))).toEqual(before);
    expect([getMaxRows, inserts]).toEqual([2, 0]);
    expect(readRecords(bundle, SHEET.trainees)[6].Namn).toBe('Gustav Berg');
  });

  test('a sheet exactly full (its last row in use): it grows at its end by the rows the list needs, no more', () => {
    const bundle = fresh();
    // ST-läkare: header + 6 trainees; Handledare: header + 2 supervisors.
    bundle.env.spreadsheet.deleteRows(SHEET.trainees, 8, bundle.env.spreadsheet.maxRows(SHEET.trainees) - 7);
    bundle.env.spreadsheet.deleteRows(SHEET.supervisors, 4, bundle.env.spreadsheet.maxRows(SHEET.supervisors) - 3);
    const { result, getMaxRows, inserts } = rowsAfterImport(bundle);
    expect([getMaxRows, inserts]).toEqual([2, 2]);
    expect(bundle.env.spreadsheet.maxRows(SHEET.trainees)).toBe(7 + result.added);
    expect(bundle.env.spreadsheet.maxRows(SHEET.supervisors)).toBe(3 + result.newSupervisors.length);
    const records = readRecords(bundle, SHEET.trainees);
    expect(records).toHaveLength(6 + result.added);
    expect(result.added).toBe(3);
    expect(records.slice(6).map((r) => r.Namn)).toEqual(['Gustav Berg', 'Ida Lind', 'Jon Ström']);
  });

  test('the rows read already reach the new rows (a column of unticked boxes of the user\'s own, down to row 40): no getMaxRows for that sheet', () => {
    const sheets = coreSheets();
    const width = TRAINEE_HEADERS.length;
    const trainees = sheets[SHEET.trainees].map((line, i) => [...line, ...new Array(width - line.length).fill(''), i === 0 ? 'Klar' : false]);
    for (let row = trainees.length + 1; row <= 40; row++) trainees.push([...new Array(width).fill(''), false]);
    sheets[SHEET.trainees] = trainees;
    const bundle = fresh({ ...sheets, [LIST]: listSheet() });
    const { result, getMaxRows, inserts } = rowsAfterImport(bundle);
    // Handledare still asks once: its rows read end at its last supervisor.
    expect([getMaxRows, inserts]).toEqual([1, 0]);
    const records = readRecords(bundle, SHEET.trainees);
    expect(records[6].Namn).toBe('Gustav Berg');
    expect(records.filter((r) => r.Namn !== '')).toHaveLength(6 + result.added);
  });

  test('the document lock is held to the end of the execution: the writes flushed under it, no release call', () => {
    const bundle = fresh();
    const { result } = rowsAfterImport(bundle);
    expect(result.added).toBeGreaterThan(0);
    const methods = bundle.env.calls.byMethod();
    expect(methods['SpreadsheetApp.flush']).toBe(1);
    expect(methods['Lock.releaseLock']).toBeUndefined();
    const events = bundle.env.lock.events().filter((e) => e.kind === 'document').map((e) => e.action);
    expect(events.slice(-2)).toEqual(['acquired', 'released at end of execution']);
  });
});

describe('showImport', () => {
  test('opens the sidebar on its import view', () => {
    const bundle = fresh();
    bundle.call('showImport');
    const shown = bundle.env.ui.sidebars;
    expect(shown).toHaveLength(1);
    expect(shown[0].content).toContain('data-start-view="import"');
  });

  test('is on the menu as Importera lista…', () => {
    const bundle = fresh();
    bundle.call('onOpen');
    expect(JSON.stringify(bundle.env.ui.menus)).toContain('"Importera lista…"');
  });
});
