/**
 * Specification of how ST-koll writes a value so that Sheets does not
 * reinterpret it (src/gas/cellWrite.ts): text that Sheets would read as a
 * number, a date, a boolean or a formula gets the apostrophe that keeps it
 * text; plain words are written as they are; a date column gets its date and a
 * plain-text ('@') column its text as it is.
 */
import { asText, cellFor, rowCellsFor } from '../../src/gas/cellWrite';
import { LEAVE_COL, SHEET, TRAINEE_COMPUTED } from '../../src/domain/sheetContract';
import { specOf } from '../../src/domain/sheetLayout';

describe('text that Sheets would read as something else keeps its text', () => {
  test.each([
    ['0042', "'0042"],
    ['2026-11', "'2026-11"],
    ['3/11', "'3/11"],
    ['2/11', "'2/11"],
    ['=SUM(A1:A3)', "'=SUM(A1:A3)"],
    ['+46 70 123 45 67', "'+46 70 123 45 67"],
    ['-', "'-"],
    ['@VC', "'@VC"],
    ['TRUE', "'TRUE"],
    ['falskt', "'falskt"],
    ['VC 12', "'VC 12"],
    ["'citat", "''citat"],
    ['50%', "'50%"],
  ])('%j → %j', (text, written) => {
    expect(asText(text)).toBe(written);
  });
});

describe('plain words are written as they are', () => {
  test.each([['Anna Ek'], ['Vårdcentral Norr'], ['Örebro'], ['anna.ek@example.se'], ['']])('%j', (text) => {
    expect(asText(text)).toBe(text);
  });
});

describe("each value as its column's contract says", () => {
  test('a date column gets the ISO date itself (Sheets reads it as that day); numbers and booleans go as they are', () => {
    const leave = specOf(SHEET.leave).columnTypes;
    expect(cellFor(leave[LEAVE_COL.from], '2026-11-02')).toBe('2026-11-02');
    expect(cellFor(undefined, 50)).toBe(50);
    expect(cellFor(undefined, true)).toBe(true);
  });

  test("a plain-text ('@') column stores its input as is, so it gets no apostrophe", () => {
    const literal = specOf(SHEET.trainees).columnTypes[TRAINEE_COMPUTED.delmalCovered];
    expect(literal).toEqual({ kind: 'literal' });
    expect(cellFor(literal, '2/11')).toBe('2/11');
  });

  test('a Frånvaro row typed by header, 2026-11-23: the note that looks like a month stays text, the dates stay dates', () => {
    expect(rowCellsFor(SHEET.leave, { [LEAVE_COL.from]: '2026-11-23', [LEAVE_COL.note]: '2026-11', [LEAVE_COL.extent]: 50 })).toEqual({
      [LEAVE_COL.from]: '2026-11-23',
      [LEAVE_COL.note]: "'2026-11",
      [LEAVE_COL.extent]: 50,
    });
  });
});
