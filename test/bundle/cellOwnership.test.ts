/**
 * ST-koll writes only its own cells (issue #6): new IDs go into blank ID
 * cells only, and a logged session into the Samtal columns ST-koll knows.
 * Every cell around them — a formula, a text '0042, a date, a link — is left
 * exactly as it was: same formula, same type, same text.
 */
import { loadBundle, type LoadedBundle } from '../../dev/harness';
import { SHEET } from '../../src/domain/sheetContract';
import { coreSheets, NOW } from './coreWorkbook';

const LINK = '=HYPERLINK("https://example.se/anna";"Anna")';

/** Inserts `header` with `cells` (row 2 onwards) as column `at` (0-based) of every row. */
function withUserColumn(rows: unknown[][], at: number, header: string, cells: unknown[]): unknown[][] {
  return rows.map((row, i) => {
    const copy = [...row];
    while (copy.length < at) copy.push('');
    copy.splice(at, 0, i === 0 ? header : cells[i - 1] ?? '');
    return copy;
  });
}

function column(bundle: LoadedBundle, sheet: string, header: string): unknown[] {
  const [headers, ...rows] = bundle.env.spreadsheet.cells(sheet);
  const c = headers.indexOf(header);
  return rows.map((row) => row[c]);
}

describe('assigning IDs writes only the blank ID cells', () => {
  const sheets = coreSheets();
  const trainees = sheets[SHEET.trainees];
  trainees[2][0] = ''; // Björn, row 3
  trainees[3][0] = '="ST-"&"0003"'; // Cecilia's ID is a formula, row 4
  trainees[4][0] = ''; // David, row 5 (Eva, row 6, is blank already)
  const own = ['=LEN(C2)', "'0042", '2026-11-02', LINK, 'https://example.se', ''];
  sheets[SHEET.trainees] = withUserColumn(trainees, 1, 'Egen', own);

  function refreshed(): LoadedBundle {
    const bundle = loadBundle({ workbook: { sheets }, now: NOW });
    bundle.env.spreadsheet.setComputed(SHEET.trainees, 'A4', 'ST-0003');
    bundle.env.spreadsheet.setComputed(SHEET.trainees, 'B2', 7);
    bundle.env.spreadsheet.setComputed(SHEET.trainees, 'B5', 'Anna');
    bundle.env.calls.reset();
    bundle.call('refreshFlags');
    expect(bundle.env.ui.alerts).toEqual([]);
    return bundle;
  }

  test('rows 3, 5 and 6 get new IDs; the formula ID of row 4 and the typed ones stay', () => {
    const bundle = refreshed();
    expect(column(bundle, SHEET.trainees, 'ID')).toEqual(['ST-0001', 'ST-0007', '="ST-"&"0003"', 'ST-0008', 'ST-0009', 'ST-0006']);
  });

  test("the user's column beside the IDs — a formula, a text '0042, a date, a link — is unchanged", () => {
    const bundle = refreshed();
    expect(column(bundle, SHEET.trainees, 'Egen')).toEqual(['=LEN(C2)', '0042', '2026-11-02', LINK, 'https://example.se', '']);
    expect(bundle.env.spreadsheet.values(SHEET.trainees)[2][1]).toBe('0042');
  });

  test('one setValues per run of adjacent blank cells (row 3; rows 5–6), then one per computed block and Översikt', () => {
    const bundle = refreshed();
    expect(bundle.env.calls.byMethod()['Range.setValues']).toBe(5);
  });

  test('the results land on the row of each ID, the formula ID included', () => {
    const bundle = refreshed();
    const [headers, , , cecilia] = bundle.env.spreadsheet.cells(SHEET.trainees);
    expect(cecilia[headers.indexOf('Årlig avstämning')]).toBe('–');
  });
});

describe('logging a session writes only the Samtal columns ST-koll knows', () => {
  const session = { date: '2026-11-20', traineeId: 'ST-0002', supervisorId: 'HL-0001', type: 'Handledningssamtal', minutes: null, documented: true, note: '0042' };

  function logged(): LoadedBundle {
    const sheets = coreSheets();
    const rows = sheets[SHEET.sessions];
    // A user column between Typ and Längd (min) with a formula on every row, the new one's included,
    // and another at the far right holding text that looks like a number, a date and a link.
    const sums = Array.from({ length: 9 }, (_, i) => `=IF(A${i + 2}="";"";ROW())`);
    const blankRows = [new Array(rows[0].length).fill(''), new Array(rows[0].length).fill('')];
    let withColumns = withUserColumn([...rows, ...blankRows], 4, 'Summa', sums);
    withColumns = withUserColumn(withColumns, 8, 'Egen', ['', '', '', '', '', '', '', "'0042", '2026-11-02']);
    const bundle = loadBundle({ workbook: { sheets: { ...sheets, [SHEET.sessions]: withColumns } }, now: NOW });
    for (let row = 2; row <= 8; row++) bundle.env.spreadsheet.setComputed(SHEET.sessions, `E${row}`, row);
    const result = bundle.callFromClient<{ ok: boolean; row?: number }>('logSession', session);
    expect(result).toEqual({ ok: true, row: 9 });
    return bundle;
  }

  test('the session lands on the first row whose known cells are free, though a formula fills the user column', () => {
    const [headers, ...rows] = logged().env.spreadsheet.cells(SHEET.sessions);
    const row9 = Object.fromEntries(headers.map((h, i) => [h, rows[7][i]]));
    expect(row9).toEqual({
      Datum: '2026-11-20',
      'ST-läkare': 'ST-0002',
      Handledare: 'HL-0001',
      Typ: 'Handledningssamtal',
      Summa: '=IF(A9="";"";ROW())',
      'Längd (min)': 60,
      Dokumenterat: true,
      Anteckning: '0042',
      Egen: '0042',
    });
  });

  test('the note 0042 is stored as the text typed, not the number 42', () => {
    const bundle = logged();
    const [headers, ...rows] = bundle.env.spreadsheet.values(SHEET.sessions);
    expect(rows[7][headers.indexOf('Anteckning')]).toBe('0042');
  });

  test("every user cell of Samtal is unchanged: the formulas, the text '0042, the date", () => {
    const bundle = logged();
    const sums = column(bundle, SHEET.sessions, 'Summa');
    expect(sums).toEqual(Array.from({ length: 9 }, (_, i) => `=IF(A${i + 2}="";"";ROW())`));
    expect(column(bundle, SHEET.sessions, 'Egen')).toEqual(['', '', '', '', '', '', '', '0042', '2026-11-02']);
  });
});
