/**
 * Specification of the §6 sheets in parseWorkbook: Frånvaro, Intyg and
 * Målbeskrivning are read, reported with Swedish reasons and Datafel, and
 * feed Beräknat ST-slut. Today is 2026-03-11.
 */
import type { CellValue, ParsedWorkbook, RawRow, RawWorkbook } from '../../src/domain/model';
import { evaluateWorkbook } from '../../src/domain/evaluate';
import { parseWorkbook } from '../../src/domain/parseWorkbook';
import { splitDelmalCodes } from '../../src/domain/delmalCodes';
import { SHEET } from '../../src/domain/sheetContract';

const TODAY = '2026-03-11';
type Cells = Record<string, CellValue>;

function rows(cells: Cells[] = []): RawRow[] {
  return cells.map((c, i) => ({ row: i + 2, cells: c }));
}
function parse(sheets: Partial<Record<keyof RawWorkbook, Cells[]>>): ParsedWorkbook {
  return parseWorkbook(
    {
      trainees: rows(sheets.trainees),
      supervisors: [],
      agreements: [],
      sessions: [],
      leave: rows(sheets.leave),
      certificates: rows(sheets.certificates),
      catalogue: rows(sheets.catalogue),
    },
    TODAY,
  );
}

const alva: Cells = { ID: 'ST-0001', Namn: 'Alva Lind', 'ST-start': '2022-01-01', Specialitet: 'Psykiatri' };
const leave: Cells = { 'ST-läkare': 'ST-0001', Från: '2023-03-01', Till: '2023-03-10', Typ: 'Föräldraledighet' };
const catalogue: Cells[] = [
  { Föreskrift: 'HSLF-FS 2021:8', Delmål: 'STa3', Benämning: 'Medicinsk vetenskap' },
  { Föreskrift: 'HSLF-FS 2021:8', Delmål: 'STb1', Benämning: 'Kommunikation' },
  { Föreskrift: 'HSLF-FS 2021:8', Specialitet: 'Psykiatri', Delmål: 'STc4', Benämning: 'Psykoterapi' },
  { Föreskrift: 'SOSFS 2015:8', Delmål: 'a5', Benämning: 'Medicinsk vetenskap' },
];
const intyg: Cells = { 'ST-läkare': 'ST-0001', Delmål: 'STa3', Aktivitet: 'Kurs', Utfärdat: '2025-05-01' };

describe('Frånvaro', () => {
  test('a valid row is read; blank Omfattning is 100 %; it moves Beräknat ST-slut by its 10 days', () => {
    const parsed = parse({ trainees: [alva], leave: [leave] });
    expect(parsed.issues).toEqual([]);
    expect(parsed.workbook.leave).toEqual([
      { row: 2, traineeId: 'ST-0001', from: '2023-03-01', to: '2023-03-10', type: 'Föräldraledighet', extent: 100, note: '' },
    ]);
    expect(parsed.workbook.trainees[0].plannedEnd).toBe('2027-07-11');
    expect(parsed.workbook.trainees[0].estimate).toMatchObject({ fullTimeEnd: '2027-07-01', leaveDays: 10 });
  });

  test.each([
    ['Till', { Till: '2023-02-28' }, 'Till måste vara samma dag som Från eller senare – rätta något av datumen'],
    ['Omfattning (%)', { 'Omfattning (%)': 0 }, 'Ogiltigt värde ”0” – ange ett tal från 1 till 100'],
    ['Omfattning (%)', { 'Omfattning (%)': 101 }, 'Ogiltigt värde ”101” – ange ett tal från 1 till 100'],
    ['Från', { Från: '' }, 'Datum saknas – skriv datumet som ÅÅÅÅ-MM-DD'],
    ['Typ', { Typ: 'Semester' }, 'Ogiltigt värde ”Semester” – välj Föräldraledighet, Sjukskrivning, Tjänstledighet eller Annan'],
  ])('%s: %j is reported and the trainee gets Datafel', (column, change, message) => {
    const parsed = parse({ trainees: [alva], leave: [{ ...leave, ...change }] });
    expect(parsed.issues).toEqual([{ sheet: SHEET.leave, row: 2, column, message, traineeIds: ['ST-0001'] }]);
    expect(parsed.workbook.leave).toEqual([]);
  });

  test('an unknown ST-läkare is reported without Datafel on anyone', () => {
    const parsed = parse({ trainees: [alva], leave: [{ ...leave, 'ST-läkare': 'ST-0099' }] });
    expect(parsed.issues).toEqual([
      { sheet: SHEET.leave, row: 2, column: 'ST-läkare', message: 'Okänd ST-läkare ”ST-0099” – ange ID eller exakt namn', traineeIds: [] },
    ]);
  });

  test('a leave that pushes Beräknat ST-slut past 9999-12-31 rejects the trainee with a clear reason', () => {
    const parsed = parse({ trainees: [{ ...alva, 'Tjänstgöringsgrad (%)': 1 }], leave: [{ ...leave, Till: '9990-12-31' }] });
    expect(parsed.issues).toEqual([
      {
        sheet: SHEET.trainees,
        row: 2,
        column: 'Tjänstgöringsgrad (%)',
        message: 'Beräknat ST-slut hamnar efter år 9999 – kontrollera ST-start, Tjänstgöringsgrad och Frånvaro',
        traineeIds: ['ST-0001'],
      },
    ]);
    expect(parsed.workbook.trainees).toEqual([]);
    expect(parsed.rejectedTraineeIds).toEqual(['ST-0001']);
  });
});

describe('Intyg: Delmål codes', () => {
  test.each([
    ['STa3,STb1', ['STa3', 'STb1']],
    ['STa3 STb1', ['STa3', 'STb1']],
    ['STa3, STb1; STc4', ['STa3', 'STb1', 'STc4']],
    [' sta3 ', ['sta3']],
    ['STa3,,STa3', ['STa3']],
    ['  ', []],
  ])('%j is split into %j', (text, codes) => {
    expect(splitDelmalCodes(text)).toEqual(codes);
  });

  test('codes match the catalogue whatever their case and spacing; keys are stored lower case', () => {
    const parsed = parse({
      trainees: [alva],
      catalogue,
      certificates: [intyg, { ...intyg, Delmål: ' sta3 ' }, { ...intyg, Delmål: 'STA3,stb1 STc4' }],
    });
    expect(parsed.issues).toEqual([]);
    expect(parsed.workbook.certificates.map((c) => c.codeKeys)).toEqual([['sta3'], ['sta3'], ['sta3', 'stb1', 'stc4']]);
  });

  test('a code not in the trainee’s catalogue is reported, the trainee gets Datafel and the row is left out', () => {
    const parsed = parse({ trainees: [alva], catalogue, certificates: [{ ...intyg, Delmål: 'STa3, STa9, a5' }] });
    expect(parsed.issues).toEqual([
      {
        sheet: SHEET.certificates,
        row: 2,
        column: 'Delmål',
        message: 'Delmålen ”STa9” och ”a5” finns inte i Målbeskrivning för HSLF-FS 2021:8 (Psykiatri) – rätta koden eller lägg till delmålet där',
        traineeIds: ['ST-0001'],
      },
    ]);
    expect(parsed.workbook.certificates).toEqual([]);
  });

  test('another specialty’s c-delmål is unknown for this trainee', () => {
    const parsed = parse({ trainees: [{ ...alva, Specialitet: 'Kirurgi' }], catalogue, certificates: [{ ...intyg, Delmål: 'STc4' }] });
    expect(parsed.issues[0].message).toMatch(/^Delmålet ”STc4” finns inte i Målbeskrivning för HSLF-FS 2021:8 \(Kirurgi\)/);
  });

  test('an empty Delmål, an unknown Aktivitet and a bad Utfärdat are each reported', () => {
    const parsed = parse({ trainees: [alva], catalogue, certificates: [{ ...intyg, Delmål: ' ', Aktivitet: 'Kongress', Utfärdat: '1/5/2025' }] });
    expect(parsed.issues.map((i) => [i.column, i.message])).toEqual([
      ['Delmål', 'Delmål saknas – skriv koderna med komma eller mellanslag emellan, t.ex. STa3, STb1'],
      ['Aktivitet', expect.stringMatching(/^Ogiltigt värde ”Kongress” – välj Klinisk tjänstgöring/)],
      ['Utfärdat', 'Ogiltigt datum ”1/5/2025” – skriv datumet som ÅÅÅÅ-MM-DD'],
    ]);
  });

  test('an intyg dated in the future is valid (expected, not yet issued)', () => {
    const parsed = parse({ trainees: [alva], catalogue, certificates: [{ ...intyg, Utfärdat: '2026-06-01' }] });
    expect(parsed.issues).toEqual([]);
    expect(parsed.workbook.certificates[0].issued).toBe('2026-06-01');
  });

  test('the intyg of a trainee whose own row is rejected is not judged against a catalogue', () => {
    const parsed = parse({ trainees: [{ ...alva, 'E-post': 'fel' }], catalogue, certificates: [{ ...intyg, Delmål: 'STz9' }] });
    expect(parsed.issues.map((i) => i.sheet)).toEqual([SHEET.trainees]);
  });
});

describe('Målbeskrivning', () => {
  test('rows are read; a blank Specialitet means every specialty', () => {
    const parsed = parse({ catalogue });
    expect(parsed.workbook.catalogue[0]).toEqual({ row: 2, regulation: 'HSLF-FS 2021:8', specialty: '', code: 'STa3', title: 'Medicinsk vetenskap' });
  });

  test('an unknown Föreskrift, an empty Delmål and two codes in one cell are reported, with no Datafel on anyone', () => {
    const parsed = parse({
      catalogue: [
        { Föreskrift: 'SOSFS 2008:17', Delmål: 'a1' },
        { Föreskrift: 'HSLF-FS 2021:8', Delmål: '' },
        { Föreskrift: 'HSLF-FS 2021:8', Delmål: 'STc1, STc2' },
      ],
    });
    expect(parsed.issues.map((i) => [i.row, i.column, i.message, i.traineeIds])).toEqual([
      [2, 'Föreskrift', 'Ogiltigt värde ”SOSFS 2008:17” – välj HSLF-FS 2021:8 eller SOSFS 2015:8', []],
      [3, 'Delmål', 'Uppgiften saknas – fyll i cellen', []],
      [4, 'Delmål', 'Delmål ”STc1, STc2” ska vara en enda kod utan mellanslag eller komma, t.ex. STc4', []],
    ]);
  });
});

describe('a workbook set up before §6', () => {
  test('without Frånvaro, Intyg and Målbeskrivning rows the parse still works', () => {
    const parsed = parseWorkbook({ trainees: rows([alva]), supervisors: [], agreements: [], sessions: [] }, TODAY);
    expect(parsed.workbook.trainees[0].plannedEnd).toBe('2027-07-01');
    expect(parsed.workbook.leave).toEqual([]);
  });
});

describe('evaluateWorkbook: rules 10–12 on the computed row', () => {
  // Bo: 2021:8 from 2022-01-01 at 80 % → Beräknat 2028-11-14; typed end 2027-07-01 is earlier;
  // no BT godkänd after 24 months; 1 of 3 delmål with intyg, and 2027-07-01 is within 365 days of 2026-09-01.
  const bo: Cells = { ...alva, 'Tjänstgöringsgrad (%)': 80, 'Planerat ST-slut': '2027-07-01' };
  const result = () => {
    const parsed = parseWorkbook(
      { trainees: rows([bo]), supervisors: [], agreements: [], sessions: [], certificates: rows([intyg]), catalogue: rows(catalogue) },
      '2026-09-01',
    );
    return evaluateWorkbook(parsed, '2026-09-01').trainees[0];
  };

  test('Beräknat ST-slut 2028-11-14 and Delmål med intyg 1/3 are shown', () => {
    expect(result()).toMatchObject({ estimatedEnd: '2028-11-14', delmal: { covered: 1, required: 3 } });
  });

  test('the three new flags sit among the others in their order', () => {
    expect(result().flags).toEqual(
      expect.arrayContaining(['BT-intyg saknas', '2 delmål utan intyg', 'Beräknat ST-slut efter planerat']),
    );
    const flags = result().flags;
    expect(flags.indexOf('BT-intyg saknas')).toBeLessThan(flags.indexOf('2 delmål utan intyg'));
    expect(flags.indexOf('2 delmål utan intyg')).toBeLessThan(flags.indexOf('Beräknat ST-slut efter planerat'));
  });
});
