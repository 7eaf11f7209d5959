/**
 * Specification of the cell readers (src/domain/cells.ts): what a cell may
 * hold, what it becomes, and which Swedish reason the user gets otherwise.
 * A reader never guesses.
 */
import {
  cellText,
  choiceReader,
  isBlankCell,
  numberReader,
  readCheckbox,
  readDate,
  readEmail,
  readNumber,
  readRequiredDate,
  readRequiredText,
  readText,
  requiredChoiceReader,
  type CellResult,
} from '../../src/domain/cells';
import { TRAINEE_STATUS } from '../../src/domain/sheetContract';
import { quoteInput } from '../../src/shared/messages/validation';

function value<T>(result: CellResult<T>): T {
  if (!result.ok) throw new Error(`expected a value, got: ${result.message}`);
  return result.value;
}
function message<T>(result: CellResult<T>): string {
  if (result.ok) throw new Error(`expected an error, got: ${JSON.stringify(result.value)}`);
  return result.message;
}

describe('blank cells', () => {
  test.each([[''], ['   '], ['\t\n'], [false], [undefined]])('%j is blank', (cell) => {
    expect(isBlankCell(cell)).toBe(true);
  });
  test.each([['x'], [0], [true], ['0']])('%j is not blank', (cell) => {
    expect(isBlankCell(cell)).toBe(false);
  });
});

describe('text', () => {
  test('is trimmed: "  Anna Berg  " reads "Anna Berg"', () => {
    expect(value(readText('  Anna Berg  '))).toBe('Anna Berg');
  });
  test('a number in a text column reads as its digits: 1234 → "1234"', () => {
    expect(value(readText(1234))).toBe('1234');
  });
  test('formula-looking text stays plain text: "=SUM(A1:A3)" and "+46 70 123"', () => {
    expect(value(readText('=SUM(A1:A3)'))).toBe('=SUM(A1:A3)');
    expect(cellText('+46 70 123')).toBe('+46 70 123');
  });
  test('required text: blank is an error, whitespace only too', () => {
    expect(message(readRequiredText(''))).toMatch(/saknas/);
    expect(message(readRequiredText('   '))).toMatch(/saknas/);
    expect(value(readRequiredText(' Anna '))).toBe('Anna');
  });
});

describe('dates: exactly YYYY-MM-DD or a whole Sheets serial', () => {
  test('"2024-02-29" reads as the leap day', () => {
    expect(value(readDate('2024-02-29'))).toBe('2024-02-29');
  });
  test('surrounding spaces are trimmed: " 2024-05-01 "', () => {
    expect(value(readDate(' 2024-05-01 '))).toBe('2024-05-01');
  });
  test('blank reads as null', () => {
    expect(value(readDate(''))).toBeNull();
    expect(value(readDate(undefined))).toBeNull();
  });
  test('serial 45292 reads as 2024-01-01', () => {
    expect(value(readDate(45292))).toBe('2024-01-01');
  });
  test.each([['5/1/2024'], ['2024-1-5'], ['2023-02-29'], ['2024-04-31'], ['1 maj 2024'], ['2024-05-01 10:00']])(
    '%s is refused with the format hint and the typed text',
    (text) => {
      const reason = message(readDate(text));
      expect(reason).toContain('ÅÅÅÅ-MM-DD');
      expect(reason).toContain(`”${text}”`);
    },
  );
  test('a serial with a time of day, 45000.5, is refused rather than rounded', () => {
    expect(message(readDate(45000.5))).toMatch(/klockslag/);
  });
  test('serial 0 (1899-12-30) is refused', () => {
    expect(message(readDate(0))).toContain('ÅÅÅÅ-MM-DD');
  });
  test('serial 6245678 (past 9999-12-31) is refused, not read as 19000-01-30', () => {
    expect(message(readDate(6245678))).toContain('ÅÅÅÅ-MM-DD');
  });
  test('a checkbox value in a date column is refused', () => {
    expect(readDate(true).ok).toBe(false);
  });
  test('required date: blank is an error, a valid date passes', () => {
    expect(message(readRequiredDate(''))).toMatch(/Datum saknas/);
    expect(value(readRequiredDate('2024-01-31'))).toBe('2024-01-31');
  });
  test('required date: a bad date keeps its own reason, not "saknas"', () => {
    expect(message(readRequiredDate('31/1/2024'))).toMatch(/Ogiltigt datum/);
  });
});

describe('numbers: a number, or digits with "." or "," as decimal separator', () => {
  test.each([
    [60, 60],
    ['7,5', 7.5],
    ['7.5', 7.5],
    [' 90 ', 90],
    ['-3', -3],
  ])('%j reads as %d', (cell, expected) => {
    expect(value(readNumber(cell))).toBe(expected);
  });
  test('blank reads as null (the caller applies the default)', () => {
    expect(value(readNumber(''))).toBeNull();
  });
  test.each([['sextio'], ['1 000'], ['7,5,1'], ['1e3'], ['60 min'], [true]])('%j is refused', (cell) => {
    expect(message(readNumber(cell))).toMatch(/Ogiltigt tal/);
  });
  test('NaN is refused', () => {
    expect(readNumber(Number.NaN).ok).toBe(false);
  });
});

describe('numbers with limits', () => {
  const percent = numberReader({ min: 1, max: 100 });
  const count = numberReader({ min: 0, integer: true });
  test('Tjänstgöringsgrad 1–100: 1 and 100 pass, 0 and 101 are refused', () => {
    expect(value(percent(1))).toBe(1);
    expect(value(percent('100'))).toBe(100);
    expect(message(percent(0))).toBe('Ogiltigt värde ”0” – ange ett tal från 1 till 100');
    expect(percent(101).ok).toBe(false);
  });
  test('a percent-formatted cell gives 0.75, which is refused rather than read as 75', () => {
    expect(percent(0.75).ok).toBe(false);
  });
  test('an integer ≥ 0: 6 passes, 2,5 and -1 are refused', () => {
    expect(value(count(6))).toBe(6);
    expect(message(count('2,5'))).toBe('Ogiltigt värde ”2,5” – ange ett heltal, 0 eller större');
    expect(count(-1).ok).toBe(false);
  });
  test('blank is still null', () => {
    expect(value(count(''))).toBeNull();
  });
});

describe('checkboxes', () => {
  test('true and false read as themselves', () => {
    expect(value(readCheckbox(true))).toBe(true);
    expect(value(readCheckbox(false))).toBe(false);
  });
  test('an empty cell is unticked', () => {
    expect(value(readCheckbox(''))).toBe(false);
  });
  test('the texts TRUE/FALSE (any case) and SANT/FALSKT are read', () => {
    expect(value(readCheckbox('TRUE'))).toBe(true);
    expect(value(readCheckbox('false'))).toBe(false);
    expect(value(readCheckbox('SANT'))).toBe(true);
    expect(value(readCheckbox('falskt'))).toBe(false);
  });
  test('"ja", "x" and 1 are refused', () => {
    expect(message(readCheckbox('ja'))).toMatch(/kryssa i rutan/);
    expect(readCheckbox('x').ok).toBe(false);
    expect(readCheckbox(1).ok).toBe(false);
  });
});

describe('e-mail', () => {
  test('a blank address is allowed (the column is optional)', () => {
    expect(value(readEmail(''))).toBe('');
  });
  test('"  anna.berg@region.se " reads trimmed', () => {
    expect(value(readEmail('  anna.berg@region.se '))).toBe('anna.berg@region.se');
  });
  test.each([['anna.berg'], ['anna@region'], ['anna @region.se'], ['anna@@region.se'], ['anna@region.']])('%s is refused', (text) => {
    expect(message(readEmail(text))).toMatch(/Ogiltig e-postadress/);
  });
});

describe('values from a list', () => {
  const status = choiceReader(TRAINEE_STATUS);
  test('"vilande" reads as the canonical "Vilande"', () => {
    expect(value(status('vilande'))).toBe('Vilande');
  });
  test('" AKTIV " reads as "Aktiv"', () => {
    expect(value(status(' AKTIV '))).toBe('Aktiv');
  });
  test('blank reads as null (the caller applies the default)', () => {
    expect(value(status(''))).toBeNull();
  });
  test('"Pausad" is refused and the message lists the allowed values', () => {
    expect(message(status('Pausad'))).toBe('Ogiltigt värde ”Pausad” – välj Aktiv, Vilande eller Avslutad');
  });
  test('required: blank is an error listing the values', () => {
    expect(message(requiredChoiceReader(TRAINEE_STATUS)(''))).toBe('Uppgiften saknas – välj Aktiv, Vilande eller Avslutad');
  });
});

describe('quoted input in messages', () => {
  test('is cut to 60 characters with an ellipsis', () => {
    const quoted = quoteInput('x'.repeat(200));
    expect(quoted).toBe(`”${'x'.repeat(59)}…”`);
  });
  test('short input is quoted whole', () => {
    expect(quoteInput('Anna B')).toBe('”Anna B”');
  });
});
