/**
 * The workbook contract of PRODUCT.md §1: sheet names, headers and value lists.
 * These strings are what users see and filter on, so they live here verbatim
 * (Swedish is allowed in this file and in src/shared/messages/ only).
 * ST-koll finds every column by its header text, never by position.
 */

export const SHEET = {
  trainees: 'ST-läkare',
  supervisors: 'Handledare',
  agreements: 'Överenskommelser',
  sessions: 'Samtal',
  leave: 'Frånvaro',
  certificates: 'Intyg',
  catalogue: 'Målbeskrivning',
} as const;
export type SheetKey = keyof typeof SHEET;
export type SheetName = (typeof SHEET)[SheetKey];

export const TRAINEE_COL = {
  id: 'ID',
  name: 'Namn',
  email: 'E-post',
  specialty: 'Specialitet',
  unit: 'Enhet',
  stStart: 'ST-start',
  plannedEnd: 'Planerat ST-slut',
  serviceLevel: 'Tjänstgöringsgrad (%)',
  mainSupervisor: 'Huvudhandledare',
  studyDirector: 'Studierektor',
  head: 'Verksamhetschef',
  status: 'Status',
  iupDone: 'IUP klar',
  note: 'Anteckning',
  // §6, last so that rows typed in the older column order still line up.
  regulation: 'Föreskrift',
  btApproved: 'BT godkänd',
} as const;

/** The computed block of ST-läkare, written only by ST-koll, in this order. */
export const TRAINEE_COMPUTED = {
  annualStatus: 'Årlig avstämning',
  nextAnnualDue: 'Nästa årliga avstämning',
  lastSupervision: 'Senaste handledning',
  supervisionHours12m: 'Handledning 12 mån (h)',
  sitIns12m: 'Medsittningar 12 mån',
  estimatedEnd: 'Beräknat ST-slut',
  delmalCovered: 'Delmål med intyg',
  flags: 'Flaggor',
  updated: 'Uppdaterad',
} as const;

export const SUPERVISOR_COL = {
  id: 'ID',
  name: 'Namn',
  email: 'E-post',
  specialty: 'Specialitet',
  unit: 'Enhet',
  trainingDone: 'Handledarutbildning',
  lastMeeting: 'Senaste handledarträff',
  note: 'Anteckning',
} as const;

export const SUPERVISOR_COMPUTED = {
  activeTrainees: 'Aktiva adepter',
  flags: 'Flaggor',
} as const;

export const AGREEMENT_COL = {
  id: 'ID',
  trainee: 'ST-läkare',
  supervisor: 'Handledare',
  template: 'Mall',
  frequency: 'Handledning',
  sitInsPerYear: 'Medsittningar per år',
  validFrom: 'Giltig från',
  validTo: 'Giltig till',
  signed: 'Undertecknad',
  status: 'Status',
  document: 'Dokument',
  created: 'Skapad',
} as const;

/** Columns of Överenskommelser that ST-koll fills in (the rest belong to the user). */
export const AGREEMENT_WRITTEN = [AGREEMENT_COL.document, AGREEMENT_COL.created] as const;

export const SESSION_COL = {
  date: 'Datum',
  trainee: 'ST-läkare',
  supervisor: 'Handledare',
  type: 'Typ',
  minutes: 'Längd (min)',
  documented: 'Dokumenterat',
  note: 'Anteckning',
} as const;

/** PRODUCT.md §6: Frånvaro, one row per leave (user-edited, or appended by the sidebar). */
export const LEAVE_COL = {
  trainee: 'ST-läkare',
  from: 'Från',
  to: 'Till',
  type: 'Typ',
  extent: 'Omfattning (%)',
  note: 'Anteckning',
} as const;

/** PRODUCT.md §6: Intyg, one row per certificate (user-edited, or appended by the sidebar). */
export const CERTIFICATE_COL = {
  trainee: 'ST-läkare',
  delmal: 'Delmål',
  activity: 'Aktivitet',
  title: 'Benämning',
  issued: 'Utfärdat',
  issuer: 'Utfärdare',
  note: 'Anteckning',
} as const;

/** PRODUCT.md §6: Målbeskrivning, the delmål catalogue (seeded by setup, then the user's). */
export const CATALOGUE_COL = {
  regulation: 'Föreskrift',
  specialty: 'Specialitet',
  delmal: 'Delmål',
  title: 'Benämning',
} as const;

/** The two regulations of §6, by meaning. */
export const REGULATION_NAME = { hslf2021: 'HSLF-FS 2021:8', sosfs2015: 'SOSFS 2015:8' } as const;
export const REGULATIONS = [REGULATION_NAME.hslf2021, REGULATION_NAME.sosfs2015] as const;
export type Regulation = (typeof REGULATIONS)[number];

/** Typ on Frånvaro: kinds of leave that do not count towards ST (semester counts, so it is not here). */
export const LEAVE_TYPE = ['Föräldraledighet', 'Sjukskrivning', 'Tjänstledighet', 'Annan'] as const;
export type LeaveType = (typeof LEAVE_TYPE)[number];

/** Aktivitet on Intyg. */
export const ACTIVITY = ['Klinisk tjänstgöring', 'Auskultation', 'Kurs', 'Utvecklingsarbete', 'Vetenskapligt arbete', 'Annat'] as const;
export type Activity = (typeof ACTIVITY)[number];

export const ID_PREFIX = { trainees: 'ST', supervisors: 'HL', agreements: 'Ö' } as const;

/** The values of Status on ST-läkare, by meaning. */
export const TRAINEE_STATE = { active: 'Aktiv', dormant: 'Vilande', finished: 'Avslutad' } as const;
export const TRAINEE_STATUS = [TRAINEE_STATE.active, TRAINEE_STATE.dormant, TRAINEE_STATE.finished] as const;
export type TraineeStatus = (typeof TRAINEE_STATUS)[number];

/** The statuses of a trainee who is not in ST right now (no annual status, greyed out). */
export const INACTIVE_TRAINEE_STATUSES = [TRAINEE_STATE.dormant, TRAINEE_STATE.finished] as const;

/** The values of Status on Överenskommelser, by meaning. */
export const AGREEMENT_STATE = { draft: 'Utkast', created: 'Skapad', signed: 'Undertecknad', replaced: 'Ersatt' } as const;
export const AGREEMENT_STATUS = [AGREEMENT_STATE.draft, AGREEMENT_STATE.created, AGREEMENT_STATE.signed, AGREEMENT_STATE.replaced] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUS)[number];

export const FREQUENCY = ['Varje vecka', 'Varje månad', '6 gånger per år'] as const;
export type Frequency = (typeof FREQUENCY)[number];

export const BUILT_IN_TEMPLATES = ['allmanmedicin', 'ny-st', 'st-kontrakt'] as const;
export type BuiltInTemplateId = (typeof BUILT_IN_TEMPLATES)[number];

export const SESSION_TYPE = [
  'Handledningssamtal',
  'Medsittning',
  'Årligt avstämningssamtal',
  'Studierektorsavstämning',
  'Specialistkollegium',
  'Mitt-i-ST',
  'Startseminarium',
  'Handledarutlåtande',
  'Årsrapport',
] as const;
export type SessionType = (typeof SESSION_TYPE)[number];

/** The values of Årlig avstämning, by meaning. */
export const ANNUAL = { overdue: 'Försenad', soon: 'Snart', ok: 'OK', inactive: '–' } as const;
export const ANNUAL_STATUS = [ANNUAL.overdue, ANNUAL.soon, ANNUAL.ok, ANNUAL.inactive] as const;
export type AnnualStatus = (typeof ANNUAL_STATUS)[number];

/** Offered in the Specialitet dropdown; any other text is allowed too. */
export const COMMON_SPECIALTIES = [
  'Allmänmedicin',
  'Anestesi och intensivvård',
  'Barn- och ungdomsmedicin',
  'Internmedicin',
  'Kirurgi',
  'Obstetrik och gynekologi',
  'Ortopedi',
  'Psykiatri',
  'Radiologi',
  'Akutsjukvård',
  'Geriatrik',
  'Kardiologi',
] as const;

export const DEFAULT_SPECIALTY = 'Allmänmedicin';

/**
 * The sheet Översikt (PRODUCT.md §8), owned whole by ST-koll: its name, the
 * first cells of its four tables, the columns of the group tables and the
 * labels it writes.
 */
export const OVERVIEW = {
  sheet: 'Översikt',
  unit: 'Enhet',
  specialty: 'Specialitet',
  month: 'Månad',
  quarter: 'Kvartal',
  total: 'Totalt',
  noUnit: '(ingen enhet)',
  groupColumns: [
    'Aktiva',
    'Försenad',
    'Snart',
    'Överenskommelse saknas',
    'Datafel',
    'Medsittningar 12 mån (median)',
    'ST-slut inom 12 mån',
  ],
  /** The count column of the month table, and its chart's title. */
  checkIns: 'Årliga avstämningar',
  checkInsTitle: 'Årliga avstämningar per månad',
  /** The count column of the quarter table, and its chart's title. */
  stEnds: 'ST-slut',
  stEndsTitle: 'ST-slut per kvartal',
} as const;
