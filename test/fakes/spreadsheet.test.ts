/** The spreadsheet fakes behave like Sheets: typed cells, local-midnight dates, Apps Script's errors. */
import { inRealm, thrownMessage, withSheet } from './helpers';

describe('date cells come back as Dates at local midnight in the spreadsheet zone', () => {
  const bundle = withSheet([
    ['Datum'],
    ['2026-03-29'], // Stockholm switches to summer time at 02:00 that day
    ['2026-10-25'], // and back to winter time
    ['2026-01-15'],
  ]);
  const iso = (row: number) =>
    inRealm<string>(bundle, `SpreadsheetApp.getActiveSheet().getRange(${row}, 1).getValue().toISOString()`);

  test('the day summer time starts is midnight CET (UTC+1)', () => {
    expect(iso(2)).toBe('2026-03-28T23:00:00.000Z');
  });

  test('the day summer time ends is midnight CEST (UTC+2)', () => {
    expect(iso(3)).toBe('2026-10-24T22:00:00.000Z');
  });

  test('every date is an instance of the realm Date', () => {
    expect(inRealm(bundle, `SpreadsheetApp.getActiveSheet().getDataRange().getValues().slice(1).every(function (r) { return r[0] instanceof Date; })`)).toBe(true);
  });

  test('formatting in the zone gives back the typed day', () => {
    const days = inRealm<string[]>(
      bundle,
      `SpreadsheetApp.getActiveSheet().getRange('A2:A4').getValues().map(function (r) { return Utilities.formatDate(r[0], 'Europe/Stockholm', 'yyyy-MM-dd'); })`,
    );
    expect([...days]).toEqual(['2026-03-29', '2026-10-25', '2026-01-15']);
  });

  test('changing the spreadsheet zone keeps the calendar day and moves the instant', () => {
    const b = withSheet([['Datum'], ['2026-03-29']]);
    inRealm(b, `SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetTimeZone('America/New_York')`);
    expect(inRealm(b, `SpreadsheetApp.getActiveSheet().getRange('A2').getValue().toISOString()`)).toBe('2026-03-29T04:00:00.000Z');
  });

  test('a Date written with setValues is stored as a date-time and read back as the same instant', () => {
    const b = withSheet([['När']]);
    const back = inRealm<string>(
      b,
      `var r = SpreadsheetApp.getActiveSheet().getRange('A2'); r.setValues([[new Date('2026-07-01T12:34:56Z')]]); r.getValue().toISOString()`,
    );
    expect(back).toBe('2026-07-01T12:34:56.000Z');
    expect(b.env.spreadsheet.cell('Data', 'A2')).toBe('2026-07-01 14:34:56');
  });
});

describe('typed input is read the way Sheets reads it', () => {
  const bundle = withSheet([
    ['text', 'number', 'bool', 'apostrophe', 'formula', 'date', 'not a date', 'percent'],
    ['Anna', '42.5', 'TRUE', "'2026-01-01", '=SUM(1,2)', '2026-02-28', '2026-02-30', '50%'],
    ['', 7, false, "'0012", '=A1', new Date('2026-05-01T00:00:00+02:00'), '2026-13-01', '-3'],
  ]);
  const values = () => inRealm<unknown[][]>(bundle, `SpreadsheetApp.getActiveSheet().getDataRange().getValues()`);

  test('numbers, booleans, literal text and formulas', () => {
    const [, row2, row3] = values();
    expect(row2[0]).toBe('Anna');
    expect(row2[1]).toBe(42.5);
    expect(row2[2]).toBe(true);
    expect(row2[3]).toBe('2026-01-01');
    expect(row2[4]).toBe('');
    expect(row2[6]).toBe('2026-02-30');
    expect(row2[7]).toBe(0.5);
    expect(row3[0]).toBe('');
    expect(row3[2]).toBe(false);
    expect(row3[3]).toBe('0012');
    expect(row3[6]).toBe('2026-13-01');
    expect(row3[7]).toBe(-3);
  });

  test('ISO date strings become date cells; getFormulas returns the formula text', () => {
    expect(Object.prototype.toString.call(values()[1][5])).toBe('[object Date]');
    expect(inRealm(bundle, `SpreadsheetApp.getActiveSheet().getRange('E2:E3').getFormulas().join()`)).toBe('=SUM(1,2),=A1');
    expect(bundle.env.spreadsheet.cells('Data')[2][5]).toBe('2026-05-01');
  });

  test('strings written with setValue are parsed too, unless the cell is plain text', () => {
    const b = withSheet([['x']]);
    inRealm(b, `var r = SpreadsheetApp.getActiveSheet().getRange('A2'); r.setValue('2026-04-01'); SpreadsheetApp.getActiveSheet().getRange('B2').setNumberFormat('@').setValue('2026-04-01')`);
    expect(inRealm(b, `SpreadsheetApp.getActiveSheet().getRange('A2').getValue() instanceof Date`)).toBe(true);
    expect(inRealm(b, `SpreadsheetApp.getActiveSheet().getRange('B2').getValue()`)).toBe('2026-04-01');
  });

  test("'0042' is the number 42, '2026-11' the first of November, '2/11' the second of November this year (Swedish locale)", () => {
    const b = withSheet([['x']]);
    inRealm(b, `SpreadsheetApp.getActiveSheet().getRange('A2:D2').setValues([['0042', '2026-11', '2/11', '3/11/2025']])`);
    expect(b.env.spreadsheet.cells('Data')[1]).toEqual([42, '2026-11-01', '2026-11-02', '2025-11-03']);
  });

  test("a month-first locale reads '2/11' as the eleventh of February; an impossible day stays text", () => {
    const b = withSheet([['x']]);
    inRealm(b, `SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetLocale('en_US'); SpreadsheetApp.getActiveSheet().getRange('A2:B2').setValues([['2/11', '13/20']])`);
    expect(b.env.spreadsheet.cells('Data')[1]).toEqual(['2026-02-11', '13/20']);
  });

  test("a leading apostrophe keeps '3/11' and '=1+1' as text and is not stored; so does a plain-text cell", () => {
    const b = withSheet([['x']]);
    inRealm(b, `var s = SpreadsheetApp.getActiveSheet(); s.getRange('A2:B2').setValues([["'3/11", "'=1+1"]]); s.getRange('C2').setNumberFormat('@').setValue('0042')`);
    expect(inRealm<unknown[]>(b, `SpreadsheetApp.getActiveSheet().getRange('A2:C2').getValues()[0]`)).toEqual(['3/11', '=1+1', '0042']);
  });

  test("getValues returns a formula's computed value, never '' for a formula that computes something", () => {
    const b = withSheet([['x', 'y'], ['=B2*2', 21]]);
    b.env.spreadsheet.setComputed('Data', 'A2', 42);
    expect(inRealm(b, `SpreadsheetApp.getActiveSheet().getRange('A2').getValue()`)).toBe(42);
    expect(inRealm(b, `SpreadsheetApp.getActiveSheet().getRange('A2').getFormula()`)).toBe('=B2*2');
    expect(b.env.spreadsheet.displayValues('Data')[1][0]).toBe('42');
  });

  test('display values follow the Swedish locale date format and number formats', () => {
    const b = withSheet([['d', 'n'], ['2026-03-29', 0.256]]);
    inRealm(b, `SpreadsheetApp.getActiveSheet().getRange('B2').setNumberFormat('0.0%')`);
    expect(b.env.spreadsheet.displayValues('Data')[1]).toEqual(['2026-03-29', '25.6%']);
  });

  test('getValues returns fresh arrays', () => {
    const b = withSheet([['a'], ['b']]);
    const same = inRealm(b, `var r = SpreadsheetApp.getActiveSheet().getDataRange(); var v = r.getValues(); v[0][0] = 'changed'; v.push(['x']); r.getValues()[0][0] + r.getValues().length`);
    expect(same).toBe('a2');
  });
});

describe('ranges and their errors', () => {
  const bundle = withSheet([['a', 'b'], [1, 2]]);
  const sheet = `SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')`;

  test('a new sheet is 1000 × 26, the data range covers the data and at least A1', () => {
    expect(inRealm(bundle, `var s = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Ny'); [s.getMaxRows(), s.getMaxColumns(), s.getDataRange().getA1Notation(), s.getLastRow()].join()`)).toBe(
      '1000,26,A1,0',
    );
    expect(inRealm(bundle, `${sheet}.getDataRange().getA1Notation()`)).toBe('A1:B2');
  });

  test.each([
    ['row 0', `${sheet}.getRange(0, 1)`],
    ['column 0', `${sheet}.getRange(1, 0)`],
    ['past the last row', `${sheet}.getRange(1001, 1)`],
    ['past the last column', `${sheet}.getRange(1, 27)`],
    ['a block crossing the edge', `${sheet}.getRange(999, 1, 5, 1)`],
  ])('%s is outside the sheet', (_name, source) => {
    expect(thrownMessage(() => inRealm(bundle, source))).toBe('The coordinates of the range are outside the dimensions of the sheet.');
  });

  test('setValues with the wrong number of rows says so', () => {
    expect(thrownMessage(() => inRealm(bundle, `${sheet}.getRange(1, 1, 3, 2).setValues([[1, 2]])`))).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
  });

  test('setValues with a ragged row says the columns do not match', () => {
    expect(thrownMessage(() => inRealm(bundle, `${sheet}.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])`))).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  test('errors are Apps Script Exceptions', () => {
    expect(inRealm(bundle, `try { ${sheet}.getRange(0, 1) } catch (e) { String(e) }`)).toBe(
      'Exception: The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  test('A1 notation: open ranges, sheet names, offsets', () => {
    expect(inRealm(bundle, `${sheet}.getRange('B2:B').getA1Notation()`)).toBe('B2:B1000');
    expect(inRealm(bundle, `SpreadsheetApp.getActiveSpreadsheet().getRange("'Data'!A1:B2").getValues().join('|')`)).toBe('a,b|1,2');
    expect(inRealm(bundle, `${sheet}.getRange('A1').offset(1, 1, 1, 1).getValue()`)).toBe(2);
  });

  test('inserting columns shifts data right; appendRow writes after the last row', () => {
    const b = withSheet([['a', 'b'], [1, 2]]);
    inRealm(b, `var s = ${sheet}; s.insertColumnsAfter(1, 2); s.appendRow(['x', '', '', '2026-01-02'])`);
    expect(b.env.spreadsheet.cells('Data')).toEqual([
      ['a', '', '', 'b'],
      [1, '', '', 2],
      ['x', '', '', '2026-01-02'],
    ]);
    expect(b.env.spreadsheet.maxColumns('Data')).toBe(28);
  });

  test('a strict validation rule rejects input like Sheets does', () => {
    const b = withSheet([['Status'], ['Aktiv']]);
    inRealm(b, `var rule = SpreadsheetApp.newDataValidation().requireValueInList(['Aktiv', 'Vilande'], true).setAllowInvalid(false).build(); ${sheet}.getRange('A2:A10').setDataValidation(rule)`);
    expect(thrownMessage(() => inRealm(b, `${sheet}.getRange('A3').setValue('Okänd')`))).toBe(
      'The data you entered in cell A3 violates the data validation rules set on this cell.',
    );
    inRealm(b, `${sheet}.getRange('A3').setValue('Vilande')`);
    expect(b.env.spreadsheet.cell('Data', 'A3')).toBe('Vilande');
  });
});
