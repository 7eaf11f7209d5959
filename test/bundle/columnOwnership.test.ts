/**
 * A column is ST-koll's because ST-koll made it (issue #6): setup marks the
 * computed columns it creates with developer metadata on the whole column;
 * a same-named column the coordinator made and filled is never written, and
 * setup and refresh say which column to rename.
 */
import vm from 'node:vm';
import { loadBundle, type LoadedBundle } from '../../dev/harness';
import { SHEET, SUPERVISOR_COMPUTED, TRAINEE_COMPUTED } from '../../src/domain/sheetContract';
import { coreSheets, NOW } from './coreWorkbook';

const KEY = 'st-koll.column';
const LAYOUT_PROPERTY = 'st-koll.ownedColumns';

function inRealm<T = unknown>(bundle: LoadedBundle, source: string): T {
  return vm.runInContext(source, bundle.context) as T;
}

function alerts(bundle: LoadedBundle): string {
  return JSON.stringify(bundle.env.ui.alerts);
}

function marks(bundle: LoadedBundle, sheet: string): string[] {
  return bundle.env.spreadsheet
    .developerMetadata(sheet)
    .filter((m) => m.key === KEY)
    .map((m) => `${m.value} @ ${m.location}`);
}

/** The coordinator's own list: the trainees' computed headers, but 'Flaggor' is their own notes column. */
function listWithOwnFlags(): Record<string, unknown[][]> {
  const sheets = coreSheets();
  const flags = sheets[SHEET.trainees][0].indexOf(TRAINEE_COMPUTED.flags);
  sheets[SHEET.trainees].forEach((row, i) => {
    while (row.length <= flags) row.push('');
    if (i > 0) row[flags] = `min anteckning ${i}`;
  });
  return sheets;
}

describe('setup marks the computed columns it makes', () => {
  test('every computed column of a new workbook carries the mark, on the whole column', () => {
    const bundle = loadBundle({ workbook: { sheets: {} }, now: NOW });
    bundle.call('setupWorkbook');
    expect(alerts(bundle)).toBe('[]');
    const trainees = bundle.env.spreadsheet.cells(SHEET.trainees)[0] as string[];
    const columnOf = (h: string) => String.fromCharCode(64 + trainees.indexOf(h) + 1);
    expect(marks(bundle, SHEET.trainees)).toEqual(Object.values(TRAINEE_COMPUTED).map((h) => `${h} @ column ${columnOf(h)}`));
    expect(marks(bundle, SHEET.supervisors).map((m) => m.split(' @ ')[0])).toEqual(Object.values(SUPERVISOR_COMPUTED));
    expect(JSON.parse(bundle.env.properties.get('document')[LAYOUT_PROPERTY])[SHEET.trainees][TRAINEE_COMPUTED.flags]).toBe(
      trainees.indexOf(TRAINEE_COMPUTED.flags) + 1,
    );
  });

  test('a second setup adds no second mark', () => {
    const bundle = loadBundle({ workbook: { sheets: {} }, now: NOW });
    bundle.call('setupWorkbook');
    bundle.call('setupWorkbook');
    expect(marks(bundle, SHEET.trainees)).toHaveLength(Object.values(TRAINEE_COMPUTED).length);
  });
});

describe("a coordinator's own 'Flaggor' column full of notes", () => {
  test('setup stops before changing anything and names the column to rename', () => {
    const sheets = listWithOwnFlags();
    const bundle = loadBundle({ workbook: { sheets }, now: NOW });
    const before = bundle.env.spreadsheet.cells(SHEET.trainees);
    bundle.call('setupWorkbook');
    expect(alerts(bundle)).toMatch(/Kolumnen ”Flaggor” i bladet ”ST-läkare” skapades inte av ST-koll/);
    expect(bundle.env.spreadsheet.cells(SHEET.trainees)).toEqual(before);
    expect(bundle.env.spreadsheet.developerMetadata(SHEET.trainees)).toEqual([]);
    expect(bundle.env.spreadsheet.protections(SHEET.trainees)).toEqual([]);
  });

  test('refresh writes nothing at all and says the same', () => {
    const bundle = loadBundle({ workbook: { sheets: listWithOwnFlags() }, now: NOW });
    const before = bundle.env.spreadsheet.cells(SHEET.trainees);
    bundle.call('refreshFlags');
    expect(alerts(bundle)).toMatch(/”Flaggor” i bladet ”ST-läkare”.*Byt namn/);
    expect(bundle.env.spreadsheet.cells(SHEET.trainees)).toEqual(before);
    expect(bundle.env.calls.byMethod()['Range.setValues']).toBeUndefined();
  });

  test('once renamed, setup makes ST-koll its own Flaggor and refresh never touches the notes', () => {
    const sheets = listWithOwnFlags();
    const flags = sheets[SHEET.trainees][0].indexOf(TRAINEE_COMPUTED.flags);
    sheets[SHEET.trainees][0][flags] = 'Flaggor (egen)';
    const bundle = loadBundle({ workbook: { sheets }, now: NOW });
    bundle.call('setupWorkbook');
    bundle.call('refreshFlags');
    expect(alerts(bundle)).toBe('[]');
    const [headers, ...rows] = bundle.env.spreadsheet.cells(SHEET.trainees);
    expect(rows.map((r) => r[headers.indexOf('Flaggor (egen)')])).toEqual(rows.map((_, i) => `min anteckning ${i + 1}`));
    expect(String(rows[0][headers.indexOf(TRAINEE_COMPUTED.flags)])).toMatch(/Årlig avstämning försenad/);
  });
});

describe('the mark moves with its column', () => {
  function setUp(): LoadedBundle {
    const bundle = loadBundle({ workbook: { sheets: {} }, now: NOW });
    bundle.call('setupWorkbook');
    bundle.env.spreadsheet.type(SHEET.trainees, [['ST-0001', 'Anna Ek', '', '', '', '2024-01-15', '', '', '', '', '', 'Aktiv']], 'A2');
    return bundle;
  }
  const headerRow = (b: LoadedBundle) => b.env.spreadsheet.cells(SHEET.trainees)[0] as string[];

  test('Flaggor dragged to column B and a column inserted before it: the refresh writes it where it is now', () => {
    const bundle = setUp();
    const flags = headerRow(bundle).indexOf(TRAINEE_COMPUTED.flags) + 1;
    bundle.env.spreadsheet.moveColumns(SHEET.trainees, flags, 1, 2);
    bundle.env.spreadsheet.insertColumns(SHEET.trainees, 1, 1);
    expect(marks(bundle, SHEET.trainees)).toContain(`${TRAINEE_COMPUTED.flags} @ column C`);
    bundle.call('refreshFlags');
    expect(alerts(bundle)).toBe('[]');
    expect(headerRow(bundle)[2]).toBe(TRAINEE_COMPUTED.flags);
    expect(bundle.env.spreadsheet.cell(SHEET.trainees, 'C2')).toMatch(/Årlig avstämning/);
  });

  test("the coordinator's own Flaggor inserted left of ST-koll's and filled: the refresh refuses", () => {
    const bundle = setUp();
    bundle.env.spreadsheet.insertColumns(SHEET.trainees, 1, 1);
    bundle.env.spreadsheet.type(SHEET.trainees, [[TRAINEE_COMPUTED.flags], ['min egen']], 'B1');
    bundle.call('refreshFlags');
    expect(alerts(bundle)).toMatch(/”Flaggor” i bladet ”ST-läkare”/);
    expect(bundle.env.spreadsheet.cell(SHEET.trainees, 'B2')).toBe('min egen');
  });

  test('deleting a computed column deletes its mark', () => {
    const bundle = setUp();
    const updated = headerRow(bundle).indexOf(TRAINEE_COMPUTED.updated) + 1;
    bundle.env.spreadsheet.deleteColumns(SHEET.trainees, updated, 1);
    expect(marks(bundle, SHEET.trainees).some((m) => m.startsWith(TRAINEE_COMPUTED.updated))).toBe(false);
  });

  test('a refresh whose layout is the one last verified reads no metadata', () => {
    const bundle = setUp();
    bundle.call('refreshFlags');
    bundle.env.calls.reset();
    bundle.call('refreshFlags');
    expect(bundle.env.calls.byMethod()['DeveloperMetadataFinder.find']).toBeUndefined();
  });
});

describe('workbooks set up before marks existed', () => {
  /** Set up and refreshed as the previous version left it: computed columns full, protected by setup, no marks. */
  function previousVersion(): LoadedBundle {
    const bundle = loadBundle({ workbook: { sheets: coreSheets() }, now: NOW });
    bundle.call('setupWorkbook');
    bundle.call('refreshFlags');
    inRealm(bundle, `SpreadsheetApp.getActiveSpreadsheet().createDeveloperMetadataFinder().find().forEach(function (m) { m.remove(); })`);
    bundle.env.properties.delete('document', LAYOUT_PROPERTY);
    bundle.env.ui.clear();
    return bundle;
  }

  test('a computed column inside setup’s warning protection is adopted, marked and refreshed', () => {
    const bundle = previousVersion();
    bundle.call('refreshFlags');
    expect(alerts(bundle)).toBe('[]');
    expect(marks(bundle, SHEET.trainees)).toHaveLength(Object.values(TRAINEE_COMPUTED).length);
  });

  test('without that protection, a filled computed-named column is the user’s and is refused', () => {
    const bundle = previousVersion();
    inRealm(bundle, `SpreadsheetApp.getActiveSpreadsheet().getSheetByName('${SHEET.trainees}').getProtections(SpreadsheetApp.ProtectionType.RANGE).forEach(function (p) { p.remove(); })`);
    bundle.call('refreshFlags');
    expect(alerts(bundle)).toMatch(/”Årlig avstämning” i bladet ”ST-läkare”/);
  });
});
