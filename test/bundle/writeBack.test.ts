/**
 * Where refreshFlags writes: by header text, only into ST-koll's own cells,
 * and to the row that holds each ID when the lock is taken.
 */
import { loadBundle, type LoadedBundle } from '../../dev/harness';
import { SHEET } from '../../src/domain/sheetContract';
import { coreSheets, NOW } from './coreWorkbook';
import { readSheet, recordById } from './sheetReader';

type SheetLike = GoogleAppsScript.Spreadsheet.Sheet;
type Ctx = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };

function sheetOf(bundle: LoadedBundle, name: string): SheetLike {
  return (bundle.context as unknown as Ctx).SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!;
}

/** Moves column `from` (0-based) of every row to position `to`. */
function moveColumn(rows: unknown[][], from: number, to: number): unknown[][] {
  return rows.map((row) => {
    const copy = [...row];
    while (copy.length < rows[0].length) copy.push('');
    const [cell] = copy.splice(from, 1);
    copy.splice(to, 0, cell);
    return copy;
  });
}

describe('columns are found by header text', () => {
  test('reordered columns and a user column in the middle: results land under the right headers, the user column is untouched', () => {
    const sheets = coreSheets();
    let trainees = moveColumn(sheets[SHEET.trainees], 1, 5); // Namn after ST-start
    trainees = moveColumn(trainees, 20, 0); // Flaggor first
    trainees = trainees.map((row, i) => [...row.slice(0, 3), i === 0 ? 'Min kolumn' : `egen ${i}`, ...row.slice(3)]);
    sheets[SHEET.trainees] = trainees;
    const bundle = loadBundle({ workbook: { sheets }, now: NOW });
    bundle.call('refreshFlags');
    expect(bundle.env.ui.alerts).toEqual([]);
    const anna = recordById(bundle, SHEET.trainees, 'ST-0001');
    expect(anna['Årlig avstämning']).toBe('Försenad');
    expect(String(anna.Flaggor)).toMatch(/^Årlig avstämning försenad; /);
    const grid = readSheet(bundle, SHEET.trainees);
    expect(grid.map((row) => row[3])).toEqual(['Min kolumn', 'egen 1', 'egen 2', 'egen 3', 'egen 4', 'egen 5', 'egen 6']);
  });

  test('a missing computed header stops the refresh with a Swedish message that says to run setup, writing nothing', () => {
    const sheets = coreSheets();
    sheets[SHEET.trainees] = sheets[SHEET.trainees].map((row) => row.slice(0, 14));
    const bundle = loadBundle({ workbook: { sheets }, now: NOW });
    bundle.call('refreshFlags');
    expect(JSON.stringify(bundle.env.ui.alerts)).toMatch(/Årlig avstämning/);
    expect(readSheet(bundle, SHEET.trainees)[5][0]).toBe('');
  });

  test('a missing sheet gives a Swedish message naming it and the setup command, never a stack trace', () => {
    const sheets = coreSheets();
    delete sheets[SHEET.sessions];
    const bundle = loadBundle({ workbook: { sheets }, now: NOW });
    bundle.call('refreshFlags');
    const text = JSON.stringify(bundle.env.ui.alerts);
    expect(text).toMatch(/Bladet ”Samtal” finns inte/);
    expect(text).toMatch(/Förbered arbetsboken/);
    expect(text).not.toMatch(/at .*\.js/);
  });
});

describe('results follow the ID when users sort while a refresh runs', () => {
  test('rows reversed between the read and the lock: each result lands on the row holding its ID', () => {
    const bundle = loadBundle({ workbook: { sheets: coreSheets() }, now: NOW });
    let sorted = false;
    // A colleague sorts ST-läkare upside down at the moment the refresh takes the lock.
    bundle.env.lock.onAcquire(() => {
      if (sorted) return;
      sorted = true;
      const sheet = sheetOf(bundle, SHEET.trainees);
      const range = sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn());
      range.setValues([...range.getValues()].reverse());
    });
    bundle.call('refreshFlags');
    expect(sorted).toBe(true);
    expect(bundle.env.ui.alerts).toEqual([]);
    expect(recordById(bundle, SHEET.trainees, 'ST-0001')['Årlig avstämning']).toBe('Försenad');
    expect(recordById(bundle, SHEET.trainees, 'ST-0002').Flaggor).toBe('Överenskommelse saknas; IUP saknas; Handledning glest; Få medsittningar (0/6)');
    expect(recordById(bundle, SHEET.trainees, 'ST-0004').Flaggor).toBe('');
  });

  test('another execution holding the lock: a Swedish "try again" message and no write', () => {
    const bundle = loadBundle({ workbook: { sheets: coreSheets() }, now: NOW });
    bundle.env.lock.holdElsewhere(true);
    bundle.call('refreshFlags');
    expect(JSON.stringify(bundle.env.ui.alerts)).toMatch(/försök igen/);
    expect(recordById(bundle, SHEET.trainees, 'ST-0001')['Årlig avstämning']).toBe('');
  });
});

describe('batch I/O', () => {
  test('a refresh makes the same number of service calls for 6 trainees as after doubling the sessions', () => {
    const small = loadBundle({ workbook: { sheets: coreSheets() }, now: NOW });
    small.env.calls.reset();
    small.call('refreshFlags');
    const sheets = coreSheets();
    sheets[SHEET.sessions] = [...sheets[SHEET.sessions], ...sheets[SHEET.sessions].slice(1)];
    const large = loadBundle({ workbook: { sheets }, now: NOW });
    large.env.calls.reset();
    large.call('refreshFlags');
    expect(large.env.calls.total()).toBe(small.env.calls.total());
    const methods = small.env.calls.byMethod();
    expect(methods['Range.getValue'] ?? 0).toBe(0);
    expect(methods['Range.setValue'] ?? 0).toBe(0);
  });
});

describe('IDs ST-koll assigns stay unique when users type while a refresh runs', () => {
  test('a user types ST-0007 on a new row before the lock: Eva keeps a blank ID and the new row gets no one else\'s results', () => {
    const bundle = loadBundle({ workbook: { sheets: coreSheets() }, now: NOW });
    bundle.env.lock.onAcquire(() => {
      bundle.env.spreadsheet.type(SHEET.trainees, [['ST-0007', 'Gustav Ny']], 'A8');
    });
    bundle.call('refreshFlags');
    const grid = readSheet(bundle, SHEET.trainees);
    expect(grid[5][0]).toBe('');
    expect(grid[5][1]).toBe('Eva Sjö');
    const gustav = recordById(bundle, SHEET.trainees, 'ST-0007');
    expect(gustav.Namn).toBe('Gustav Ny');
    expect(gustav['Årlig avstämning']).toBe('');
    expect(gustav.Flaggor).toBe('');
  });

  test('the next refresh gives Eva the next free ID, ST-0008', () => {
    const sheets = coreSheets();
    sheets[SHEET.trainees].push(['ST-0007', 'Gustav Ny', '', '', '', '2026-10-01', '', '', '', '', '', 'Aktiv', '', '']);
    const bundle = loadBundle({ workbook: { sheets }, now: NOW });
    bundle.call('refreshFlags');
    expect(recordById(bundle, SHEET.trainees, 'ST-0008').Namn).toBe('Eva Sjö');
  });
});

describe('new IDs on scattered blank rows', () => {
  test('three blank IDs between typed ones: each gets the next ID, typed IDs stay, one write per run of blank cells', () => {
    const sheets = coreSheets();
    const rows = sheets[SHEET.trainees];
    rows[2] = ['', ...rows[2].slice(1)]; // Björn, row 3
    rows[4] = ['', ...rows[4].slice(1)]; // David, row 5
    const bundle = loadBundle({ workbook: { sheets }, now: NOW });
    bundle.env.calls.reset();
    bundle.call('refreshFlags');
    const ids = readSheet(bundle, SHEET.trainees).slice(1).map((row) => row[0]);
    expect(ids).toEqual(['ST-0001', 'ST-0007', 'ST-0003', 'ST-0008', 'ST-0009', 'ST-0006']);
    // Rows 3 and 5–6 are two runs of blank cells: two ID writes that leave
    // ST-0003 between them untouched, then the two computed blocks and Översikt.
    expect(bundle.env.calls.byMethod()['Range.getFormulas']).toBeUndefined();
    expect(bundle.env.calls.byMethod()['Range.setValues']).toBe(5);
  });
});

describe('a person sorts the sheet between the read and the write (issue #6)', () => {
  /** Each trainee's computed cells, keyed by ID. */
  function resultsById(bundle: LoadedBundle): Record<string, unknown[]> {
    const [headers, ...rows] = bundle.env.spreadsheet.cells(SHEET.trainees);
    const computed = ['Årlig avstämning', 'Nästa årliga avstämning', 'Senaste handledning', 'Handledning 12 mån (h)', 'Medsittningar 12 mån', 'Flaggor'];
    return Object.fromEntries(rows.filter((r) => r[0]).map((r) => [String(r[0]), computed.map((h) => r[headers.indexOf(h)])]));
  }

  test('sorted by name, descending, once the lock is taken: every result is on the row of its own ID', () => {
    const sheets = coreSheets();
    sheets[SHEET.trainees][5][0] = 'ST-0005'; // every row has an ID: the sort alone moves rows
    const calm = loadBundle({ workbook: { sheets }, now: NOW });
    calm.call('refreshFlags');
    const sorted = loadBundle({ workbook: { sheets }, now: NOW });
    sorted.env.lock.onAcquire(() => sorted.env.spreadsheet.sortRows(SHEET.trainees, 'Namn', true));
    sorted.call('refreshFlags');
    expect(sorted.env.ui.alerts).toEqual([]);
    expect(sorted.env.spreadsheet.cells(SHEET.trainees)[1][1]).toBe('Fredrik Fel');
    expect(resultsById(sorted)).toEqual(resultsById(calm));
  });

  test('the sheet was exactly full and its last row is deleted once the lock is taken: the rows read are no longer there, the sheet as it is now is re-read, every other result on its own ID', () => {
    const sheets = coreSheets();
    sheets[SHEET.trainees][5][0] = 'ST-0005';
    const calm = loadBundle({ workbook: { sheets }, now: NOW });
    calm.call('refreshFlags');
    const shrunk = loadBundle({ workbook: { sheets }, now: NOW });
    shrunk.env.spreadsheet.deleteRows(SHEET.trainees, 8, shrunk.env.spreadsheet.maxRows(SHEET.trainees) - 7);
    shrunk.env.lock.onAcquire(() => shrunk.env.spreadsheet.deleteRows(SHEET.trainees, 7, 1)); // Fredrik Fel, ST-0006
    shrunk.call('refreshFlags');
    expect(shrunk.env.ui.alerts).toEqual([]);
    const { 'ST-0006': _gone, ...others } = resultsById(calm);
    expect(resultsById(shrunk)).toEqual(others);
  });
});

describe('a refresh that fails while writing lets go of the document lock at once', () => {
  test('setValues refused during the write: the error reaches the user and the lock is released before the dialog', () => {
    const bundle = loadBundle({ workbook: { sheets: coreSheets() }, now: NOW });
    // The fakes live in the bundle's realm: reach the Range class through a range of it.
    const rangeClass = Object.getPrototypeOf(sheetOf(bundle, SHEET.trainees).getRange(1, 1)) as { setValues: unknown };
    const original = rangeClass.setValues;
    rangeClass.setValues = function refuse(): never {
      throw new Error('Service Spreadsheets failed while accessing document');
    };
    bundle.env.calls.reset();
    try {
      bundle.call('refreshFlags');
    } finally {
      rangeClass.setValues = original;
    }
    expect(bundle.env.ui.alerts.join('\n')).not.toBe('');
    const events = bundle.env.lock.events().filter((e) => e.kind === 'document').map((e) => e.action);
    expect(events).toEqual(['acquired', 'released']);
    expect(bundle.env.calls.byMethod()['Lock.releaseLock']).toBe(1);
  });
});
