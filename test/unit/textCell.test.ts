/**
 * Specification of textCell (src/gas/textCell.ts): text that Sheets would
 * read as a number, a date, a boolean or a formula gets the apostrophe that
 * keeps it text; plain words are written as they are.
 */
import { textCell } from '../../src/gas/textCell';

describe('text that Sheets would read as something else keeps its text', () => {
  test.each([
    ['0042', "'0042"],
    ['2026-11', "'2026-11"],
    ['3/11', "'3/11"],
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
    expect(textCell(text)).toBe(written);
  });
});

describe('plain words are written as they are', () => {
  test.each([['Anna Ek'], ['Vårdcentral Norr'], ['Örebro'], ['anna.ek@example.se'], ['']])('%j', (text) => {
    expect(textCell(text)).toBe(text);
  });
});
