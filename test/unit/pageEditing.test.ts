/**
 * PRODUCT.md §5, the page: which value a typed cell takes (dates only as
 * YYYY-MM-DD, lists, numbers, ST-koll's own cells refused) and the colours of
 * ST-koll's conditional formats as the page shows them.
 */
import { acceptEdit, editKindOf } from '../../dev/preview/cellEdit';
import { conditionalColours, parseFormula } from '../../dev/preview/conditionalColours';
import { readableColour } from '../../dev/preview/sheetTable';

describe('typing into a cell', () => {
  const date = editKindOf({ criteria: 'DATE_IS_VALID_DATE', values: [], allowInvalid: false }, false);
  it('takes a date written YYYY-MM-DD, and nothing else', () => {
    expect(acceptEdit(date, '2026-11-23')).toEqual({ ok: true, value: '2026-11-23' });
    for (const typed of ['23/11/2026', '2026-11', '2026-02-30', '20261123', 'i morgon']) {
      expect(acceptEdit(date, typed)).toMatchObject({ ok: false, message: expect.stringMatching(/ÅÅÅÅ-MM-DD/) });
    }
    expect(acceptEdit(date, '')).toEqual({ ok: true, value: '' });
  });

  it('refuses a value outside a strict list, keeps a free list open, writes list values as text', () => {
    const strict = editKindOf({ criteria: 'VALUE_IN_LIST', values: [['Aktiv', 'Vilande'], true], allowInvalid: false }, false);
    expect(acceptEdit(strict, 'Aktiv')).toEqual({ ok: true, value: "'Aktiv" });
    expect(acceptEdit(strict, 'Pausad')).toMatchObject({ ok: false });
    const open = editKindOf({ criteria: 'VALUE_IN_LIST', values: [['Allmänmedicin'], true], allowInvalid: true }, false);
    expect(acceptEdit(open, 'Geriatrik')).toEqual({ ok: true, value: "'Geriatrik" });
  });

  it('checks numbers against their range; ticks a checkbox; never writes ST-koll’s own cells', () => {
    const percent = editKindOf({ criteria: 'NUMBER_BETWEEN', values: [1, 100], allowInvalid: false }, false);
    expect(acceptEdit(percent, '80')).toEqual({ ok: true, value: 80 });
    expect(acceptEdit(percent, '120')).toMatchObject({ ok: false });
    expect(acceptEdit(percent, 'åttio')).toMatchObject({ ok: false });
    expect(acceptEdit(editKindOf({ criteria: 'CHECKBOX', values: [], allowInvalid: false }, false), true)).toEqual({ ok: true, value: true });
    expect(acceptEdit(editKindOf(null, true), 'OK')).toMatchObject({ ok: false, message: expect.stringMatching(/ST-koll fyller i/) });
  });

  it('keeps free text as text (a formula is not run, a date-looking note is not a date)', () => {
    const text = editKindOf(null, false);
    expect(acceptEdit(text, '=1+1')).toEqual({ ok: true, value: "'=1+1" });
    expect(acceptEdit(text, '2026-11-23 ringde')).toEqual({ ok: true, value: "'2026-11-23 ringde" });
    expect(acceptEdit(text, '42')).toEqual({ ok: true, value: 42 });
  });
});

describe('conditional-format colours in the page', () => {
  const rule = (formula: string, range: string, background: string) => ({ criteria: 'CUSTOM_FORMULA', values: [formula], ranges: [range], format: { background } });
  const today = 46_349; // 2026-11-23
  const cells = [
    ['Namn', 'Årlig avstämning', 'Nästa'],
    ['Anna', 'Försenad', { date: today - 10 }],
    ['Björn', 'OK', { date: today + 100 }],
    ['Cecilia', 'Snart', { date: today + 20 }],
  ];

  it('colours the rows whose relative reference meets the formula, the first rule winning', () => {
    const colours = conditionalColours(cells, [rule('=$B2="Försenad"', 'B2:B4', '#f4cccc'), rule('=LEN($B2)>0', 'B2:B4', '#eeeeee')], today);
    expect(colours.map((row) => row[1]?.background)).toEqual([undefined, '#f4cccc', '#eeeeee', '#eeeeee']);
  });

  it('compares date serials with TODAY() as ST-koll’s due-date rules do', () => {
    const colours = conditionalColours(
      cells,
      [rule('=AND(ISNUMBER($C2),$C2<TODAY())', 'C2:C4', '#f4cccc'), rule('=AND(ISNUMBER($C2),$C2>=TODAY(),$C2-TODAY()<=30)', 'C2:C4', '#fce8b2')],
      today,
    );
    expect(colours.map((row) => row[2]?.background)).toEqual([undefined, '#f4cccc', undefined, '#fce8b2']);
  });

  it('leaves a formula outside its small language uncoloured', () => {
    expect(conditionalColours(cells, [rule('=VLOOKUP(A2,X:Y,2)', 'A2:A4', '#000000')], today).flat().filter(Boolean)).toEqual([]);
    expect(parseFormula('=A2 ==')).toBeNull();
  });

  it('darkens a pale text colour until it reads (4.5:1), leaves a dark one alone', () => {
    expect(readableColour('#990000', '#f4cccc')).toBe('#990000');
    expect(readableColour('#999999')).not.toBe('#999999');
  });
});
