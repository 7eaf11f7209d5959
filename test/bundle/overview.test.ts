/**
 * Översikt (PRODUCT.md §8) as refreshFlags() writes it: the built bundle on the
 * fakes, on the workbook of coreWorkbook.ts (2026-11-23) with Anna's planned
 * end set to 2027-02-15. Hand-computed:
 *   Anna Ek      VC Norr  Aktiv     Försenad (due 2026-10-01), 2 sit-ins, ends 2027-02-15
 *   Björn Dahl   VC Syd   Aktiv     OK (due 2027-03-01), Överenskommelse saknas, 0 sit-ins, ends 2031-03-01
 *   Cecilia Holm VC Öst   Vilande   Datafel
 *   David Lund   VC Väst  Avslutad  (not listed)
 *   Eva Sjö      VC Norr  Aktiv     OK (due 2027-11-01, beyond the 12 months), 0 sit-ins, ends 2031-11-01
 *   Fredrik Fel  –        rejected  Datafel (no Enhet)
 * Every specialty is blank or Allmänmedicin.
 */
import { loadBundle, type LoadedBundle } from '../../dev/harness';
import { OVERVIEW, SHEET, TRAINEE_COL } from '../../src/domain/sheetContract';
import { coreSheets, NOW } from './coreWorkbook';
import { readSheet } from './sheetReader';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function sheets(): Record<string, unknown[][]> {
  const all = coreSheets();
  const trainees = all[SHEET.trainees];
  const plannedEnd = (trainees[0] as string[]).indexOf(TRAINEE_COL.plannedEnd);
  trainees[1][plannedEnd] = '2027-02-15';
  return { Blad1: [['Egen anteckning', 42]], ...all };
}

function overviewSheet(bundle: LoadedBundle): Sheet {
  const app = (bundle.context as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp;
  return app.getActiveSpreadsheet().getSheetByName(OVERVIEW.sheet)!;
}

/** Rows of a table on Översikt, from its header cell down to the first blank row. */
function table(bundle: LoadedBundle, row: number, column: number, width: number): unknown[][] {
  const grid = readSheet(bundle, OVERVIEW.sheet);
  const lines: unknown[][] = [];
  for (let r = row - 1; r < grid.length && grid[r][column - 1] !== ''; r++) lines.push(grid[r].slice(column - 1, column - 1 + width));
  return lines;
}

describe('§8 refreshFlags writes Översikt, today 2026-11-23', () => {
  const bundle = loadBundle({ workbook: { sheets: sheets() }, now: NOW });
  bundle.call('refreshFlags');

  test('no alert, and the sheet was created after the others; the user stays on their sheet', () => {
    expect(bundle.env.ui.alerts).toEqual([]);
    expect(bundle.env.spreadsheet.active().sheet).toBe('Blad1');
    expect(bundle.env.spreadsheet.sheetNames()).toEqual(['Blad1', SHEET.trainees, SHEET.supervisors, SHEET.agreements, SHEET.sessions, OVERVIEW.sheet]);
  });

  test('per Enhet: units by name, (ingen enhet) last, Totalt; medians over active trainees', () => {
    expect(table(bundle, 1, 1, 8)).toEqual([
      ['Enhet', 'Aktiva', 'Försenad', 'Snart', 'Överenskommelse saknas', 'Datafel', 'Medsittningar 12 mån (median)', 'ST-slut inom 12 mån'],
      ['VC Norr', 2, 1, 0, 0, 0, 1, 1],
      ['VC Syd', 1, 0, 0, 1, 0, 0, 0],
      ['VC Öst', 0, 0, 0, 0, 1, '', 0],
      ['(ingen enhet)', 0, 0, 0, 0, 1, '', 0],
      ['Totalt', 3, 1, 0, 1, 2, 0, 1],
    ]);
  });

  test('per Specialitet, after one blank row', () => {
    expect(table(bundle, 8, 1, 8)).toEqual([
      ['Specialitet', 'Aktiva', 'Försenad', 'Snart', 'Överenskommelse saknas', 'Datafel', 'Medsittningar 12 mån (median)', 'ST-slut inom 12 mån'],
      ['Allmänmedicin', 3, 1, 0, 1, 2, 0, 1],
      ['Totalt', 3, 1, 0, 1, 2, 0, 1],
    ]);
  });

  test('check-ins per month, as text YYYY-MM: Anna (overdue) in 2026-11, Björn in 2027-03', () => {
    const months = table(bundle, 1, 10, 2);
    expect(months[0]).toEqual(['Månad', 'Årliga avstämningar']);
    expect(months.slice(1).map(([m]) => m)).toEqual([
      '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10',
    ]);
    expect(months.slice(1).filter(([, n]) => n !== 0)).toEqual([['2026-11', 1], ['2027-03', 1]]);
  });

  test('ST ends per quarter, as text YYYY Qn: Anna in 2027 Q1', () => {
    const quarters = table(bundle, 17, 10, 2);
    expect(quarters[0]).toEqual(['Kvartal', 'ST-slut']);
    expect(quarters.slice(1)).toEqual([
      ['2026 Q4', 0], ['2027 Q1', 1], ['2027 Q2', 0], ['2027 Q3', 0], ['2027 Q4', 0], ['2028 Q1', 0], ['2028 Q2', 0], ['2028 Q3', 0],
    ]);
  });

  test('two column charts with titles, beside their tables, over the month and quarter tables', () => {
    expect(bundle.env.spreadsheet.charts(OVERVIEW.sheet).map((c) => ({ type: c.type, ranges: c.ranges, anchor: c.anchor, title: c.options.title }))).toEqual([
      { type: 'COLUMN', ranges: ['J1:K13'], anchor: { row: 1, column: 13 }, title: 'Årliga avstämningar per månad' },
      { type: 'COLUMN', ranges: ['J17:K25'], anchor: { row: 17, column: 13 }, title: 'ST-slut per kvartal' },
    ]);
  });

  test('the sheet is protected with a warning only', () => {
    expect(bundle.env.spreadsheet.protections(OVERVIEW.sheet)).toEqual([
      expect.objectContaining({ type: 'SHEET', warningOnly: true }),
    ]);
  });
});

describe('§8 the charts are created once and kept, whatever happens between refreshes', () => {
  const bundle = loadBundle({ workbook: { sheets: sheets() }, now: NOW });
  const charts = () => bundle.env.spreadsheet.charts(OVERVIEW.sheet);
  bundle.call('refreshFlags');
  const first = charts().map((c) => c.id);

  test('five more refreshes: still the same two charts', () => {
    for (let i = 0; i < 5; i++) bundle.call('refreshFlags');
    expect(charts().map((c) => c.id)).toEqual(first);
  });

  test('a steady refresh costs Översikt four calls: clearContents, getRange, setValues, getCharts (and finding the sheet)', () => {
    bundle.env.calls.reset();
    bundle.call('refreshFlags');
    const methods = bundle.env.calls.byMethod();
    expect(methods['Sheet.clearContents']).toBe(1);
    expect(methods['Sheet.getCharts']).toBe(1);
    expect(Object.keys(methods).filter((m) => /Chart/.test(m) && m !== 'Sheet.getCharts')).toEqual([]);
  });

  test('a copy of a chart (the user duplicated it) is removed on the next refresh', () => {
    const sheet = overviewSheet(bundle);
    sheet.insertChart(sheet.getCharts()[0].modify().build());
    expect(charts()).toHaveLength(3);
    bundle.call('refreshFlags');
    expect(charts().map((c) => c.id)).toEqual(first);
  });

  test('a deleted chart comes back; a chart moved elsewhere is put back beside its table', () => {
    const sheet = overviewSheet(bundle);
    sheet.removeChart(sheet.getCharts()[1]);
    const moved = sheet.getCharts()[0].modify().clearRanges().addRange(sheet.getRange('A1:B3')).setPosition(40, 1, 0, 0).build();
    sheet.updateChart(moved);
    bundle.call('refreshFlags');
    const now = charts();
    expect(now.map((c) => c.options.title)).toEqual(['Årliga avstämningar per månad', 'ST-slut per kvartal']);
    expect(now[0].id).toBe(first[0]);
    expect(now.map((c) => [c.ranges, c.anchor])).toEqual([
      [['J1:K13'], { row: 1, column: 13 }],
      [['J17:K25'], { row: 17, column: 13 }],
    ]);
  });

  test('no other sheet changed: the user’s own sheet reads as before', () => {
    expect(bundle.env.spreadsheet.cells('Blad1')).toEqual([['Egen anteckning', 42]]);
  });
});

describe('§8 setup, then a refresh', () => {
  const bundle = loadBundle({ workbook: { sheets: { Blad1: [['x']] } }, now: NOW });
  bundle.call('setupWorkbook');

  test('setup creates Översikt last with its two charts; a second setup adds none', () => {
    expect(bundle.env.spreadsheet.sheetNames().at(-1)).toBe(OVERVIEW.sheet);
    bundle.call('setupWorkbook');
    expect(bundle.env.spreadsheet.charts(OVERVIEW.sheet)).toHaveLength(2);
  });

  test('Översikt stays where the user moved it', () => {
    const ctx = bundle.context as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
    const ss = ctx.SpreadsheetApp.getActiveSpreadsheet();
    ss.setActiveSheet(ss.getSheetByName(OVERVIEW.sheet)!);
    ss.moveActiveSheet(1);
    bundle.call('setupWorkbook');
    bundle.call('refreshFlags');
    expect(bundle.env.spreadsheet.sheetNames()[0]).toBe(OVERVIEW.sheet);
    expect(bundle.env.spreadsheet.charts(OVERVIEW.sheet)).toHaveLength(2);
  });
});

describe('§8 a month boundary in Stockholm time', () => {
  test('at 2026-11-30 23:30 UTC it is already 2026-12-01 in Stockholm: the months start at 2026-12', () => {
    const bundle = loadBundle({ workbook: { sheets: sheets() }, now: '2026-11-30T23:30:00Z' });
    bundle.call('refreshFlags');
    expect(bundle.env.spreadsheet.cell(OVERVIEW.sheet, 'J2')).toBe('2026-12');
    expect(bundle.env.spreadsheet.cell(OVERVIEW.sheet, 'J13')).toBe('2027-11');
  });
});
