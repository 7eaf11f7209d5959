/**
 * Specification of the import's dry run and plan (PRODUCT.md §9): rows to add
 * (IDs assigned, unknown supervisors created), rows already present (same
 * e-post, else same exact name) skipped, rows with problems listed with the
 * list's own row numbers and Swedish reasons — never guessed at. Dates of
 * 2026; today does not matter to an import.
 */
import { isoDateToSerial } from '../../../src/domain/dates';
import { planImport, type ImportInput, type ImportPlan } from '../../../src/domain/import/plan';
import type { CellValue, RawRow } from '../../../src/domain/model';
import { sheetHeaders } from '../../../src/domain/sheetLayout';
import { TRAINEE_COL } from '../../../src/domain/sheetContract';

const MAPPING = { Läkare: 'Namn', Mail: 'E-post', Startdatum: 'ST-start', Vårdcentral: 'Enhet', Handledare: 'Huvudhandledare', Kommentar: 'Anteckning' };
const SOURCE_HEADERS = ['Läkare', 'Mail', 'Startdatum', 'Vårdcentral', 'Handledare', 'Kommentar', 'Telefon'];

function rows(headers: string[], lines: CellValue[][]): RawRow[] {
  return lines.map((line, i) => ({ row: i + 2, cells: Object.fromEntries(headers.map((h, c) => [h, line[c] ?? ''])) }));
}

const TRAINEES = rows(sheetHeaders('trainees'), [
  ['ST-0001', 'Anna Ek', 'anna.ek@example.se', '', 'VC Norr', '2024-01-15'],
  ['ST-0007', 'Björn Dahl', '', '', 'VC Syd', '2026-03-01'],
  ['', 'Eva Sjö', '', '', '', '2026-11-01'],
]);
const SUPERVISORS = rows(sheetHeaders('supervisors'), [
  ['HL-0001', 'Karin Berg'],
  ['HL-0002', 'Lars Ström'],
  ['HL-0004', 'Per Holm'],
  ['HL-0005', 'Per Holm'],
]);

function plan(lines: CellValue[][], overrides: Partial<ImportInput> = {}): ImportPlan {
  const result = planImport({ grid: [SOURCE_HEADERS, ...lines], mapping: MAPPING, trainees: TRAINEES, supervisors: SUPERVISORS, ...overrides });
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

/** A source line from the cells that matter to a case. */
function line(name: CellValue, start: CellValue, extra: { mail?: CellValue; unit?: CellValue; supervisor?: CellValue; note?: CellValue } = {}): CellValue[] {
  return [name, extra.mail ?? '', start, extra.unit ?? '', extra.supervisor ?? '', extra.note ?? '', '070-123 45 67'];
}

describe('rows to add', () => {
  test('get the next free IDs after the highest in ST-läkare, and only the mapped columns', () => {
    const result = plan([line('Cecilia Holm', '2026-02-01', { mail: 'cecilia@example.se', unit: 'VC Öst' }), line('David Lund', '2025-09-01')]);
    expect(result.trainees).toEqual([
      { sourceRow: 2, cells: { ID: 'ST-0008', Namn: 'Cecilia Holm', 'E-post': 'cecilia@example.se', 'ST-start': '2026-02-01', Enhet: 'VC Öst', Huvudhandledare: '', Anteckning: '' } },
      { sourceRow: 3, cells: { ID: 'ST-0009', Namn: 'David Lund', 'E-post': '', 'ST-start': '2025-09-01', Enhet: '', Huvudhandledare: '', Anteckning: '' } },
    ]);
    expect(result).toMatchObject({ skipped: [], problems: [], supervisors: [] });
  });

  test('values are written as a typed row reads them: "aktiv" → Aktiv, "80" → 80, a serial → its date', () => {
    const result = plan([], {
      grid: [[...SOURCE_HEADERS, 'Status', 'Syss.grad'], ['Cecilia Holm', '', isoDateToSerial('2026-02-01'), '', '', '', '', 'aktiv', '80']],
      mapping: { ...MAPPING, Status: 'Status', 'Syss.grad': 'Tjänstgöringsgrad (%)' },
    });
    expect(result.trainees[0].cells).toMatchObject({ 'ST-start': '2026-02-01', Status: 'Aktiv', 'Tjänstgöringsgrad (%)': 80 });
  });

  test('Förnamn and Efternamn mapped to Namn are joined with a space', () => {
    const result = plan([], {
      grid: [['Förnamn', 'Efternamn', 'Start'], ['Cecilia', 'Holm', '2026-02-01'], ['', 'Lund', '2026-02-01']],
      mapping: { Förnamn: 'Namn', Efternamn: 'Namn', Start: 'ST-start' },
    });
    expect(result.trainees.map((t) => t.cells.Namn)).toEqual(['Cecilia Holm', 'Lund']);
  });
});

describe('dates: date cells, serials and YYYY-MM-DD; anything ambiguous is a problem', () => {
  test.each([
    ['2026-02-01', '2026-02-01'],
    [' 2026-02-01 ', '2026-02-01'],
    [isoDateToSerial('2024-02-29'), '2024-02-29'],
  ])('%j is read as %s', (cell, date) => {
    expect(plan([line('Cecilia Holm', cell)]).trainees[0].cells['ST-start']).toBe(date);
  });

  test.each([
    ['03/04/2026', 'Ogiltigt datum ”03/04/2026”'],
    ['3/4/26', 'Ogiltigt datum ”3/4/26”'],
    ['2026-4-3', 'Ogiltigt datum ”2026-4-3”'],
    ['2026-02-30', 'Ogiltigt datum ”2026-02-30”'],
    ['1 februari 2026', 'Ogiltigt datum ”1 februari 2026”'],
    [46054.5, 'innehåller ett klockslag'],
    ['', 'Datum saknas'],
  ])('%j is a problem, not a guess', (cell, reason) => {
    const result = plan([line('Cecilia Holm', cell)]);
    expect(result.trainees).toEqual([]);
    expect(result.problems).toEqual([{ row: 2, reason: expect.stringContaining(reason) }]);
    expect(result.problems[0].reason).toMatch(/^”Startdatum”: /);
  });

  test('an end before the start is a problem under the list\'s own header', () => {
    const result = plan([], {
      grid: [['Namn', 'Start', 'Slut'], ['Cecilia Holm', '2026-02-01', '2025-01-01']],
      mapping: { Namn: 'Namn', Start: 'ST-start', Slut: 'Planerat ST-slut' },
    });
    expect(result.problems).toEqual([{ row: 2, reason: '”Slut”: Planerat ST-slut måste vara efter ST-start – rätta något av datumen' }]);
  });
});

describe('problems are listed with the list\'s row numbers and every reason of the row', () => {
  test('a missing name, a bad e-post and a bad date on one row give one entry with three reasons', () => {
    const result = plan([line('', '03/04/2026', { mail: 'cecilia@' })]);
    expect(result.problems).toEqual([
      { row: 2, reason: expect.stringMatching(/^”Läkare”: Uppgiften saknas.*; ”Mail”: Ogiltig e-postadress.*; ”Startdatum”: Ogiltigt datum/) },
    ]);
  });

  test('empty rows in the middle are ignored and the row numbers stay the sheet\'s', () => {
    const result = plan([line('Cecilia Holm', '2026-02-01'), ['', '', '', '', '', '', ''], ['', '', '', '', '', '', '070-1'], line('David Lund', 'snart')]);
    expect(result.trainees.map((t) => t.sourceRow)).toEqual([2]);
    expect(result.problems.map((p) => p.row)).toEqual([5]);
  });

  test('below a title row the numbers still count from the sheet\'s first row', () => {
    const result = plan([], { grid: [['ST-läkare 2026'], SOURCE_HEADERS, line('Cecilia Holm', 'x')] });
    expect(result.problems.map((p) => p.row)).toEqual([3]);
  });
});

describe('rows already present are skipped: same e-post, else same exact name', () => {
  test('the same e-post in another case is the person in ST-läkare row 2', () => {
    const result = plan([line('Anna Ek-Berg', '2024-01-15', { mail: 'ANNA.EK@example.se' })]);
    expect(result.skipped).toEqual([{ row: 2, reason: 'Finns redan i ST-läkare (rad 2, samma e-post)' }]);
    expect(result.trainees).toEqual([]);
  });

  test('the same exact name is the person, even a row without ID', () => {
    const result = plan([line('Björn Dahl', '2026-03-01'), line('Eva Sjö', '2026-11-01')]);
    expect(result.skipped).toEqual([
      { row: 2, reason: 'Finns redan i ST-läkare (rad 3, samma namn)' },
      { row: 3, reason: 'Finns redan i ST-läkare (rad 4, samma namn)' },
    ]);
  });

  test('a name that differs in case is not the same exact name', () => {
    expect(plan([line('björn dahl', '2026-03-01')]).trainees).toHaveLength(1);
  });

  test('a person present is skipped even when the row has problems: there is nothing to fix', () => {
    expect(plan([line('Björn Dahl', '03/04/2026')])).toMatchObject({ skipped: [{ row: 2 }], problems: [] });
  });

  test('within the list itself: a later row of the same person is skipped, by e-post or by name', () => {
    const result = plan([
      line('Cecilia Holm', '2026-02-01', { mail: 'cecilia@example.se' }),
      line('C. Holm', '2026-02-01', { mail: 'Cecilia@Example.se' }),
      line('Cecilia Holm', '2026-02-01'),
    ]);
    expect(result.trainees.map((t) => t.sourceRow)).toEqual([2]);
    expect(result.skipped).toEqual([
      { row: 3, reason: 'Samma person som rad 2 i listan (samma e-post)' },
      { row: 4, reason: 'Samma person som rad 2 i listan (samma namn)' },
    ]);
  });

  test('a row with a problem does not make a later row of the same person a duplicate', () => {
    const result = plan([line('Cecilia Holm', 'x'), line('Cecilia Holm', '2026-02-01')]);
    expect(result.problems.map((p) => p.row)).toEqual([2]);
    expect(result.trainees.map((t) => t.sourceRow)).toEqual([3]);
  });
});

describe('supervisor names are resolved against Handledare', () => {
  test('a unique exact name or an ID is that supervisor, written as the ID', () => {
    const result = plan([line('Cecilia Holm', '2026-02-01', { supervisor: 'Lars Ström' }), line('David Lund', '2026-02-01', { supervisor: 'hl-0001' })]);
    expect(result.trainees.map((t) => t.cells.Huvudhandledare)).toEqual(['HL-0002', 'HL-0001']);
    expect(result.supervisors).toEqual([]);
  });

  test('a new name becomes one new supervisor with the next free ID, shared by every row naming them', () => {
    const result = plan([
      line('Cecilia Holm', '2026-02-01', { supervisor: 'Maja Lind' }),
      line('David Lund', '2026-02-01', { supervisor: ' Maja Lind ' }),
      line('Erik Falk', '2026-02-01', { supervisor: 'Omar Sjö' }),
    ]);
    expect(result.supervisors).toEqual([
      { id: 'HL-0006', name: 'Maja Lind' },
      { id: 'HL-0007', name: 'Omar Sjö' },
    ]);
    expect(result.trainees.map((t) => t.cells.Huvudhandledare)).toEqual(['HL-0006', 'HL-0006', 'HL-0007']);
  });

  test('a name on two rows of Handledare is a problem', () => {
    const result = plan([line('Cecilia Holm', '2026-02-01', { supervisor: 'Per Holm' })]);
    expect(result.problems).toEqual([{ row: 2, reason: 'Handledaren ”Per Holm” finns på flera rader i Handledare – skriv handledarens ID i listan i stället' }]);
    expect(result.supervisors).toEqual([]);
  });

  test('a name that differs only in case, spacing or accents is a problem, not a new person', () => {
    const result = plan([line('Cecilia Holm', '2026-02-01', { supervisor: 'lars  strom' })]);
    expect(result.problems).toEqual([{ row: 2, reason: expect.stringContaining('liknar ”Lars Ström”') }]);
    expect(result.supervisors).toEqual([]);
  });

  test('an unknown supervisor ID is a problem, not a person called "HL-0099"', () => {
    expect(plan([line('Cecilia Holm', '2026-02-01', { supervisor: 'HL-0099' })]).problems).toEqual([
      { row: 2, reason: 'Handledaren med ID ”HL-0099” finns inte i Handledare' },
    ]);
  });

  test('a row with a problem creates no supervisor, and its reasons include the supervisor\'s', () => {
    const result = plan([line('Cecilia Holm', 'x', { supervisor: 'Per Holm' }), line('David Lund', 'x', { supervisor: 'Ny Person' })]);
    expect(result.supervisors).toEqual([]);
    expect(result.problems[0].reason).toMatch(/Ogiltigt datum.*; Handledaren ”Per Holm” finns på flera rader/);
  });
});

describe('hostile cells', () => {
  test('text that looks like a formula stays the text it is (the shell writes it as text)', () => {
    const result = plan([line('=HYPERLINK("http://x";"Anna")', '2026-02-01', { note: '+46 70 123 45 67', unit: '@VC' })]);
    expect(result.trainees[0].cells).toMatchObject({ Namn: '=HYPERLINK("http://x";"Anna")', Anteckning: '+46 70 123 45 67', Enhet: '@VC' });
  });

  test('a 5,000-character note arrives whole; a 5,000-character date is cut short in the reason', () => {
    const long = 'x'.repeat(5000);
    const result = plan([line('Cecilia Holm', '2026-02-01', { note: long }), line('David Lund', long)]);
    expect(result.trainees[0].cells.Anteckning).toHaveLength(5000);
    expect(result.problems[0].reason.length).toBeLessThan(200);
  });

  test('a formula cell that Sheets hands over as its value is that value; an error value is a problem', () => {
    const result = plan([line('Cecilia Holm', '#REF!'), line('David Lund', isoDateToSerial('2026-02-01'))]);
    expect(result.problems).toEqual([{ row: 2, reason: expect.stringContaining('Ogiltigt datum ”#REF!”') }]);
    expect(result.trainees[0].cells['ST-start']).toBe('2026-02-01');
  });
});

describe('the mapping is checked first', () => {
  test.each([
    [{ Läkare: 'Namn' }, 'Välj vilken kolumn i listan som innehåller ST-start.'],
    [{ Startdatum: 'ST-start' }, 'Välj vilken kolumn i listan som innehåller Namn.'],
    [{ ...MAPPING, Okänd: 'Enhet' }, 'Kolumnen ”Okänd” finns inte i listan. Hämta förslaget igen.'],
    [{ ...MAPPING, Telefon: 'ID' }, '”ID” är ingen kolumn som ST-koll kan fylla i.'],
    [{ ...MAPPING, Telefon: 'Enhet' }, 'Både ”Vårdcentral” och ”Telefon” är kopplade till Enhet. Välj en av dem.'],
  ])('%j is refused', (mapping, message) => {
    expect(planImport({ grid: [SOURCE_HEADERS], mapping, trainees: TRAINEES, supervisors: SUPERVISORS })).toEqual({ ok: false, message });
  });
});

describe('importing the same list again adds nothing', () => {
  test('with the first import\'s rows in ST-läkare and Handledare, every row is skipped', () => {
    const lines = [
      line('Cecilia Holm', '2026-02-01', { supervisor: 'Maja Lind' }),
      line('David Lund', '2026-02-01', { mail: 'david@example.se', supervisor: 'Lars Ström' }),
      line('Erik Falk', '03/04/2026'),
    ];
    const first = plan(lines);
    const traineeHeaders = sheetHeaders('trainees');
    const after = [...TRAINEES, ...first.trainees.map((t, i) => ({ row: 5 + i, cells: Object.fromEntries(traineeHeaders.map((h) => [h, t.cells[h] ?? ''])) }))];
    const supervisorsAfter = [...SUPERVISORS, ...first.supervisors.map((s, i) => ({ row: 6 + i, cells: { ID: s.id, Namn: s.name } }))];
    const second = plan(lines, { trainees: after, supervisors: supervisorsAfter });
    expect(second.trainees).toEqual([]);
    expect(second.supervisors).toEqual([]);
    expect(second.skipped.map((s) => s.row)).toEqual([2, 3]);
    expect(second.problems).toEqual(first.problems);
    expect(first.trainees.map((t) => t.cells[TRAINEE_COL.id])).toEqual(['ST-0008', 'ST-0009']);
  });
});
