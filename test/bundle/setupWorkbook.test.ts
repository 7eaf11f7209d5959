/**
 * setupWorkbook on the built bundle: creates what is missing, moves and loses
 * nothing, and a second run changes no value. Assertions go through the Apps
 * Script API of the fakes, as a script would see the result.
 */
import { SETUP_WORKING } from '../../src/shared/messages/setup';
import { loadBundle, type LoadedBundle } from '../../dev/harness';
import {
  ACTIVITY,
  AGREEMENT_COL,
  AGREEMENT_STATUS,
  CATALOGUE_COL,
  CERTIFICATE_COL,
  LEAVE_COL,
  LEAVE_TYPE,
  REGULATIONS,
  BUILT_IN_TEMPLATES,
  COMMON_SPECIALTIES,
  OVERVIEW,
  SESSION_COL,
  SESSION_TYPE,
  SHEET,
  SUPERVISOR_COL,
  SUPERVISOR_COMPUTED,
  TRAINEE_COL,
  TRAINEE_COMPUTED,
  TRAINEE_STATUS,
} from '../../src/domain/sheetContract';
import { SETUP_PROTECTION_DESCRIPTION } from '../../src/shared/messages/setup';

const NOW = '2026-11-23T10:15:00+01:00';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Ctx = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };

const EXPECTED_HEADERS: Record<string, string[]> = {
  [SHEET.trainees]: [...Object.values(TRAINEE_COL), ...Object.values(TRAINEE_COMPUTED)],
  [SHEET.supervisors]: [...Object.values(SUPERVISOR_COL), ...Object.values(SUPERVISOR_COMPUTED)],
  [SHEET.agreements]: Object.values(AGREEMENT_COL),
  [SHEET.sessions]: Object.values(SESSION_COL),
  [SHEET.leave]: Object.values(LEAVE_COL),
  [SHEET.certificates]: Object.values(CERTIFICATE_COL),
  [SHEET.catalogue]: Object.values(CATALOGUE_COL),
};
const ALL_SHEETS = Object.keys(EXPECTED_HEADERS);
/** 11 a- and b-delmål of each regulation. */
const SEEDED = 22;

function app(bundle: LoadedBundle): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return (bundle.context as unknown as Ctx).SpreadsheetApp;
}

function sheetOf(bundle: LoadedBundle, name: string): Sheet {
  const sheet = app(bundle).getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function headersOf(sheet: Sheet): string[] {
  return sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
}

function columnOf(sheet: Sheet, header: string): number {
  const column = headersOf(sheet).indexOf(header) + 1;
  if (column === 0) throw new Error(`no column ${header} in ${sheet.getName()}`);
  return column;
}

/** The validation of a data cell of a column, read at row 2 and at the last row. */
function validationOf(sheet: Sheet, header: string): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const column = columnOf(sheet, header);
  const first = sheet.getRange(2, column).getDataValidation();
  const last = sheet.getRange(sheet.getMaxRows(), column).getDataValidation();
  expect(String(last?.getCriteriaType() ?? null)).toBe(String(first?.getCriteriaType() ?? null));
  return first;
}

function criteriaOf(sheet: Sheet, header: string): { type: string; values: unknown[]; allowInvalid: boolean; help: string | null } | null {
  const rule = validationOf(sheet, header);
  if (!rule) return null;
  return {
    type: String(rule.getCriteriaType()),
    values: rule.getCriteriaValues(),
    allowInvalid: rule.getAllowInvalid(),
    help: rule.getHelpText(),
  };
}

/** Every value of every sheet, by sheet name. */
function snapshot(bundle: LoadedBundle): Record<string, unknown[][]> {
  const result: Record<string, unknown[][]> = {};
  for (const sheet of app(bundle).getActiveSpreadsheet().getSheets()) {
    result[sheet.getName()] = sheet.getDataRange().getValues();
  }
  return result;
}

/** Rows as header → value, for "nothing moved or lost" checks. */
function records(sheet: Sheet): Record<string, unknown>[] {
  const [headers, ...rows] = sheet.getDataRange().getValues();
  return rows.map((row) => Object.fromEntries(headers.map((h, i) => [String(h), row[i]]).filter(([h]) => h !== '')));
}

function runSetup(bundle: LoadedBundle): { summary: unknown; calls: number; methods: Record<string, number> } {
  bundle.env.calls.reset();
  const summary = bundle.call('setupWorkbook');
  return { summary, calls: bundle.env.calls.total(), methods: bundle.env.calls.byMethod() };
}


describe('setupWorkbook on an empty workbook', () => {
  let bundle: LoadedBundle;
  let first: ReturnType<typeof runSetup>;

  beforeAll(() => {
    bundle = loadBundle({ workbook: { sheets: { Blad1: [] } }, now: NOW });
    first = runSetup(bundle);
  });

  test('creates the seven sheets and Översikt after the user’s own, with the exact headers', () => {
    const names = app(bundle).getActiveSpreadsheet().getSheets().map((s) => s.getName());
    expect(names).toEqual(['Blad1', ...ALL_SHEETS, OVERVIEW.sheet]);
    for (const [name, headers] of Object.entries(EXPECTED_HEADERS)) {
      expect(headersOf(sheetOf(bundle, name))).toEqual(headers);
    }
    expect(bundle.env.ui.alerts).toEqual([]);
    expect(first.summary).toEqual({
      createdSheets: [...ALL_SHEETS, OVERVIEW.sheet],
      addedColumns: Object.entries(EXPECTED_HEADERS).map(([sheet, headers]) => ({ sheet, headers })),
      seededDelmal: SEEDED,
    });
    expect(JSON.stringify(bundle.env.ui.toasts)).toMatch(/Arbetsboken är förberedd/);
  });

  test('says what it is doing before the work starts, then what it did (issue #12)', () => {
    const messages = bundle.env.ui.toasts.map((t: { message: string }) => t.message);
    expect(messages[0]).toBe(SETUP_WORKING);
    expect(messages[messages.length - 1]).toMatch(/Arbetsboken är förberedd/);
  });

  test('freezes and bolds the header row of every sheet', () => {
    for (const name of ALL_SHEETS) {
      const sheet = sheetOf(bundle, name);
      expect(sheet.getFrozenRows()).toBe(1);
      expect(sheet.getRange(1, 1).getFontWeight()).toBe('bold');
    }
  });

  test('marks the computed headers grey with a note', () => {
    const sheet = sheetOf(bundle, SHEET.trainees);
    const flags = sheet.getRange(1, columnOf(sheet, TRAINEE_COMPUTED.flags));
    expect(flags.getBackground()).toBe('#d9d9d9');
    expect(flags.getNote()).toMatch(/ST-koll/);
    expect(sheet.getRange(1, columnOf(sheet, TRAINEE_COL.name)).getNote()).toBe('');
  });

  test('dropdowns on the value-list columns, strict or open as the contract says', () => {
    const trainees = sheetOf(bundle, SHEET.trainees);
    expect(criteriaOf(trainees, TRAINEE_COL.status)).toMatchObject({
      type: 'VALUE_IN_LIST',
      values: [[...TRAINEE_STATUS], true],
      allowInvalid: false,
    });
    expect(criteriaOf(trainees, TRAINEE_COL.specialty)).toMatchObject({
      type: 'VALUE_IN_LIST',
      values: [[...COMMON_SPECIALTIES], true],
      allowInvalid: true,
    });
    const agreements = sheetOf(bundle, SHEET.agreements);
    expect(criteriaOf(agreements, AGREEMENT_COL.status)).toMatchObject({ values: [[...AGREEMENT_STATUS], true], allowInvalid: false });
    expect(criteriaOf(agreements, AGREEMENT_COL.template)).toMatchObject({ values: [[...BUILT_IN_TEMPLATES], true], allowInvalid: true });
    expect(criteriaOf(agreements, AGREEMENT_COL.frequency)).toMatchObject({ type: 'VALUE_IN_LIST', allowInvalid: false });
    expect(criteriaOf(sheetOf(bundle, SHEET.sessions), SESSION_COL.type)).toMatchObject({
      values: [[...SESSION_TYPE], true],
      allowInvalid: false,
    });
    expect(criteriaOf(trainees, TRAINEE_COL.regulation)).toMatchObject({ values: [[...REGULATIONS], true], allowInvalid: false });
    expect(criteriaOf(sheetOf(bundle, SHEET.leave), LEAVE_COL.type)).toMatchObject({ values: [[...LEAVE_TYPE], true], allowInvalid: false });
    expect(criteriaOf(sheetOf(bundle, SHEET.certificates), CERTIFICATE_COL.activity)).toMatchObject({
      values: [[...ACTIVITY], true],
      allowInvalid: false,
    });
    expect(criteriaOf(sheetOf(bundle, SHEET.catalogue), CATALOGUE_COL.regulation)).toMatchObject({
      values: [[...REGULATIONS], true],
      allowInvalid: false,
    });
  });

  test('§6 sheets: dates, Omfattning 1–100, references; Beräknat ST-slut a date and Delmål med intyg plain text', () => {
    const leave = sheetOf(bundle, SHEET.leave);
    for (const header of [LEAVE_COL.from, LEAVE_COL.to]) expect(criteriaOf(leave, header)).toMatchObject({ type: 'DATE_IS_VALID_DATE' });
    expect(criteriaOf(leave, LEAVE_COL.extent)).toMatchObject({ type: 'NUMBER_BETWEEN', values: [1, 100] });
    expect(criteriaOf(leave, LEAVE_COL.trainee)).toMatchObject({ allowInvalid: true, help: expect.stringMatching(/ID/) });
    const certificates = sheetOf(bundle, SHEET.certificates);
    expect(criteriaOf(certificates, CERTIFICATE_COL.issued)).toMatchObject({ type: 'DATE_IS_VALID_DATE' });
    expect(criteriaOf(certificates, CERTIFICATE_COL.delmal)).toBeNull();
    const trainees = sheetOf(bundle, SHEET.trainees);
    expect(criteriaOf(trainees, TRAINEE_COL.btApproved)).toMatchObject({ type: 'DATE_IS_VALID_DATE' });
    expect(trainees.getRange(2, columnOf(trainees, TRAINEE_COMPUTED.estimatedEnd)).getNumberFormat()).toBe('yyyy-mm-dd');
    expect(trainees.getRange(2, columnOf(trainees, TRAINEE_COMPUTED.delmalCovered)).getNumberFormat()).toBe('@');
  });

  test('seeds Målbeskrivning with the 11 + 11 a- and b-delmål, blank Specialitet', () => {
    const rows = records(sheetOf(bundle, SHEET.catalogue));
    expect(rows).toHaveLength(SEEDED);
    expect(rows[0]).toEqual({ Föreskrift: 'HSLF-FS 2021:8', Specialitet: '', Delmål: 'STa1', Benämning: expect.any(String) });
    expect(rows.filter((r) => r.Föreskrift === 'HSLF-FS 2021:8').map((r) => r.Delmål)).toEqual([
      'STa1', 'STa2', 'STa3', 'STa4', 'STa5', 'STa6', 'STa7', 'STb1', 'STb2', 'STb3', 'STb4',
    ]);
    expect(rows.filter((r) => r.Föreskrift === 'SOSFS 2015:8').map((r) => r.Delmål)).toEqual([
      'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'b1', 'b2', 'b3', 'b4', 'b5',
    ]);
    expect(rows.every((r) => String(r.Benämning).length > 0)).toBe(true);
  });

  test('dates, numbers, e-mail, checkbox, and help text only on reference columns', () => {
    const trainees = sheetOf(bundle, SHEET.trainees);
    for (const header of [TRAINEE_COL.stStart, TRAINEE_COL.plannedEnd, TRAINEE_COL.iupDone]) {
      expect(criteriaOf(trainees, header)).toMatchObject({ type: 'DATE_IS_VALID_DATE', help: expect.stringMatching(/ÅÅÅÅ-MM-DD/) });
      expect(trainees.getRange(2, columnOf(trainees, header)).getNumberFormat()).toBe('yyyy-mm-dd');
    }
    expect(criteriaOf(trainees, TRAINEE_COL.serviceLevel)).toMatchObject({ type: 'NUMBER_BETWEEN', values: [1, 100] });
    expect(criteriaOf(trainees, TRAINEE_COL.email)).toMatchObject({ type: 'TEXT_IS_VALID_EMAIL' });
    expect(criteriaOf(trainees, TRAINEE_COL.mainSupervisor)).toMatchObject({ allowInvalid: true, help: expect.stringMatching(/ID/) });
    expect(criteriaOf(trainees, TRAINEE_COL.mainSupervisor)?.type).not.toBe('VALUE_IN_LIST');
    for (const header of [TRAINEE_COL.id, TRAINEE_COL.name, TRAINEE_COL.note, TRAINEE_COMPUTED.flags, TRAINEE_COMPUTED.annualStatus]) {
      expect(criteriaOf(trainees, header)).toBeNull();
    }
    const sessions = sheetOf(bundle, SHEET.sessions);
    expect(criteriaOf(sessions, SESSION_COL.documented)).toMatchObject({ type: 'CHECKBOX' });
    expect(criteriaOf(sessions, SESSION_COL.minutes)).toMatchObject({ type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', values: [0] });
    expect(criteriaOf(sessions, SESSION_COL.date)).toMatchObject({ type: 'DATE_IS_VALID_DATE' });
    const agreements = sheetOf(bundle, SHEET.agreements);
    expect(criteriaOf(agreements, AGREEMENT_COL.sitInsPerYear)).toMatchObject({ type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', values: [0] });
    expect(criteriaOf(sheetOf(bundle, SHEET.supervisors), SUPERVISOR_COL.trainingDone)).toMatchObject({ type: 'DATE_IS_VALID_DATE' });
  });

  test('protects each computed block with a warning only', () => {
    const expected: Record<string, string> = {
      [SHEET.trainees]: 'Q1:Y1000',
      [SHEET.supervisors]: 'I1:J1000',
      [SHEET.agreements]: 'K1:L1000',
    };
    for (const name of Object.keys(EXPECTED_HEADERS)) {
      const sheet = sheetOf(bundle, name);
      const own = protectionsOf(bundle, sheet);
      if (!expected[name]) {
        expect(own).toEqual([]);
        continue;
      }
      expect(own).toHaveLength(1);
      expect(own[0].isWarningOnly()).toBe(true);
      expect(own[0].getRange().getA1Notation()).toBe(expected[name].replace('1000', String(sheet.getMaxRows())));
    }
  });

  test('colours the annual check-in against TODAY() with the real column letters', () => {
    const sheet = sheetOf(bundle, SHEET.trainees);
    const formulas = formulasOf(bundle, sheet);
    expect(formulas).toContain('=AND(ISNUMBER($R2),$R2<TODAY())');
    expect(formulas).toContain('=$Q2="Försenad"');
    expect(formulas).toContain('=$Q2="Snart"');
    expect(formulas).toContain('=$Q2="OK"');
    expect(formulas).toContain('=LEN($X2)>0');
    expect(formulas).toContain('=OR($L2="Vilande",$L2="Avslutad")');
  });
});

function protectionsOf(bundle: LoadedBundle, sheet: Sheet): GoogleAppsScript.Spreadsheet.Protection[] {
  return sheet
    .getProtections(app(bundle).ProtectionType.RANGE)
    .filter((p) => p.getDescription() === SETUP_PROTECTION_DESCRIPTION);
}

function formulasOf(bundle: LoadedBundle, sheet: Sheet): string[] {
  return sheet.getConditionalFormatRules().map((rule) => {
    const condition = rule.getBooleanCondition();
    return condition && condition.getCriteriaType() === app(bundle).BooleanCriteria.CUSTOM_FORMULA
      ? String(condition.getCriteriaValues()[0])
      : `(${String(condition?.getCriteriaType() ?? 'gradient')})`;
  });
}

describe('setupWorkbook on a workbook in use', () => {
  // Reordered columns, a user column with data, some headers missing, and no
  // Samtal sheet yet. The computed headers the user typed are still empty, so
  // setup adopts them (a computed-named column holding data would be the user's own).
  const traineeRows = [
    ['Namn', 'ID', 'Min kolumn', 'ST-start', 'Status', 'Specialitet', TRAINEE_COMPUTED.annualStatus, TRAINEE_COMPUTED.flags, 'Egen sist'],
    ['Anna Ek', 'ST-0001', 'egen 1', '2024-01-15', 'Aktiv', 'Allmänmedicin', '', '', 'x1'],
    ['Björn Dahl', 'ST-0002', 'egen 2', '2026-03-01', 'Vilande', 'Kirurgi', '', '', 'x2'],
    ['', '', 'egen 3 utan rad', '', '', '', '', '', ''],
  ];
  const supervisorRows = [
    [...Object.values(SUPERVISOR_COL), ...Object.values(SUPERVISOR_COMPUTED)],
    ['HL-0001', 'Karin Berg', 'karin@example.se', 'Allmänmedicin', 'VC Syd', '2015-03-01', '2026-05-10', '', '', ''],
  ];
  const agreementRows = [
    Object.values(AGREEMENT_COL).filter((h) => h !== AGREEMENT_COL.created),
    ['Ö-0001', 'ST-0001', 'HL-0001', 'allmanmedicin', 'Varje månad', 6, '2024-02-01', '', '2024-02-05', 'Undertecknad', ''],
  ];

  function workbookInUse(): LoadedBundle {
    return loadBundle({
      workbook: {
        sheets: {
          Anteckningar: [['fritt'], ['text']],
          [SHEET.trainees]: traineeRows.map((r) => [...r]),
          [SHEET.supervisors]: supervisorRows.map((r) => [...r]),
          [SHEET.agreements]: agreementRows.map((r) => [...r]),
        },
      },
      now: NOW,
    });
  }

  test('moves and loses nothing, and adds the missing headers', () => {
    const bundle = workbookInUse();
    const trainees = sheetOf(bundle, SHEET.trainees);
    const before = records(trainees);
    const { summary } = runSetup(bundle);
    expect(bundle.env.ui.alerts).toEqual([]);

    // Every cell the user had is still under its header, on its row.
    const after = records(trainees);
    expect(after).toHaveLength(before.length);
    before.forEach((row, i) => expect(after[i]).toMatchObject(row));

    // The user's columns keep their order; missing user headers sit left of the
    // computed block, missing computed headers join its end, 'Egen sist' stays right of it.
    const headers = headersOf(trainees);
    expect(headers.slice(0, 6)).toEqual(traineeRows[0].slice(0, 6));
    const missingUser = Object.values(TRAINEE_COL).filter((h) => !traineeRows[0].includes(h));
    const missingComputed = Object.values(TRAINEE_COMPUTED).filter((h) => !traineeRows[0].includes(h));
    expect(headers).toEqual([
      ...traineeRows[0].slice(0, 6),
      ...missingUser,
      TRAINEE_COMPUTED.annualStatus,
      TRAINEE_COMPUTED.flags,
      ...missingComputed,
      'Egen sist',
    ]);
    expect(summary).toEqual({
      createdSheets: [SHEET.sessions, SHEET.leave, SHEET.certificates, SHEET.catalogue, OVERVIEW.sheet],
      addedColumns: [
        { sheet: SHEET.trainees, headers: [...missingUser, ...missingComputed] },
        { sheet: SHEET.agreements, headers: [AGREEMENT_COL.created] },
        { sheet: SHEET.sessions, headers: Object.values(SESSION_COL) },
        { sheet: SHEET.leave, headers: Object.values(LEAVE_COL) },
        { sheet: SHEET.certificates, headers: Object.values(CERTIFICATE_COL) },
        { sheet: SHEET.catalogue, headers: Object.values(CATALOGUE_COL) },
      ],
      seededDelmal: SEEDED,
    });
    expect(headersOf(sheetOf(bundle, SHEET.agreements))).toEqual(Object.values(AGREEMENT_COL));
    expect(records(sheetOf(bundle, SHEET.agreements))[0]).toMatchObject({ ID: 'Ö-0001', Status: 'Undertecknad' });
    expect(sheetOf(bundle, 'Anteckningar').getDataRange().getValues()).toEqual([['fritt'], ['text']]);
    expect(JSON.stringify(bundle.env.ui.toasts)).toMatch(/Nya kolumner i ST-läkare/);
  });

  test('leaves the user column without validation and protects only the computed block', () => {
    const bundle = workbookInUse();
    runSetup(bundle);
    const trainees = sheetOf(bundle, SHEET.trainees);
    expect(criteriaOf(trainees, 'Min kolumn')).toBeNull();
    expect(criteriaOf(trainees, 'Egen sist')).toBeNull();
    expect(criteriaOf(trainees, TRAINEE_COL.status)).toMatchObject({ type: 'VALUE_IN_LIST' });
    const [own] = protectionsOf(bundle, trainees);
    const first = columnOf(trainees, TRAINEE_COMPUTED.annualStatus);
    const last = columnOf(trainees, TRAINEE_COMPUTED.updated);
    expect(last - first).toBe(Object.values(TRAINEE_COMPUTED).length - 1);
    expect(own.getRange().getColumn()).toBe(first);
    expect(own.getRange().getLastColumn()).toBe(last);
  });

  test('a second run writes no value and stacks no rule or protection; the user’s own are kept', () => {
    const bundle = workbookInUse();
    const trainees = sheetOf(bundle, SHEET.trainees);
    // The user's own conditional format and protection, which setup must keep.
    const userRule = app(bundle)
      .newConditionalFormatRule()
      .whenTextEqualTo('x1')
      .setBackground('#0000ff')
      .setRanges([trainees.getRange('I2:I10')])
      .build();
    trainees.setConditionalFormatRules([userRule]);
    trainees.getRange('A1:A5').protect().setDescription('Min egen spärr');

    const first = runSetup(bundle);
    const afterFirst = snapshot(bundle);
    const rulesAfterFirst = formulasOf(bundle, trainees);
    const second = runSetup(bundle);

    expect(snapshot(bundle)).toEqual(afterFirst);
    expect(second.summary).toEqual({ createdSheets: [], addedColumns: [], seededDelmal: 0 });
    expect(second.methods['Range.setValues'] ?? 0).toBe(0);
    expect(second.methods['Range.setValue'] ?? 0).toBe(0);
    expect(second.methods['Sheet.insertColumnsAfter'] ?? 0).toBe(0);
    expect(second.methods['Sheet.insertColumnsBefore'] ?? 0).toBe(0);
    expect(second.methods['Spreadsheet.insertSheet'] ?? 0).toBe(0);
    expect(formulasOf(bundle, trainees)).toEqual(rulesAfterFirst);
    expect(formulasOf(bundle, trainees)[0]).toBe('(TEXT_EQUAL_TO)');
    for (const name of [SHEET.trainees, SHEET.supervisors, SHEET.agreements]) {
      expect(protectionsOf(bundle, sheetOf(bundle, name))).toHaveLength(1);
    }
    const descriptions = trainees.getProtections(app(bundle).ProtectionType.RANGE).map((p) => p.getDescription());
    expect(descriptions.sort()).toEqual(['Min egen spärr', SETUP_PROTECTION_DESCRIPTION].sort());
    expect(JSON.stringify(bundle.env.ui.toasts)).toMatch(/redan förberedd/);
  });

  test('a user column inserted inside the computed block: protections and rules follow the columns', () => {
    const bundle = workbookInUse();
    runSetup(bundle);
    const trainees = sheetOf(bundle, SHEET.trainees);
    // The user inserts a column of their own between Årlig avstämning and Flaggor.
    const flags = columnOf(trainees, TRAINEE_COMPUTED.flags);
    trainees.insertColumnsBefore(flags, 1);
    trainees.getRange(1, flags).setValue('Mitt i');
    runSetup(bundle);
    const own = protectionsOf(bundle, trainees);
    expect(own.map((p) => p.getRange().getColumn())).toEqual([columnOf(trainees, TRAINEE_COMPUTED.annualStatus), flags + 1]);
    expect(own.map((p) => p.getRange().getNumColumns())).toEqual([1, Object.values(TRAINEE_COMPUTED).length - 1]);
    expect(own.every((p) => p.isWarningOnly())).toBe(true);
    const due = columnOf(trainees, TRAINEE_COMPUTED.nextAnnualDue);
    const letter = String.fromCharCode(64 + due);
    const formulas = formulasOf(bundle, trainees);
    expect(formulas).toContain(`=AND(ISNUMBER($${letter}2),$${letter}2<TODAY())`);
    expect(formulas.filter((f) => f.includes('<TODAY()'))).toHaveLength(1);
    expect(criteriaOf(trainees, 'Mitt i')).toBeNull();
  });
});

describe('setupWorkbook on a Målbeskrivning the coordinator has edited', () => {
  test('keeps every row, fills in only the delmål missing for a Föreskrift and code, and adds nothing the second time', () => {
    const own = [
      ['Föreskrift', 'Specialitet', 'Delmål', 'Benämning', 'Min kolumn'],
      ['HSLF-FS 2021:8', 'Psykiatri', 'STc1', 'Psykiatrisk bedömning', 'egen'],
      // Their own wording of STa3, written in lower case: setup must not add a second STa3.
      ['hslf-fs 2021:8', '', ' sta3 ', 'Vetenskap (vår text)', '=1+1'],
      ['SOSFS 2015:8', '', 'a1', 'Ledarskap m.m.', ''],
    ];
    const bundle = loadBundle({ workbook: { sheets: { [SHEET.catalogue]: own.map((r) => [...r]) } }, now: NOW });
    const first = runSetup(bundle);
    expect(first.summary).toMatchObject({ seededDelmal: SEEDED - 2 });
    const rows = records(sheetOf(bundle, SHEET.catalogue));
    expect(rows.slice(0, 3)).toEqual([
      { Föreskrift: 'HSLF-FS 2021:8', Specialitet: 'Psykiatri', Delmål: 'STc1', Benämning: 'Psykiatrisk bedömning', 'Min kolumn': 'egen' },
      { Föreskrift: 'hslf-fs 2021:8', Specialitet: '', Delmål: ' sta3 ', Benämning: 'Vetenskap (vår text)', 'Min kolumn': expect.anything() },
      { Föreskrift: 'SOSFS 2015:8', Specialitet: '', Delmål: 'a1', Benämning: 'Ledarskap m.m.', 'Min kolumn': '' },
    ]);
    expect(rows.filter((r) => String(r.Delmål).trim().toLowerCase() === 'sta3')).toHaveLength(1);
    expect(rows.slice(3).every((r) => r['Min kolumn'] === '')).toBe(true);
    const formula = sheetOf(bundle, SHEET.catalogue).getRange(3, 5).getFormula();
    expect(formula).toBe('=1+1');
    const second = runSetup(bundle);
    expect(second.summary).toMatchObject({ seededDelmal: 0 });
    expect(records(sheetOf(bundle, SHEET.catalogue))).toHaveLength(3 + SEEDED - 2);
  });
});

describe('setupWorkbook when it cannot run', () => {
  test('another execution holds the lock: a Swedish message, no stack trace, nothing created', () => {
    const bundle = loadBundle({ workbook: { sheets: { Blad1: [] } }, now: NOW });
    bundle.env.lock.holdElsewhere(true);
    bundle.call('setupWorkbook');
    const text = JSON.stringify(bundle.env.ui.alerts);
    expect(text).toMatch(/försök igen/);
    expect(text).not.toMatch(/at .*\.js|Error:/);
    expect(app(bundle).getActiveSpreadsheet().getSheets().map((s) => s.getName())).toEqual(['Blad1']);
  });
});
