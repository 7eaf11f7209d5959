/**
 * The shell's reading of date cells: Sheets hands back a Date at local
 * midnight in the spreadsheet's zone; the calendar day is read in that zone.
 */
import { dateFormatterFor, toCellValue } from '../../src/gas/dateCells';

describe('a Date from getValues() becomes the calendar day in the spreadsheet zone', () => {
  const stockholm = dateFormatterFor('Europe/Stockholm');

  test.each([
    ['winter: 2026-01-15 00:00 CET is 2026-01-14T23:00Z', '2026-01-14T23:00:00Z', '2026-01-15'],
    ['summer: 2026-06-15 00:00 CEST is 2026-06-14T22:00Z', '2026-06-14T22:00:00Z', '2026-06-15'],
    ['the spring DST day 2026-03-29 starts at 2026-03-28T23:00Z', '2026-03-28T23:00:00Z', '2026-03-29'],
    ['the autumn DST day 2026-10-25 starts at 2026-10-24T22:00Z', '2026-10-24T22:00:00Z', '2026-10-25'],
    ['leap day 2028-02-29 00:00 CET', '2028-02-28T23:00:00Z', '2028-02-29'],
    ['one minute before midnight stays on its day: 2026-01-15 23:59 CET', '2026-01-15T22:59:00Z', '2026-01-15'],
  ])('%s → %s', (_name, instant, day) => {
    expect(stockholm(new Date(instant))).toBe(day);
  });

  test('the same instant is another day in a workbook kept in New York', () => {
    expect(dateFormatterFor('America/New_York')(new Date('2026-01-14T23:00:00Z'))).toBe('2026-01-14');
  });

  test('cells of other types pass through; an invalid Date is an empty cell', () => {
    expect(toCellValue('', stockholm)).toBe('');
    expect(toCellValue(45000, stockholm)).toBe(45000);
    expect(toCellValue(true, stockholm)).toBe(true);
    expect(toCellValue(' text ', stockholm)).toBe(' text ');
    expect(toCellValue(new Date(Number.NaN), stockholm)).toBe('');
    expect(toCellValue(null, stockholm)).toBe('');
  });
});
