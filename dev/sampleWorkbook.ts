/**
 * The fictional sample workbook of the local preview (PRODUCT.md §5). Every
 * person, unit and note is invented — the surnames say so (Påhittad, Exempelsson,
 * Låtsasson…). Dates are relative to `today`, so the preview shows the same
 * situations whenever it is started:
 *   - 12 ST-läkare: most active, one Vilande, one Avslutad
 *   - two overdue annual check-ins, two due soon
 *   - sparse supervision, missing IUP, missing agreement, few sit-ins,
 *     undocumented sessions, a trainee close to the end of ST
 *   - 5 handledare, one without supervisor training, one without a recent meeting
 *   - one data error: an agreement that ends before it starts
 *   - ~150 sessions spread over the last two years
 *   - §6: parental and sick leave (Frånvaro), intyg, psychiatry's first c-delmål in
 *     Målbeskrivning (setup adds the a- and b-delmål), and each new flag once:
 *     BT-intyg saknas, N delmål utan intyg, Beräknat ST-slut efter planerat
 * Rows are written as a user types them: dates as `YYYY-MM-DD`, IDs or exact names
 * in reference cells, a checkbox as true/false. Only the user's columns are given;
 * setupWorkbook adds the computed blocks. ST-läkare also has a column of the
 * user's own ("Kontaktperson"), which ST-koll must leave alone.
 */
import { addDays, addMonths, isAfter } from '../src/domain/dates';
import {
  AGREEMENT_COL,
  CATALOGUE_COL,
  CERTIFICATE_COL,
  LEAVE_COL,
  SESSION_COL,
  SHEET,
  SUPERVISOR_COL,
  TRAINEE_COL,
} from '../src/domain/sheetContract';

export const SAMPLE_TIME_ZONE = 'Europe/Stockholm';

export interface SampleWorkbook {
  timeZone: string;
  sheets: Record<string, unknown[][]>;
}

/** A column of the user's own, placed among ST-koll's columns on purpose. */
export const SAMPLE_USER_COLUMN = 'Kontaktperson';

interface SupervisorSpec {
  id: string;
  name: string;
  unit: string;
  /** Months before today the supervisor training was completed; null = never. */
  trainedMonthsAgo: number | null;
  /** Months before today of the latest supervisor meeting; null = never. */
  meetingMonthsAgo: number | null;
}

interface TraineeSpec {
  id: string;
  name: string;
  specialty: string;
  unit: string;
  startMonthsAgo: number;
  status: 'Aktiv' | 'Vilande' | 'Avslutad';
  supervisorId: string;
  /** IUP set this many months after ST-start; null = not yet. */
  iupAfterMonths: number | null;
  /** Months before today of the latest annual check-in; null = none yet. */
  lastAnnualMonthsAgo: number | null;
  agreement: { frequency: string; template: string; signed: boolean; sitIns: number } | null;
  /** Days between supervision sessions, and days since the latest one. */
  supervisionEveryDays: number;
  lastSupervisionDaysAgo: number;
  /** Sit-ins in the last 12 months. */
  sitInsLastYear: number;
  /** How many of the recent sessions are left undocumented. */
  undocumented: number;
  plannedEndMonthsFromStart?: number;
  serviceLevel?: number;
  /** BT godkänd this many months after ST-start; absent = not yet. */
  btAfterMonths?: number;
  /** Delmål covered by issued intyg (codes of the trainee's regulation). */
  certificates?: string[][];
}

const UNIT = {
  north: 'Vårdcentralen Påhittby',
  south: 'Vårdcentralen Exempelstad',
  east: 'Vårdcentralen Låtsasvik',
  psych: 'Psykiatriska kliniken, Fiktiva sjukhuset',
  medicine: 'Medicinkliniken, Fiktiva sjukhuset',
} as const;

const STUDY_DIRECTOR = 'Stina Rektorsson';
const HEAD = 'Ville Chefsson';

const SUPERVISORS: SupervisorSpec[] = [
  { id: 'HL-0001', name: 'Maria Handledarsson', unit: UNIT.north, trainedMonthsAgo: 60, meetingMonthsAgo: 3 },
  { id: 'HL-0002', name: 'Nils Exempelgren', unit: UNIT.south, trainedMonthsAgo: 96, meetingMonthsAgo: 15 },
  { id: 'HL-0003', name: 'Olivia Påhittadsdotter', unit: UNIT.east, trainedMonthsAgo: null, meetingMonthsAgo: 5 },
  { id: 'HL-0004', name: 'Per Testlund', unit: UNIT.psych, trainedMonthsAgo: 30, meetingMonthsAgo: 6 },
  { id: 'HL-0005', name: 'Rut Fiktivsson', unit: UNIT.medicine, trainedMonthsAgo: 14, meetingMonthsAgo: 2 },
];

const MONTHLY = 'Varje månad';
const WEEKLY = 'Varje vecka';
const SIX_A_YEAR = '6 gånger per år';

const TRAINEES: TraineeSpec[] = [
  { id: 'ST-0001', name: 'Alva Påhittad', specialty: 'Allmänmedicin', unit: UNIT.north, startMonthsAgo: 30, status: 'Aktiv', supervisorId: 'HL-0001', iupAfterMonths: 3, lastAnnualMonthsAgo: 7, agreement: { frequency: MONTHLY, template: 'allmanmedicin', signed: true, sitIns: 6 }, supervisionEveryDays: 72, lastSupervisionDaysAgo: 9, sitInsLastYear: 6, undocumented: 0, btAfterMonths: 8, certificates: [['STa3', 'STb1'], ['STa7']] },
  { id: 'ST-0002', name: 'Bertil Exempelsson', specialty: 'Allmänmedicin', unit: UNIT.south, startMonthsAgo: 40, status: 'Aktiv', supervisorId: 'HL-0002', iupAfterMonths: 4, lastAnnualMonthsAgo: 15, agreement: { frequency: MONTHLY, template: 'allmanmedicin', signed: true, sitIns: 6 }, supervisionEveryDays: 84, lastSupervisionDaysAgo: 20, sitInsLastYear: 6, undocumented: 2 },
  { id: 'ST-0003', name: 'Cecilia Testberg', specialty: 'Allmänmedicin', unit: UNIT.north, startMonthsAgo: 11, status: 'Aktiv', supervisorId: 'HL-0001', iupAfterMonths: 2, lastAnnualMonthsAgo: null, agreement: { frequency: WEEKLY, template: 'ny-st', signed: true, sitIns: 6 }, supervisionEveryDays: 67, lastSupervisionDaysAgo: 5, sitInsLastYear: 5, undocumented: 0 },
  { id: 'ST-0004', name: 'Daniel Låtsasson', specialty: 'Allmänmedicin', unit: UNIT.east, startMonthsAgo: 3, status: 'Aktiv', supervisorId: 'HL-0003', iupAfterMonths: null, lastAnnualMonthsAgo: null, agreement: null, supervisionEveryDays: 67, lastSupervisionDaysAgo: 4, sitInsLastYear: 1, undocumented: 0 },
  { id: 'ST-0005', name: 'Elin Fiktiv', specialty: 'Allmänmedicin', unit: UNIT.south, startMonthsAgo: 26, status: 'Aktiv', supervisorId: 'HL-0002', iupAfterMonths: 5, lastAnnualMonthsAgo: 13, agreement: { frequency: MONTHLY, template: 'allmanmedicin', signed: true, sitIns: 6 }, supervisionEveryDays: 96, lastSupervisionDaysAgo: 25, sitInsLastYear: 2, undocumented: 0, btAfterMonths: 9 },
  { id: 'ST-0006', name: 'Farid Provström', specialty: 'Allmänmedicin', unit: UNIT.north, startMonthsAgo: 61, status: 'Aktiv', supervisorId: 'HL-0001', iupAfterMonths: 2, lastAnnualMonthsAgo: 5, agreement: { frequency: SIX_A_YEAR, template: 'st-kontrakt', signed: true, sitIns: 4 }, supervisionEveryDays: 120, lastSupervisionDaysAgo: 30, sitInsLastYear: 4, undocumented: 0, btAfterMonths: 7, certificates: [['STa1', 'STa2', 'STa3', 'STa4'], ['STa5', 'STa6', 'STa7'], ['STb1']] },
  { id: 'ST-0007', name: 'Greta Mallgren', specialty: 'Psykiatri', unit: UNIT.psych, startMonthsAgo: 20, status: 'Vilande', supervisorId: 'HL-0004', iupAfterMonths: 4, lastAnnualMonthsAgo: 9, agreement: { frequency: MONTHLY, template: 'st-kontrakt', signed: true, sitIns: 6 }, supervisionEveryDays: 108, lastSupervisionDaysAgo: 150, sitInsLastYear: 0, undocumented: 0, serviceLevel: 50 },
  { id: 'ST-0008', name: 'Hassan Skissén', specialty: 'Allmänmedicin', unit: UNIT.east, startMonthsAgo: 70, status: 'Avslutad', supervisorId: 'HL-0003', iupAfterMonths: 3, lastAnnualMonthsAgo: 14, agreement: { frequency: MONTHLY, template: 'allmanmedicin', signed: true, sitIns: 6 }, supervisionEveryDays: 144, lastSupervisionDaysAgo: 320, sitInsLastYear: 0, undocumented: 0, plannedEndMonthsFromStart: 60 },
  { id: 'ST-0009', name: 'Ines Utkastsson', specialty: 'Internmedicin', unit: UNIT.medicine, startMonthsAgo: 18, status: 'Aktiv', supervisorId: 'HL-0005', iupAfterMonths: 5, lastAnnualMonthsAgo: 6, agreement: { frequency: MONTHLY, template: 'ny-st', signed: true, sitIns: 6 }, supervisionEveryDays: 96, lastSupervisionDaysAgo: 85, sitInsLastYear: 6, undocumented: 0 },
  { id: 'ST-0010', name: 'Johan Övningsberg', specialty: 'Allmänmedicin', unit: UNIT.south, startMonthsAgo: 8, status: 'Aktiv', supervisorId: 'HL-0002', iupAfterMonths: null, lastAnnualMonthsAgo: null, agreement: { frequency: MONTHLY, template: 'ny-st', signed: false, sitIns: 6 }, supervisionEveryDays: 72, lastSupervisionDaysAgo: 12, sitInsLastYear: 4, undocumented: 1 },
  { id: 'ST-0011', name: 'Karin Prototypsson', specialty: 'Psykiatri', unit: UNIT.psych, startMonthsAgo: 36, status: 'Aktiv', supervisorId: 'HL-0004', iupAfterMonths: 3, lastAnnualMonthsAgo: 11, agreement: { frequency: MONTHLY, template: 'st-kontrakt', signed: true, sitIns: 4 }, supervisionEveryDays: 72, lastSupervisionDaysAgo: 14, sitInsLastYear: 4, undocumented: 0, serviceLevel: 80, plannedEndMonthsFromStart: 66, btAfterMonths: 10, certificates: [['STa3', 'STc1']] },
  { id: 'ST-0012', name: 'Linnea Demoström', specialty: 'Internmedicin', unit: UNIT.medicine, startMonthsAgo: 14, status: 'Aktiv', supervisorId: 'HL-0005', iupAfterMonths: 4, lastAnnualMonthsAgo: 2, agreement: { frequency: MONTHLY, template: 'ny-st', signed: true, sitIns: 6 }, supervisionEveryDays: 84, lastSupervisionDaysAgo: 18, sitInsLastYear: 6, undocumented: 0 },
];

/** Sessions reach back at most this far (the "last two years" of the sample). */
const HISTORY_DAYS = 730;

const NOTES = [
  'Gick igenom IUP och delmål',
  'Diskuterade ett svårt samtal (inga patientuppgifter)',
  'Reflektion kring jourpass',
  'Planering av kurser till hösten',
  'Genomgång av journalföring',
  '',
  '',
  '',
];

/** A small linear congruential generator: the same sample on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type SessionRow = [string, string, string, string, number | '', boolean, string];

export function sampleWorkbook(today: string): SampleWorkbook {
  const random = seeded(20261123);
  const monthsAgo = (months: number) => addMonths(today, -months);

  const traineeRows: unknown[][] = [
    [
      TRAINEE_COL.id, TRAINEE_COL.name, TRAINEE_COL.email, TRAINEE_COL.specialty, TRAINEE_COL.unit,
      SAMPLE_USER_COLUMN,
      TRAINEE_COL.stStart, TRAINEE_COL.plannedEnd, TRAINEE_COL.serviceLevel, TRAINEE_COL.mainSupervisor,
      TRAINEE_COL.studyDirector, TRAINEE_COL.head, TRAINEE_COL.status, TRAINEE_COL.iupDone, TRAINEE_COL.note,
      TRAINEE_COL.regulation, TRAINEE_COL.btApproved,
    ],
  ];
  const certificateRows: unknown[][] = [Object.values(CERTIFICATE_COL)];
  const supervisorRows: unknown[][] = [Object.values(SUPERVISOR_COL)];
  const agreementRows: unknown[][] = [Object.values(AGREEMENT_COL)];
  const sessions: SessionRow[] = [];

  for (const s of SUPERVISORS) {
    supervisorRows.push([
      s.id,
      s.name,
      emailOf(s.name),
      'Allmänmedicin',
      s.unit,
      s.trainedMonthsAgo === null ? '' : monthsAgo(s.trainedMonthsAgo),
      s.meetingMonthsAgo === null ? '' : monthsAgo(s.meetingMonthsAgo),
      '',
    ]);
  }

  let agreementNumber = 0;
  for (const t of TRAINEES) {
    const start = monthsAgo(t.startMonthsAgo);
    const plannedEnd = t.plannedEndMonthsFromStart ? addMonths(start, t.plannedEndMonthsFromStart) : '';
    traineeRows.push([
      t.id,
      t.name,
      emailOf(t.name),
      t.specialty,
      t.unit,
      t.status === 'Aktiv' ? 'Sekreterare Siv Exempel' : '',
      start,
      plannedEnd,
      t.serviceLevel ?? 100,
      // One reference by exact name, as users sometimes type it.
      t.id === 'ST-0009' ? nameOf(t.supervisorId) : t.supervisorId,
      STUDY_DIRECTOR,
      HEAD,
      t.status,
      t.iupAfterMonths === null ? '' : addMonths(start, t.iupAfterMonths),
      t.status === 'Vilande' ? 'Föräldraledig (fiktiv anteckning)' : '',
      // Blank: ST-koll takes the regulation from ST-start (§6).
      '',
      t.btAfterMonths === undefined ? '' : addMonths(start, t.btAfterMonths),
    ]);
    (t.certificates ?? []).forEach((codes, i) => {
      certificateRows.push([t.id, codes.join(', '), i === 0 ? 'Kurs' : 'Klinisk tjänstgöring', INTYG_TITLES[i % INTYG_TITLES.length], addMonths(start, 6 + 6 * i), 'Handledaren', '']);
    });

    if (t.agreement) {
      agreementNumber += 1;
      const validFrom = addDays(start, 14);
      const signed = t.agreement.signed ? addDays(validFrom, 3) : '';
      const id = `Ö-${String(agreementNumber).padStart(4, '0')}`;
      // The one data error of the sample: this agreement ends before it starts.
      const validTo = t.id === 'ST-0012' ? addDays(validFrom, -30) : t.status === 'Avslutad' ? addMonths(start, 60) : '';
      agreementRows.push([
        id,
        t.id === 'ST-0003' ? t.name : t.id,
        t.supervisorId,
        t.agreement.template,
        t.agreement.frequency,
        t.agreement.sitIns,
        validFrom,
        validTo,
        signed,
        t.agreement.signed ? 'Undertecknad' : 'Utkast',
        '',
        '',
      ]);
    }

    sessions.push(...sessionsFor(t, start, today, random));
  }

  // An older agreement that was replaced, so the list shows every status.
  agreementNumber += 1;
  agreementRows.push([
    `Ö-${String(agreementNumber).padStart(4, '0')}`,
    'ST-0002',
    'HL-0003',
    'allmanmedicin',
    WEEKLY,
    6,
    addDays(monthsAgo(40), 7),
    monthsAgo(30),
    addDays(monthsAgo(40), 10),
    'Ersatt',
    '',
    '',
  ]);

  sessions.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1].localeCompare(b[1])));
  return {
    timeZone: SAMPLE_TIME_ZONE,
    sheets: {
      [SHEET.trainees]: traineeRows,
      [SHEET.supervisors]: supervisorRows,
      [SHEET.agreements]: agreementRows,
      [SHEET.sessions]: [Object.values(SESSION_COL), ...sessions],
      [SHEET.leave]: leaveRows(today),
      [SHEET.certificates]: certificateRows,
      [SHEET.catalogue]: [
        Object.values(CATALOGUE_COL),
        // The coordinator's own c-delmål for psychiatry; setup adds the a- and b-delmål below.
        ['HSLF-FS 2021:8', 'Psykiatri', 'STc1', 'Psykiatrisk bedömning och diagnostik'],
        ['HSLF-FS 2021:8', 'Psykiatri', 'STc2', 'Akutpsykiatri'],
      ],
    },
  };
}

const INTYG_TITLES = ['Kurs i medicinsk vetenskap (fiktiv)', 'Placering på fiktiva kliniken', 'Kurs i kommunikation (fiktiv)'];

/** Greta's parental leave (why she is Vilande) and Cecilia's part-time sick leave. */
function leaveRows(today: string): unknown[][] {
  return [
    Object.values(LEAVE_COL),
    ['ST-0007', addMonths(today, -6), addMonths(today, 4), 'Föräldraledighet', 100, 'Fiktiv anteckning'],
    ['ST-0003', addMonths(today, -5), addMonths(today, -3), 'Sjukskrivning', 50, ''],
  ];
}

function sessionsFor(t: TraineeSpec, start: string, today: string, random: () => number): SessionRow[] {
  const rows: SessionRow[] = [];
  const earliest = maxOf(start, addDays(today, -HISTORY_DAYS));
  const note = () => NOTES[Math.floor(random() * NOTES.length)];
  const add = (date: string, type: string, minutes: number | '', documented = true, supervisorId = t.supervisorId) => {
    if (isAfter(date, today) || date < start) return;
    rows.push([date, t.id, supervisorId, type, minutes, documented, type === 'Handledningssamtal' ? note() : '']);
  };

  // Supervision, backwards from the latest one, with a few days of jitter.
  const end = t.status === 'Avslutad' ? addMonths(start, 60) : today;
  let undocumentedLeft = t.undocumented;
  for (let date = addDays(end, -t.lastSupervisionDaysAgo); date >= earliest; ) {
    add(date, 'Handledningssamtal', random() < 0.2 ? 45 : random() < 0.2 ? 90 : 60, undocumentedLeft-- <= 0);
    date = addDays(date, -(t.supervisionEveryDays + Math.floor(random() * 7) - 3));
  }
  // Sit-ins: the given count spread over the last 12 months.
  for (let i = 0; i < t.sitInsLastYear; i++) {
    add(addDays(today, -20 - Math.floor((i * 330) / Math.max(1, t.sitInsLastYear)) - Math.floor(random() * 10)), 'Medsittning', 240);
  }

  // Annual check-ins: the latest as specified, one a year before it.
  if (t.lastAnnualMonthsAgo !== null) {
    for (let months = t.lastAnnualMonthsAgo; addMonths(today, -months) >= addMonths(start, 10); months += 12) {
      add(addMonths(today, -months), 'Årligt avstämningssamtal', 60, true, '');
    }
  }
  // Milestones over the whole ST (rule 6), for those far enough in.
  if (t.startMonthsAgo >= 24) {
    add(addMonths(start, 24), 'Studierektorsavstämning', 45, true, '');
    add(addMonths(start, 25), 'Specialistkollegium', 60, true, '');
    add(addMonths(start, 32), 'Mitt-i-ST', 240, true, '');
  }
  if (t.startMonthsAgo >= 50) {
    add(addMonths(start, 50), 'Studierektorsavstämning', 45, true, '');
    add(addMonths(start, 51), 'Specialistkollegium', 60, true, '');
  }
  if (t.startMonthsAgo <= 12) add(addMonths(start, 1), 'Startseminarium', 180, true, '');
  return rows;
}

function maxOf(a: string, b: string): string {
  return a > b ? a : b;
}

function nameOf(supervisorId: string): string {
  const found = SUPERVISORS.find((s) => s.id === supervisorId);
  return found ? found.name : supervisorId;
}

/** Addresses on example.se, a domain reserved for examples. */
function emailOf(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/\s+/g, '.');
  return `${ascii}@example.se`;
}
