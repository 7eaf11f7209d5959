/**
 * Specification of parseWorkbook (PRODUCT.md §1 and §2, last paragraph):
 * which rows are used, which defaults apply, which rows are reported and who
 * gets Datafel. Today is 2024-10-01 unless a test says otherwise.
 */
import * as fc from 'fast-check';
import type * as z from 'zod';
import type { CellValue, ParsedWorkbook, RawRow, RawWorkbook, ValidationIssue } from '../../src/domain/model';
import { parseWorkbook } from '../../src/domain/parseWorkbook';
import { AGREEMENT_READERS, agreementRowSchema } from '../../src/domain/schemas/agreement';
import { fastRowReader, readRowWithSchema, type ColumnReaders } from '../../src/domain/schemas/row';
import { CATALOGUE_READERS, catalogueRowSchema } from '../../src/domain/schemas/catalogue';
import { CERTIFICATE_READERS, certificateRowSchema } from '../../src/domain/schemas/certificate';
import { LEAVE_READERS, leaveRowSchema } from '../../src/domain/schemas/leave';
import { SESSION_READERS, sessionRowSchema } from '../../src/domain/schemas/session';
import { SUPERVISOR_READERS, supervisorRowSchema } from '../../src/domain/schemas/supervisor';
import { TRAINEE_READERS, traineeRowSchema } from '../../src/domain/schemas/trainee';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { SHEET } from '../../src/domain/sheetContract';

const TODAY = '2024-10-01';
type Cells = Record<string, CellValue>;

/** Rows numbered as in the sheet: the header is row 1, data from row 2. */
function sheetRows(cells: Cells[]): RawRow[] {
  return cells.map((c, i) => ({ row: i + 2, cells: c }));
}

function parse(sheets: Partial<Record<keyof RawWorkbook, Cells[]>>, today = TODAY, settings = DEFAULT_SETTINGS): ParsedWorkbook {
  const raw: RawWorkbook = {
    trainees: sheetRows(sheets.trainees ?? []),
    supervisors: sheetRows(sheets.supervisors ?? []),
    agreements: sheetRows(sheets.agreements ?? []),
    sessions: sheetRows(sheets.sessions ?? []),
    leave: sheetRows(sheets.leave ?? []),
    certificates: sheetRows(sheets.certificates ?? []),
    catalogue: sheetRows(sheets.catalogue ?? []),
  };
  return parseWorkbook(raw, today, settings);
}

const sara: Cells = { ID: 'ST-0001', Namn: 'Sara Nyström', 'ST-start': '2024-01-31' };
const erik: Cells = { ID: 'HL-0001', Namn: 'Erik Lund', Handledarutbildning: '2019-05-01' };
const agreement: Cells = { ID: 'Ö-0001', 'ST-läkare': 'ST-0001', Handledare: 'HL-0001', 'Giltig från': '2024-02-01' };
const session: Cells = { Datum: '2024-09-10', 'ST-läkare': 'ST-0001', Typ: 'Handledningssamtal' };

function issuesAt(parsed: ParsedWorkbook, sheet: string, row: number): ValidationIssue[] {
  return parsed.issues.filter((issue) => issue.sheet === sheet && issue.row === row);
}

describe('blank rows are skipped silently', () => {
  test('empty, whitespace-only and unticked-checkbox rows give no row and no issue', () => {
    const parsed = parse({
      trainees: [{ ID: '', Namn: '  ' }, sara],
      sessions: [{ Datum: '', Dokumenterat: false, Anteckning: ' ' }, session],
    });
    expect(parsed.issues).toEqual([]);
    expect(parsed.workbook.trainees.map((t) => t.row)).toEqual([3]);
    expect(parsed.workbook.sessions.map((s) => s.row)).toEqual([3]);
    expect(parsed.assignedIds).toEqual([]);
  });
  test('a row holding only ST-koll’s computed block (the user emptied it) is skipped', () => {
    const parsed = parse({ trainees: [{ ID: '', Namn: '', 'Årlig avstämning': 'Försenad', Flaggor: 'IUP saknas' }] });
    expect(parsed.issues).toEqual([]);
    expect(parsed.assignedIds).toEqual([]);
  });
  test('a row with only the user’s own extra column filled is not blank: it is reported', () => {
    const parsed = parse({ trainees: [{ ID: '', Namn: '', 'Min kolumn': 'x' }] });
    expect(parsed.issues.length).toBeGreaterThan(0);
  });
  test('row numbers are the sheet rows given by the shell', () => {
    const raw: RawWorkbook = { trainees: [{ row: 17, cells: { ...sara, Namn: '' } }], supervisors: [], agreements: [], sessions: [] };
    expect(parseWorkbook(raw, TODAY).issues[0].row).toBe(17);
  });
});

describe('ST-läkare: values and defaults', () => {
  test('blank Planerat ST-slut means Beräknat ST-slut: ST-start 2024-01-31 at 100 % under 2021:8 → 2029-07-31', () => {
    const [trainee] = parse({ trainees: [sara] }).workbook.trainees;
    expect(trainee.typedPlannedEnd).toBeNull();
    expect(trainee.plannedEnd).toBe('2029-07-31');
    expect(trainee.estimate.end).toBe('2029-07-31');
  });
  test('ST-start on the leap day 2024-02-29 + 66 months → 2029-08-29', () => {
    expect(parse({ trainees: [{ ...sara, 'ST-start': '2024-02-29' }] }).workbook.trainees[0].plannedEnd).toBe('2029-08-29');
  });
  test('the minimum months are settings: 72 months from 2024-01-31 is 2030-01-31', () => {
    const parsed = parse({ trainees: [sara] }, TODAY, { ...DEFAULT_SETTINGS, minStMonthsHslf2021: 72 });
    expect(parsed.workbook.trainees[0].plannedEnd).toBe('2030-01-31');
  });
  test('a typed Planerat ST-slut 2029-06-30 is kept, and Beräknat ST-slut is still computed', () => {
    const [trainee] = parse({ trainees: [{ ...sara, 'Planerat ST-slut': '2029-06-30' }] }).workbook.trainees;
    expect(trainee.plannedEnd).toBe('2029-06-30');
    expect(trainee.typedPlannedEnd).toBe('2029-06-30');
    expect(trainee.estimate.end).toBe('2029-07-31');
  });
  test('Föreskrift: blank follows ST-start (2021-06-30 → SOSFS 2015:8, 2021-07-01 → HSLF-FS 2021:8); typed wins, any case', () => {
    const parsed = parse({
      trainees: [
        { ...sara, 'ST-start': '2021-06-30' },
        { ...sara, ID: 'ST-0002', 'ST-start': '2021-07-01' },
        { ...sara, ID: 'ST-0003', 'ST-start': '2022-01-01', Föreskrift: 'sosfs 2015:8' },
      ],
    });
    expect(parsed.workbook.trainees.map((t) => t.regulation)).toEqual(['SOSFS 2015:8', 'HSLF-FS 2021:8', 'SOSFS 2015:8']);
    // 2015:8 is 60 months: 2021-06-30 → 2026-06-30.
    expect(parsed.workbook.trainees[0].plannedEnd).toBe('2026-06-30');
  });
  test('an unknown Föreskrift and a bad BT godkänd are reported', () => {
    const parsed = parse({ trainees: [{ ...sara, Föreskrift: 'SOSFS 2008:17', 'BT godkänd': '2025-13-01' }] });
    expect(parsed.issues.map((i) => [i.column, i.message])).toEqual([
      ['Föreskrift', 'Ogiltigt värde ”SOSFS 2008:17” – välj HSLF-FS 2021:8 eller SOSFS 2015:8'],
      ['BT godkänd', 'Ogiltigt datum ”2025-13-01” – skriv datumet som ÅÅÅÅ-MM-DD'],
    ]);
  });
  test('blank Specialitet is Allmänmedicin; any other text is kept', () => {
    const parsed = parse({ trainees: [sara, { ...sara, ID: 'ST-0002', Specialitet: 'Rättsmedicin' }] });
    expect(parsed.workbook.trainees.map((t) => t.specialty)).toEqual(['Allmänmedicin', 'Rättsmedicin']);
  });
  test('blank Tjänstgöringsgrad is 100 (the setting); "75" and "50,5" are read', () => {
    const parsed = parse({
      trainees: [sara, { ...sara, ID: 'ST-0002', 'Tjänstgöringsgrad (%)': '75' }, { ...sara, ID: 'ST-0003', 'Tjänstgöringsgrad (%)': '50,5' }],
    });
    expect(parsed.workbook.trainees.map((t) => t.serviceLevel)).toEqual([100, 75, 50.5]);
  });
  test('Status blank is Aktiv; "vilande" is Vilande', () => {
    const parsed = parse({ trainees: [sara, { ...sara, ID: 'ST-0002', Status: 'vilande' }] });
    expect(parsed.workbook.trainees.map((t) => t.status)).toEqual(['Aktiv', 'Vilande']);
  });
  test('a date cell that lost its format (serial 45322) reads as 2024-01-31', () => {
    expect(parse({ trainees: [{ ...sara, 'ST-start': 45322 }] }).workbook.trainees[0].stStart).toBe('2024-01-31');
  });
  test('IUP klar blank is null, 2024-06-15 is kept', () => {
    const parsed = parse({ trainees: [sara, { ...sara, ID: 'ST-0002', 'IUP klar': '2024-06-15' }] });
    expect(parsed.workbook.trainees.map((t) => t.iupDone)).toEqual([null, '2024-06-15']);
  });
  test('formula-looking text is kept as plain text: Anteckning "=HYPERLINK(x)", Enhet "+46 VC"', () => {
    const trainee = parse({ trainees: [{ ...sara, Anteckning: '=HYPERLINK(x)', Enhet: '+46 VC' }] }).workbook.trainees[0];
    expect(trainee.note).toBe('=HYPERLINK(x)');
    expect(trainee.unit).toBe('+46 VC');
  });
  test('every field of a complete row is read, trimmed', () => {
    const parsed = parse({
      supervisors: [erik],
      trainees: [
        {
          ID: ' ST-0001 ',
          Namn: ' Sara Nyström ',
          'E-post': 'sara@region.se',
          Specialitet: 'Allmänmedicin',
          Enhet: 'VC Norr',
          'ST-start': '2024-01-31',
          'Planerat ST-slut': '2029-01-31',
          'Tjänstgöringsgrad (%)': 80,
          Huvudhandledare: 'Erik Lund',
          Studierektor: 'Karin Ås',
          Verksamhetschef: 'Olle Berg',
          Status: 'Aktiv',
          'IUP klar': '2024-03-01',
          Anteckning: 'Föräldraledig våren 2025',
        },
      ],
    });
    expect(parsed.workbook.trainees[0]).toEqual({
      row: 2,
      id: 'ST-0001',
      name: 'Sara Nyström',
      email: 'sara@region.se',
      specialty: 'Allmänmedicin',
      unit: 'VC Norr',
      stStart: '2024-01-31',
      plannedEnd: '2029-01-31',
      typedPlannedEnd: '2029-01-31',
      // 80 % of 2,008 days (2024-01-31 → 2029-07-31) takes 2,510 days.
      estimate: { fullTimeEnd: '2029-07-31', end: '2030-12-15', partTimeDays: 502, leaveDays: 0 },
      regulation: 'HSLF-FS 2021:8',
      btApproved: null,
      serviceLevel: 80,
      mainSupervisorId: 'HL-0001',
      studyDirector: 'Karin Ås',
      head: 'Olle Berg',
      status: 'Aktiv',
      iupDone: '2024-03-01',
      note: 'Föräldraledig våren 2025',
    });
  });
});

describe('ST-läkare: invalid rows are reported and rejected', () => {
  test.each([
    ['Namn', { Namn: '' }, /saknas/],
    ['ST-start', { 'ST-start': '' }, /Datum saknas/],
    ['ST-start', { 'ST-start': '31/1/2024' }, /Ogiltigt datum ”31\/1\/2024”/],
    ['E-post', { 'E-post': 'sara.region.se' }, /Ogiltig e-postadress/],
    ['Tjänstgöringsgrad (%)', { 'Tjänstgöringsgrad (%)': 0 }, /från 1 till 100/],
    ['Status', { Status: 'Pausad' }, /välj Aktiv, Vilande eller Avslutad/],
    ['IUP klar', { 'IUP klar': '2024-02-30' }, /Ogiltigt datum/],
  ])('%s: %j is reported', (column, change, reason) => {
    const parsed = parse({ trainees: [{ ...sara, ...change }] });
    expect(parsed.issues).toEqual([
      { sheet: SHEET.trainees, row: 2, column, message: expect.stringMatching(reason), traineeIds: ['ST-0001'] },
    ]);
    expect(parsed.workbook.trainees).toEqual([]);
    expect(parsed.rejectedTraineeIds).toEqual(['ST-0001']);
  });
  test('Planerat ST-slut 2024-01-30 before ST-start 2024-01-31 is reported', () => {
    const parsed = parse({ trainees: [{ ...sara, 'Planerat ST-slut': '2024-01-30' }] });
    expect(parsed.issues[0]).toMatchObject({ column: 'Planerat ST-slut', message: expect.stringMatching(/^Planerat ST-slut måste vara efter ST-start/) });
    expect(parsed.rejectedTraineeIds).toEqual(['ST-0001']);
  });
  test('Planerat ST-slut equal to ST-start (2024-01-31) is reported too', () => {
    expect(parse({ trainees: [{ ...sara, 'Planerat ST-slut': '2024-01-31' }] }).issues).toHaveLength(1);
  });
  test('several bad cells on one row are each reported, in column order', () => {
    const parsed = parse({ trainees: [{ ...sara, Namn: '', 'ST-start': 'snart', Status: 'x' }] });
    expect(parsed.issues.map((i) => i.column)).toEqual(['Namn', 'ST-start', 'Status']);
  });
  test('a rejected row keeps a valid neighbour: ST-0002 is still parsed', () => {
    const parsed = parse({ trainees: [{ ...sara, Namn: '' }, { ...sara, ID: 'ST-0002' }] });
    expect(parsed.workbook.trainees.map((t) => t.id)).toEqual(['ST-0002']);
  });
  test('a missing column reads as a blank cell: no ST-start column → "Datum saknas"', () => {
    const parsed = parse({ trainees: [{ ID: 'ST-0001', Namn: 'Sara' }] });
    expect(parsed.issues[0]).toMatchObject({ column: 'ST-start', message: expect.stringMatching(/Datum saknas/) });
  });
});

describe('Huvudhandledare: a reference to Handledare', () => {
  const supervisors = [erik, { ID: 'HL-0002', Namn: 'Anna Berg' }, { ID: 'HL-0003', Namn: 'Anna Berg' }];
  test('by ID (any case) resolves to the supervisor ID', () => {
    expect(parse({ supervisors, trainees: [{ ...sara, Huvudhandledare: 'hl-0002' }] }).workbook.trainees[0].mainSupervisorId).toBe('HL-0002');
  });
  test('by a unique name: "Erik Lund" resolves to HL-0001', () => {
    expect(parse({ supervisors, trainees: [{ ...sara, Huvudhandledare: 'Erik Lund' }] }).workbook.trainees[0].mainSupervisorId).toBe('HL-0001');
  });
  test('blank is no main supervisor: mainSupervisorId is ""', () => {
    expect(parse({ supervisors, trainees: [sara] }).workbook.trainees[0].mainSupervisorId).toBe('');
  });
  test('"Anna B" is unknown: reported, and the trainee is rejected', () => {
    const parsed = parse({ supervisors, trainees: [{ ...sara, Huvudhandledare: 'Anna B' }] });
    expect(parsed.issues).toEqual([
      {
        sheet: SHEET.trainees,
        row: 2,
        column: 'Huvudhandledare',
        message: 'Okänd handledare ”Anna B” – ange ID eller exakt namn',
        traineeIds: ['ST-0001'],
      },
    ]);
    expect(parsed.rejectedTraineeIds).toEqual(['ST-0001']);
  });
  test('"Anna Berg" is on two rows: ambiguous, use the ID', () => {
    const parsed = parse({ supervisors, trainees: [{ ...sara, Huvudhandledare: 'Anna Berg' }] });
    expect(parsed.issues[0].message).toBe('Namnet ”Anna Berg” finns på flera rader i Handledare – ange ID i stället');
  });
});

describe('IDs: blank ID cells get the next ID', () => {
  test('two new trainees after ST-0001 and ST-0005 get ST-0006 and ST-0007, in row order', () => {
    const parsed = parse({
      trainees: [sara, { ...sara, ID: '' }, { ...sara, ID: 'ST-0005' }, { ...sara, ID: '', Namn: 'Per Ek' }],
    });
    expect(parsed.assignedIds).toEqual([
      { sheet: SHEET.trainees, row: 3, id: 'ST-0006' },
      { sheet: SHEET.trainees, row: 5, id: 'ST-0007' },
    ]);
    expect(parsed.workbook.trainees.map((t) => t.id)).toEqual(['ST-0001', 'ST-0006', 'ST-0005', 'ST-0007']);
  });
  test('supervisors get HL- and agreements Ö- IDs', () => {
    const parsed = parse({ trainees: [sara], supervisors: [{ ...erik, ID: '' }], agreements: [{ ...agreement, ID: '', Handledare: 'Erik Lund' }] });
    expect(parsed.assignedIds.map((a) => a.id)).toEqual(['HL-0001', 'Ö-0001']);
    expect(parsed.workbook.supervisors[0].id).toBe('HL-0001');
    expect(parsed.workbook.agreements[0].id).toBe('Ö-0001');
  });
  test('a new row that fails validation still gets an ID, named in its issues and in rejectedTraineeIds', () => {
    const parsed = parse({ trainees: [{ ID: '', Namn: 'Per Ek', 'ST-start': 'igår' }] });
    expect(parsed.assignedIds).toEqual([{ sheet: SHEET.trainees, row: 2, id: 'ST-0001' }]);
    expect(parsed.issues[0].traineeIds).toEqual(['ST-0001']);
    expect(parsed.rejectedTraineeIds).toEqual(['ST-0001']);
  });
  test('a newly assigned ID can be referenced by name in the same refresh', () => {
    const parsed = parse({ trainees: [{ ...sara, ID: '' }], sessions: [{ ...session, 'ST-läkare': 'Sara Nyström' }] });
    expect(parsed.workbook.sessions[0].traineeId).toBe('ST-0001');
  });
});

describe('IDs: duplicates within a sheet', () => {
  test('ST-0003 on rows 3 and 7: both reported, naming the other row, both rejected, ID listed once', () => {
    const rows = [sara, { ...sara, ID: 'ST-0003' }, ...['ST-0004', 'ST-0005', 'ST-0006'].map((ID) => ({ ...sara, ID })), { ...sara, ID: 'st-0003' }];
    const parsed = parse({ trainees: rows });
    expect(issuesAt(parsed, SHEET.trainees, 3)[0]).toMatchObject({ column: 'ID', message: expect.stringMatching(/^ID ”ST-0003” finns också på rad 7/) });
    expect(issuesAt(parsed, SHEET.trainees, 7)[0].message).toMatch(/^ID ”st-0003” finns också på rad 3/);
    expect(parsed.workbook.trainees.map((t) => t.id)).toEqual(['ST-0001', 'ST-0004', 'ST-0005', 'ST-0006']);
    expect(parsed.rejectedTraineeIds).toEqual(['ST-0003', 'st-0003']);
  });
  test('three rows with HL-0001 each name the two others', () => {
    const parsed = parse({ supervisors: [erik, erik, erik] });
    expect(issuesAt(parsed, SHEET.supervisors, 3)[0].message).toMatch(/finns också på raderna 2 och 4/);
    expect(parsed.rejectedSupervisorIds).toEqual(['HL-0001']);
  });
  test('a reference to a duplicated ID is reported instead of picking one row', () => {
    const parsed = parse({ trainees: [sara], supervisors: [erik, erik], agreements: [agreement] });
    expect(issuesAt(parsed, SHEET.agreements, 2)[0].message).toMatch(/finns på flera rader i Handledare/);
    expect(parsed.workbook.agreements).toEqual([]);
  });
  test('duplicated Ö-IDs: both agreement rows left out', () => {
    const parsed = parse({ trainees: [sara], supervisors: [erik], agreements: [agreement, agreement] });
    expect(parsed.workbook.agreements).toEqual([]);
    expect(parsed.issues.map((i) => [i.row, i.traineeIds])).toEqual([
      [2, ['ST-0001']],
      [3, ['ST-0001']],
    ]);
  });
});

describe('Handledare', () => {
  test('a complete row is read', () => {
    const parsed = parse({ supervisors: [{ ...erik, 'E-post': 'erik@region.se', Specialitet: 'Allmänmedicin', Enhet: 'VC Syd', 'Senaste handledarträff': '2024-05-20', Anteckning: 'x' }] });
    expect(parsed.workbook.supervisors).toEqual([
      { row: 2, id: 'HL-0001', name: 'Erik Lund', email: 'erik@region.se', specialty: 'Allmänmedicin', unit: 'VC Syd', trainingDone: '2019-05-01', lastMeeting: '2024-05-20', note: 'x' },
    ]);
  });
  test('blank Handledarutbildning and Senaste handledarträff are null', () => {
    const supervisor = parse({ supervisors: [{ ID: 'HL-0001', Namn: 'Erik Lund' }] }).workbook.supervisors[0];
    expect([supervisor.trainingDone, supervisor.lastMeeting]).toEqual([null, null]);
  });
  test('a bad date rejects the row; its ID is in rejectedSupervisorIds', () => {
    const parsed = parse({ supervisors: [{ ...erik, Handledarutbildning: 'VT 2019' }] });
    expect(parsed.workbook.supervisors).toEqual([]);
    expect(parsed.rejectedSupervisorIds).toEqual(['HL-0001']);
    expect(parsed.issues[0]).toMatchObject({ sheet: SHEET.supervisors, column: 'Handledarutbildning' });
  });
  test('a rejected supervisor’s issue names the trainees linked to it (Huvudhandledare or agreement), who get Datafel', () => {
    const parsed = parse({
      supervisors: [{ ...erik, Namn: '' }],
      trainees: [{ ...sara, Huvudhandledare: 'HL-0001' }, { ...sara, ID: 'ST-0002' }, { ...sara, ID: 'ST-0003' }],
      agreements: [{ ...agreement, 'ST-läkare': 'ST-0002' }],
    });
    expect(issuesAt(parsed, SHEET.supervisors, 2)[0].traineeIds).toEqual(['ST-0001', 'ST-0002']);
    // The references still resolve: the supervisor row exists, it is only invalid.
    expect(parsed.workbook.trainees.map((t) => t.mainSupervisorId)).toEqual(['HL-0001', '', '']);
  });
});

describe('Överenskommelser: values and defaults', () => {
  const base = { trainees: [sara], supervisors: [erik] };
  test('blank Mall, Handledning, Medsittningar, Status give allmanmedicin, Varje vecka, 6, Utkast', () => {
    const parsed = parse({ ...base, agreements: [agreement] });
    expect(parsed.workbook.agreements).toEqual([
      {
        row: 2,
        id: 'Ö-0001',
        traineeId: 'ST-0001',
        supervisorId: 'HL-0001',
        template: 'allmanmedicin',
        frequency: 'Varje vecka',
        sitInsPerYear: 6,
        validFrom: '2024-02-01',
        validTo: null,
        signed: null,
        status: 'Utkast',
        document: '',
      },
    ]);
  });
  test('the defaults follow the settings: Varje månad and 4 sit-ins', () => {
    const parsed = parse({ ...base, agreements: [agreement] }, TODAY, { ...DEFAULT_SETTINGS, defaultFrequency: 'Varje månad', defaultAgreementSitIns: 4 });
    expect(parsed.workbook.agreements[0]).toMatchObject({ frequency: 'Varje månad', sitInsPerYear: 4 });
  });
  test('typed values are read: "6 gånger per år", 8, signed 2024-02-03, "undertecknad" → Undertecknad', () => {
    const parsed = parse({
      ...base,
      agreements: [{ ...agreement, Handledning: '6 gånger per år', 'Medsittningar per år': 8, 'Giltig till': '2025-01-31', Undertecknad: '2024-02-03', Status: 'undertecknad' }],
    });
    expect(parsed.workbook.agreements[0]).toMatchObject({
      frequency: '6 gånger per år',
      sitInsPerYear: 8,
      validTo: '2025-01-31',
      signed: '2024-02-03',
      status: 'Undertecknad',
    });
  });
  test('references by name: "Sara Nyström" and "Erik Lund"', () => {
    const parsed = parse({ ...base, agreements: [{ ...agreement, 'ST-läkare': 'Sara Nyström', Handledare: 'Erik Lund' }] });
    expect(parsed.workbook.agreements[0]).toMatchObject({ traineeId: 'ST-0001', supervisorId: 'HL-0001' });
  });
  test('Skapad is not validated: a timestamp or any text is fine', () => {
    const parsed = parse({ ...base, agreements: [{ ...agreement, Skapad: '2024-02-01 10:15:00', Dokument: 'https://docs.google.com/document/d/abc/edit' }] });
    expect(parsed.issues).toEqual([]);
    expect(parsed.workbook.agreements[0].document).toBe('https://docs.google.com/document/d/abc/edit');
  });
});

describe('Överenskommelser: Mall', () => {
  const base = { trainees: [sara], supervisors: [erik] };
  const docId = '1AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789-ab';
  test.each([
    ['ny-st', 'ny-st'],
    ['ST-Kontrakt', 'st-kontrakt'],
    [` ${docId} `, docId],
    [`https://docs.google.com/document/d/${docId}/edit`, `https://docs.google.com/document/d/${docId}/edit`],
    [`https://docs.google.com/document/d/${docId}`, `https://docs.google.com/document/d/${docId}`],
    [`https://docs.google.com/document/u/0/d/${docId}/edit?usp=sharing`, `https://docs.google.com/document/u/0/d/${docId}/edit?usp=sharing`],
  ])('%s is kept as %s', (typed, expected) => {
    expect(parse({ ...base, agreements: [{ ...agreement, Mall: typed }] }).workbook.agreements[0].template).toBe(expected);
  });
  test.each([
    ['allmän'],
    ['abc123'],
    [`https://docs.google.com/spreadsheets/d/${docId}/edit`],
    [`http://evil.example/document/d/${docId}`],
  ])('%s is refused', (typed) => {
    const parsed = parse({ ...base, agreements: [{ ...agreement, Mall: typed }] });
    expect(parsed.issues[0]).toMatchObject({ column: 'Mall', message: expect.stringMatching(/^Okänd mall .* – välj allmanmedicin, ny-st eller st-kontrakt/), traineeIds: ['ST-0001'] });
    expect(parsed.workbook.agreements).toEqual([]);
  });
});

describe('Överenskommelser: invalid rows', () => {
  const base = { trainees: [sara], supervisors: [erik] };
  test('Giltig till 2024-01-31 before Giltig från 2024-02-01 is reported; the trainee gets Datafel', () => {
    const parsed = parse({ ...base, agreements: [{ ...agreement, 'Giltig till': '2024-01-31' }] });
    expect(parsed.issues).toEqual([
      { sheet: SHEET.agreements, row: 2, column: 'Giltig till', message: expect.stringMatching(/^Giltig till måste vara efter Giltig från/), traineeIds: ['ST-0001'] },
    ]);
    expect(parsed.workbook.agreements).toEqual([]);
    // The trainee row itself is fine: the shell adds Datafel from the issue's traineeIds.
    expect(parsed.workbook.trainees).toHaveLength(1);
    expect(parsed.rejectedTraineeIds).toEqual([]);
  });
  test('blank ST-läkare, Handledare and Giltig från are each reported', () => {
    const parsed = parse({ ...base, agreements: [{ ID: 'Ö-0001', Mall: 'ny-st' }] });
    expect(parsed.issues.map((i) => i.column)).toEqual(['ST-läkare', 'Handledare', 'Giltig från']);
    expect(parsed.issues[0].message).toMatch(/ange ID eller exakt namn/);
  });
  test('an unknown ST-läkare is reported without traineeIds (nobody to flag)', () => {
    const parsed = parse({ ...base, agreements: [{ ...agreement, 'ST-läkare': 'ST-0099' }] });
    expect(parsed.issues).toEqual([
      { sheet: SHEET.agreements, row: 2, column: 'ST-läkare', message: 'Okänd ST-läkare ”ST-0099” – ange ID eller exakt namn', traineeIds: [] },
    ]);
  });
  test('Medsittningar per år "sex" and -1 are refused; Handledning "varannan vecka" too', () => {
    const parsed = parse({
      ...base,
      agreements: [{ ...agreement, 'Medsittningar per år': 'sex' }, { ...agreement, ID: 'Ö-0002', 'Medsittningar per år': -1, Handledning: 'varannan vecka' }],
    });
    expect(parsed.issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'Medsittningar per år'],
      [3, 'Handledning'],
      [3, 'Medsittningar per år'],
    ]);
  });
});

describe('Samtal: values and defaults', () => {
  const base = { trainees: [sara], supervisors: [erik] };
  test('a Handledningssamtal without Längd lasts 60 minutes; a Medsittning 0', () => {
    const parsed = parse({ ...base, sessions: [session, { ...session, Typ: 'Medsittning' }] });
    expect(parsed.workbook.sessions.map((s) => s.minutes)).toEqual([60, 0]);
  });
  test('a complete row is read; "handledningssamtal" is matched to Handledningssamtal', () => {
    const parsed = parse({
      ...base,
      sessions: [{ Datum: '2024-02-29', 'ST-läkare': 'Sara Nyström', Handledare: 'HL-0001', Typ: 'handledningssamtal', 'Längd (min)': '45', Dokumenterat: true, Anteckning: 'Journalgranskning' }],
    });
    expect(parsed.workbook.sessions).toEqual([
      { row: 2, date: '2024-02-29', traineeId: 'ST-0001', supervisorId: 'HL-0001', type: 'Handledningssamtal', minutes: 45, documented: true, note: 'Journalgranskning' },
    ]);
  });
  test('Handledare is optional: blank gives supervisorId ""; Dokumenterat blank is false', () => {
    expect(parse({ ...base, sessions: [session] }).workbook.sessions[0]).toMatchObject({ supervisorId: '', documented: false });
  });
  test('a serial date 45545 reads as 2024-09-10', () => {
    expect(parse({ ...base, sessions: [{ ...session, Datum: 45545 }] }).workbook.sessions[0].date).toBe('2024-09-10');
  });
});

describe('Samtal: Datum must not be in the future', () => {
  const base = { trainees: [sara], supervisors: [erik] };
  test('a session today, 2024-10-01, is accepted', () => {
    expect(parse({ ...base, sessions: [{ ...session, Datum: '2024-10-01' }] }).workbook.sessions).toHaveLength(1);
  });
  test('a session tomorrow, 2024-10-02, is reported and the trainee gets Datafel', () => {
    const parsed = parse({ ...base, sessions: [{ ...session, Datum: '2024-10-02' }] });
    expect(parsed.issues).toEqual([
      { sheet: SHEET.sessions, row: 2, column: 'Datum', message: expect.stringMatching(/^Datumet ligger i framtiden/), traineeIds: ['ST-0001'] },
    ]);
    expect(parsed.workbook.sessions).toEqual([]);
  });
  test('across a year end: today 2024-12-31, a session on 2025-01-01 is in the future', () => {
    expect(parse({ ...base, sessions: [{ ...session, Datum: '2025-01-01' }] }, '2024-12-31').issues).toHaveLength(1);
  });
});

describe('Samtal: invalid rows', () => {
  const base = { trainees: [sara], supervisors: [erik] };
  test.each([
    ['Datum', { Datum: '' }, /Datum saknas/],
    ['Datum', { Datum: '10/9/2024' }, /Ogiltigt datum/],
    ['ST-läkare', { 'ST-läkare': '' }, /ange ID eller exakt namn/],
    ['Typ', { Typ: '' }, /Uppgiften saknas – välj Handledningssamtal/],
    ['Typ', { Typ: 'Fika' }, /Ogiltigt värde ”Fika”/],
    ['Längd (min)', { 'Längd (min)': -5 }, /0 eller större/],
    ['Längd (min)', { 'Längd (min)': 'en timme' }, /Ogiltigt tal/],
    ['Dokumenterat', { Dokumenterat: 'ja' }, /kryssa i rutan/],
    ['Handledare', { Handledare: 'Anna B' }, /Okänd handledare ”Anna B”/],
  ])('%s: %j is reported', (column, change, reason) => {
    const parsed = parse({ ...base, sessions: [{ ...session, ...change }] });
    expect(parsed.issues).toEqual([{ sheet: SHEET.sessions, row: 2, column, message: expect.stringMatching(reason), traineeIds: column === 'ST-läkare' ? [] : ['ST-0001'] }]);
    expect(parsed.workbook.sessions).toEqual([]);
  });
  test('a session for an ambiguous name is reported and flags every trainee it could mean', () => {
    const parsed = parse({ ...base, trainees: [sara, { ...sara, ID: 'ST-0002' }], sessions: [{ ...session, 'ST-läkare': 'Sara Nyström' }] });
    expect(parsed.issues).toEqual([
      { sheet: SHEET.sessions, row: 2, column: 'ST-läkare', message: 'Namnet ”Sara Nyström” finns på flera rader i ST-läkare – ange ID i stället', traineeIds: ['ST-0001', 'ST-0002'] },
    ]);
  });
  test('a session for a trainee whose own row is invalid is still a valid session', () => {
    const parsed = parse({ trainees: [{ ...sara, 'E-post': 'fel' }], sessions: [session] });
    expect(parsed.workbook.sessions).toHaveLength(1);
    expect(parsed.rejectedTraineeIds).toEqual(['ST-0001']);
  });
});

describe('the report is sorted by sheet (ST-läkare, Handledare, Överenskommelser, Samtal), then row', () => {
  test('issues from all four sheets come out in that order', () => {
    const parsed = parse({
      sessions: [session, { ...session, Typ: 'x' }],
      agreements: [{ ...agreement, 'Giltig från': '' }],
      supervisors: [erik, { ...erik, ID: 'HL-0002', Namn: '' }],
      trainees: [sara, { ...sara, ID: 'ST-0002', 'ST-start': '' }, { ...sara, ID: 'ST-0003', Namn: '' }],
    });
    expect(parsed.issues.map((i) => `${i.sheet}:${i.row}`)).toEqual(['ST-läkare:3', 'ST-läkare:4', 'Handledare:3', 'Överenskommelser:2', 'Samtal:3']);
  });
  test('rows given out of order are still reported by row', () => {
    const raw: RawWorkbook = {
      trainees: [
        { row: 9, cells: { ...sara, ID: 'ST-0009', Namn: '' } },
        { row: 4, cells: { ...sara, ID: 'ST-0004', Namn: '' } },
      ],
      supervisors: [],
      agreements: [],
      sessions: [],
    };
    expect(parseWorkbook(raw, TODAY).issues.map((i) => i.row)).toEqual([4, 9]);
  });
});

describe('the zod row schemas and the fast path agree on every cell', () => {
  const cellValue = fc.oneof(
    fc.constantFrom<CellValue>('', ' ', '2024-02-29', '2023-02-29', '5/1/2024', 'Aktiv', 'vilande', 'Varje vecka', 'Medsittning', 'TRUE', 'ja', '7,5', '-1', 'ny-st', 'a@b.se', 'ST-0001', '=A1'),
    fc.integer({ min: -5, max: 50_000 }),
    fc.double({ noNaN: true, min: -10, max: 50_000 }),
    fc.boolean(),
    fc.string(),
  );
  const sheets: [string, ColumnReaders, z.ZodType<unknown>][] = [
    ['ST-läkare', TRAINEE_READERS, traineeRowSchema],
    ['Handledare', SUPERVISOR_READERS, supervisorRowSchema],
    ['Överenskommelser', AGREEMENT_READERS, agreementRowSchema],
    ['Samtal', SESSION_READERS, sessionRowSchema],
    ['Frånvaro', LEAVE_READERS, leaveRowSchema],
    ['Intyg', CERTIFICATE_READERS, certificateRowSchema],
    ['Målbeskrivning', CATALOGUE_READERS, catalogueRowSchema],
  ];
  test.each(sheets)('%s', (_sheet, readers, schema) => {
    const fast = fastRowReader(readers);
    const columns = Object.keys(readers);
    const row = fc.record(Object.fromEntries(columns.map((c) => [c, cellValue])), { requiredKeys: [] });
    fc.assert(
      // Absent keys stand for columns missing from the sheet.
      fc.property(row, (generated) => {
        const cells = generated as Record<string, CellValue>;
        expect(fast(cells)).toEqual(readRowWithSchema(schema, cells));
      }),
      { numRuns: 300 },
    );
  });
});

describe('scale', () => {
  test('5,000 trainees, 1,000 supervisors, 6,000 agreements and 200,000 sessions parse without an issue', () => {
    const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(4, '0')}`;
    const raw: RawWorkbook = {
      trainees: Array.from({ length: 5000 }, (_, i) => ({ row: i + 2, cells: { ...sara, ID: id('ST', i + 1), Namn: `ST ${i}`, Huvudhandledare: id('HL', (i % 1000) + 1) } })),
      supervisors: Array.from({ length: 1000 }, (_, i) => ({ row: i + 2, cells: { ...erik, ID: id('HL', i + 1), Namn: `HL ${i}` } })),
      agreements: Array.from({ length: 6000 }, (_, i) => ({ row: i + 2, cells: { ...agreement, ID: id('Ö', i + 1), 'ST-läkare': id('ST', (i % 5000) + 1), Handledare: id('HL', (i % 1000) + 1) } })),
      sessions: Array.from({ length: 200_000 }, (_, i) => ({ row: i + 2, cells: { ...session, 'ST-läkare': id('ST', (i % 5000) + 1), Dokumenterat: i % 2 === 0 } })),
    };
    const parsed = parseWorkbook(raw, TODAY);
    expect(parsed.issues).toEqual([]);
    expect(parsed.workbook.sessions).toHaveLength(200_000);
    // No stopwatch here (a loaded machine would make it flaky): the figures are in
    // `npm run bench`; quadratic work would take minutes and hit this test's timeout.
  }, 120_000);
});
