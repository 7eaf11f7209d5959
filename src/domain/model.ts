/**
 * The typed rows the domain computes on, and the results it returns.
 * The shell turns sheet cells into `RawRow`s (Dates already converted to
 * `YYYY-MM-DD` in the spreadsheet's time zone); the domain does everything else.
 */
import type {
  Activity,
  AgreementStatus,
  AnnualStatus,
  Frequency,
  LeaveType,
  Regulation,
  SessionType,
  SheetName,
  TraineeStatus,
} from './sheetContract';

/** A calendar day, `YYYY-MM-DD`, in the spreadsheet's time zone. */
export type IsoDate = string;

/**
 * One cell as the domain sees it. The shell has already turned `Date` objects
 * into `IsoDate` strings; numbers may still be date serials (days since
 * 1899-12-30) when a date cell lost its format. Empty cells are `''`.
 */
export type CellValue = string | number | boolean;

/** One sheet row, keyed by header text. `row` is the 1-based sheet row number. */
export interface RawRow {
  row: number;
  cells: Record<string, CellValue>;
}

export interface RawWorkbook {
  trainees: RawRow[];
  supervisors: RawRow[];
  agreements: RawRow[];
  sessions: RawRow[];
  /** §6 sheets; absent (a workbook set up before them) reads as empty. */
  leave?: RawRow[];
  certificates?: RawRow[];
  catalogue?: RawRow[];
}

export interface Trainee {
  row: number;
  id: string;
  name: string;
  email: string;
  specialty: string;
  unit: string;
  stStart: IsoDate;
  /**
   * The effective planned end (rules 6, 8, 11, the sidebar, the agreement):
   * Planerat ST-slut, or Beräknat ST-slut when that cell is blank.
   */
  plannedEnd: IsoDate;
  /** Planerat ST-slut as typed, null when blank. */
  typedPlannedEnd: IsoDate | null;
  /** Rule 10: Beräknat ST-slut and what moved it. */
  estimate: StEndEstimate;
  serviceLevel: number;
  /** The Huvudhandledare cell resolved to a supervisor ID, or '' when blank. */
  mainSupervisorId: string;
  studyDirector: string;
  head: string;
  status: TraineeStatus;
  iupDone: IsoDate | null;
  note: string;
  /** Föreskrift as typed, else the one the ST-start implies (§6). */
  regulation: Regulation;
  btApproved: IsoDate | null;
}

/** Rule 10 of PRODUCT.md §6: Beräknat ST-slut, and by how much part-time and leave moved it. */
export interface StEndEstimate {
  /** ST-start + the regulation's minimum months: the end at full time without leave. */
  fullTimeEnd: IsoDate;
  /** Beräknat ST-slut. */
  end: IsoDate;
  /** Days part-time work added to fullTimeEnd. */
  partTimeDays: number;
  /** Days leave added on top of that. */
  leaveDays: number;
}

/** A Frånvaro row (PRODUCT.md §6). */
export interface Leave {
  row: number;
  traineeId: string;
  from: IsoDate;
  to: IsoDate;
  type: LeaveType | null;
  /** Omfattning (%), 1–100. */
  extent: number;
  note: string;
}

/** An Intyg row (PRODUCT.md §6). */
export interface Certificate {
  row: number;
  traineeId: string;
  /** Delmål codes as catalogue keys (trimmed, lower case): see schemas/certificate.ts. */
  codeKeys: string[];
  activity: Activity | null;
  title: string;
  /** Utfärdat; null = planned, not yet issued. */
  issued: IsoDate | null;
  issuer: string;
  note: string;
}

/** A Målbeskrivning row (PRODUCT.md §6): one delmål of a regulation, for every specialty or one. */
export interface CatalogueEntry {
  row: number;
  regulation: Regulation;
  /** '' = every specialty. */
  specialty: string;
  /** The code as written in the catalogue (shown to users). */
  code: string;
  title: string;
}

export interface Supervisor {
  row: number;
  id: string;
  name: string;
  email: string;
  specialty: string;
  unit: string;
  trainingDone: IsoDate | null;
  lastMeeting: IsoDate | null;
  note: string;
}

export interface Agreement {
  row: number;
  id: string;
  traineeId: string;
  supervisorId: string;
  /** A built-in template id, or the user's own Google Doc ID/URL. */
  template: string;
  frequency: Frequency;
  sitInsPerYear: number;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  signed: IsoDate | null;
  status: AgreementStatus;
  document: string;
}

export interface Session {
  row: number;
  date: IsoDate;
  traineeId: string;
  supervisorId: string;
  type: SessionType;
  minutes: number;
  documented: boolean;
  note: string;
}

/** The validated workbook: only rows that passed validation. */
export interface Workbook {
  trainees: Trainee[];
  supervisors: Supervisor[];
  agreements: Agreement[];
  sessions: Session[];
  leave: Leave[];
  certificates: Certificate[];
  catalogue: CatalogueEntry[];
}

/** One entry of the validation report (PRODUCT.md §2, last paragraph). */
export interface ValidationIssue {
  sheet: SheetName;
  row: number;
  /** Header text of the offending column ('' when the problem is the whole row). */
  column: string;
  /** Swedish reason, from the message catalogue. */
  message: string;
  /** IDs of the trainees this problem touches; they get the flag Datafel. */
  traineeIds: string[];
}

/** An ID ST-koll will write into a blank ID cell. */
export interface IdAssignment {
  sheet: SheetName;
  row: number;
  id: string;
}

export interface ParsedWorkbook {
  workbook: Workbook;
  issues: ValidationIssue[];
  /** IDs to write into blank ID cells; the parsed rows already carry them. */
  assignedIds: IdAssignment[];
  /**
   * Trainee and supervisor rows that failed validation but have an ID (typed or
   * assigned): they still get a computed row, with the flag Datafel only.
   */
  rejectedTraineeIds: string[];
  rejectedSupervisorIds: string[];
}

/** The computed block of one ST-läkare row (PRODUCT.md §1). */
export interface TraineeResult {
  id: string;
  annualStatus: AnnualStatus;
  nextAnnualDue: IsoDate | null;
  lastSupervision: IsoDate | null;
  supervisionHours12m: number | null;
  sitIns12m: number | null;
  /** Rule 10: Beräknat ST-slut (null on a rejected row). */
  estimatedEnd: IsoDate | null;
  /** Rule 11: delmål of the catalogue covered by an issued intyg, null on a rejected row. */
  delmal: { covered: number; required: number } | null;
  /** Most urgent first. */
  flags: string[];
}

export interface SupervisorResult {
  id: string;
  activeTrainees: number;
  flags: string[];
}

export interface RefreshResult {
  trainees: TraineeResult[];
  supervisors: SupervisorResult[];
}
