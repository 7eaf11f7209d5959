/**
 * Specification of the Samtal fast path (src/domain/schemas/session.ts,
 * readWellFormedSession): it may decline any row, but a row it reads must
 * read exactly as the zod schema and the general reader read it. Today is
 * 2024-10-01.
 */
import * as fc from 'fast-check';
import type { CellValue, RawRow, RawWorkbook } from '../../src/domain/model';
import { parseWorkbook } from '../../src/domain/parseWorkbook';
import { readRowWithSchema } from '../../src/domain/schemas/row';
import { parseSessionRow, readWellFormedSession, sessionDraft, sessionRowSchema } from '../../src/domain/schemas/session';
import { SESSION_TYPE } from '../../src/domain/sheetContract';

const TODAY = '2024-10-01';
type Cells = Record<string, CellValue>;

/** The fast path with the references resolved to these IDs (parseWorkbook resolves them). */
function fastRead(raw: RawRow) {
  return readWellFormedSession(raw, TODAY, 'ST-0001', 'HL-0001');
}

/** A draft of the general path or zod as the Session the fast path builds, with the same IDs. */
function asSession(read: ReturnType<typeof byZod>) {
  if (!read.ok) return read;
  const { row, date, type, minutes, documented, note } = read.values;
  return { row, date, traineeId: 'ST-0001', supervisorId: 'HL-0001', type, minutes, documented, note };
}

/** What the zod schema makes of the row, with the defaults and the date rule. */
function byZod(raw: RawRow) {
  const read = readRowWithSchema(sessionRowSchema, raw.cells);
  return read.ok ? sessionDraft(raw.row, read.values, TODAY) : read;
}

/** Cells as a coordinator types them, mostly plain and sometimes not. */
const cell = {
  date: fc.oneof(
    fc.constantFrom<CellValue>('2024-09-10', '2024-02-29', '2024-10-01', '2024-10-02', '2023-02-29', ' 2024-09-10', '2024-9-10', '5/1/2024', '', 45_544, 45_544.5),
    fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  ),
  trainee: fc.constantFrom<CellValue>('ST-0001', 'Sara Nyström', ' st-0001 ', '', '   ', 42, true),
  supervisor: fc.constantFrom<CellValue>('HL-0001', '', ' ', 'Okänd', 7),
  type: fc.oneof(fc.constantFrom<CellValue>(...SESSION_TYPE), fc.constantFrom<CellValue>('medsittning', ' Medsittning', 'Fika', '', 3)),
  minutes: fc.oneof(fc.constantFrom<CellValue>('', ' ', '45', '7,5', '-1', 'en timme', true), fc.integer({ min: -5, max: 600 }), fc.double({ noNaN: false, min: -10, max: 600 })),
  documented: fc.constantFrom<CellValue>(true, false, '', 'TRUE', 'sant', 'ja', 1),
  note: fc.oneof(fc.constantFrom<CellValue>('', '  ', '=SUM(A1)', 12, false), fc.string()),
};

const sessionCells = fc.record(
  {
    Datum: cell.date,
    'ST-läkare': cell.trainee,
    Handledare: cell.supervisor,
    Typ: cell.type,
    'Längd (min)': cell.minutes,
    Dokumenterat: cell.documented,
    Anteckning: cell.note,
  },
  // An absent key is a column missing from the sheet.
  { requiredKeys: [] },
) as fc.Arbitrary<Cells>;

/** A row the fast path is meant for: every cell in its plainest form. */
const plainCells = fc.record({
  Datum: fc.date({ min: new Date('2000-01-01'), max: new Date(`${TODAY}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  'ST-läkare': fc.constantFrom('ST-0001', 'Sara Nyström'),
  Handledare: fc.constantFrom('HL-0001', ''),
  Typ: fc.constantFrom(...SESSION_TYPE),
  'Längd (min)': fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 600 })),
  Dokumenterat: fc.oneof(fc.boolean(), fc.constant('')),
  Anteckning: fc.oneof(fc.constant(''), fc.string()),
}) as fc.Arbitrary<Cells>;

describe('a row the fast path reads reads the same through zod and the general reader', () => {
  test('property: on random rows, the fast path declines or gives exactly what zod gives', () => {
    fc.assert(
      fc.property(sessionCells, fc.integer({ min: 2, max: 400_000 }), (cells, row) => {
        const raw = { row, cells };
        const fast = fastRead(raw);
        if (fast === null) return;
        expect(asSession(byZod(raw))).toStrictEqual(fast);
        expect(asSession(parseSessionRow(raw, TODAY))).toStrictEqual(fast);
      }),
      { numRuns: 2000 },
    );
  });
  test('property: a plain row is read by the fast path (the property above is not vacuous)', () => {
    fc.assert(
      fc.property(plainCells, (cells) => {
        const raw = { row: 2, cells };
        const fast = fastRead(raw);
        expect(fast).not.toBeNull();
        expect(asSession(byZod(raw))).toStrictEqual(fast);
      }),
      { numRuns: 500 },
    );
  });
  test('a Handledningssamtal 2024-09-10 with Längd blank gets the hour, as through zod', () => {
    const raw = { row: 5, cells: { Datum: '2024-09-10', 'ST-läkare': 'ST-0001', Typ: 'Handledningssamtal', 'Längd (min)': '', Dokumenterat: true, Anteckning: ' bra ' } };
    expect(fastRead(raw)).toStrictEqual({ row: 5, date: '2024-09-10', traineeId: 'ST-0001', supervisorId: 'HL-0001', type: 'Handledningssamtal', minutes: 60, documented: true, note: 'bra' });
  });
  test.each<[string, Cells]>([
    ['a date serial (45544 = 2024-09-10)', { Datum: 45_544 }],
    ['a date with a space around it', { Datum: ' 2024-09-10' }],
    ['a date after today (2024-10-02)', { Datum: '2024-10-02' }],
    ['a non-existent day (2023-02-29)', { Datum: '2023-02-29' }],
    ['Typ in lower case', { Typ: 'medsittning' }],
    ['Längd as text (7,5)', { 'Längd (min)': '7,5' }],
    ['Dokumenterat as text (SANT)', { Dokumenterat: 'SANT' }],
    ['a blank ST-läkare', { 'ST-läkare': ' ' }],
  ])('declines %s: the general reader reads or reports it', (_case, change) => {
    const cells = { Datum: '2024-09-10', 'ST-läkare': 'ST-0001', Typ: 'Medsittning', ...change };
    expect(fastRead({ row: 2, cells })).toBeNull();
  });
});

describe('parseWorkbook gives the same sessions and issues whichever path reads a row', () => {
  const trainees: Cells[] = [
    { ID: 'ST-0001', Namn: 'Sara Nyström', 'ST-start': '2024-01-31' },
    { ID: 'ST-0002', Namn: 'Omar Berg', 'ST-start': '2023-08-15' },
    { ID: 'ST-0003', Namn: 'Omar Berg', 'ST-start': '2023-09-01' },
  ];
  const supervisors: Cells[] = [{ ID: 'HL-0001', Namn: 'Erik Lund' }];
  const reference = fc.constantFrom<CellValue>('ST-0001', 'st-0002', 'Sara Nyström', 'Omar Berg', 'ST-0099', 'HL-0001', '', ' ');
  const row = fc.record({ cells: plainCells, trainee: reference, supervisor: fc.constantFrom<CellValue>('HL-0001', 'Erik Lund', 'Okänd', '', ' ') });
  const workbook = (sessions: Cells[]): RawWorkbook => ({
    trainees: trainees.map((cells, i) => ({ row: i + 2, cells })),
    supervisors: supervisors.map((cells, i) => ({ row: i + 2, cells })),
    agreements: [],
    sessions: sessions.map((cells, i) => ({ row: i + 2, cells })),
  });
  /** The same row with a typed date padded by spaces: the fast path declines it, the general path trims it. */
  const padded = (cells: Cells): Cells => (typeof cells.Datum === 'string' && cells.Datum !== '' ? { ...cells, Datum: ` ${cells.Datum} ` } : cells);

  test('property: a Samtal sheet read as typed equals the same sheet forced through the general path', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.array(sessionCells, { maxLength: 10 }), (plain, odd) => {
        const sessions = [...plain.map((r) => ({ ...r.cells, 'ST-läkare': r.trainee, Handledare: r.supervisor })), ...odd];
        const typed = parseWorkbook(workbook(sessions), TODAY);
        const general = parseWorkbook(workbook(sessions.map(padded)), TODAY);
        expect(typed.workbook.sessions).toStrictEqual(general.workbook.sessions);
        expect(typed.issues).toStrictEqual(general.issues);
      }),
      { numRuns: 300 },
    );
  });
});
