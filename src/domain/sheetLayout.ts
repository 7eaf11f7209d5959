/**
 * The layout setupWorkbook gives each sheet of PRODUCT.md §1, and the pure
 * planning of missing headers. Columns are found by header text, never by
 * position: users reorder columns and add their own, so a plan only ever adds
 * columns, it never moves, renames or overwrites one.
 */
import {
  ACTIVITY,
  AGREEMENT_COL,
  AGREEMENT_STATUS,
  AGREEMENT_WRITTEN,
  BUILT_IN_TEMPLATES,
  CATALOGUE_COL,
  CERTIFICATE_COL,
  COMMON_SPECIALTIES,
  FREQUENCY,
  LEAVE_COL,
  LEAVE_TYPE,
  REGULATIONS,
  SESSION_COL,
  SESSION_TYPE,
  SHEET,
  SUPERVISOR_COL,
  SUPERVISOR_COMPUTED,
  TRAINEE_COL,
  TRAINEE_COMPUTED,
  TRAINEE_STATUS,
  type SheetKey,
  type SheetName,
} from './sheetContract';

/** What a column holds, as data validation and number formats see it. */
export type ColumnType =
  | { kind: 'text' }
  /** Text Sheets must never read as a number or date (`3/11`): number format `@`; only ST-koll writes these. */
  | { kind: 'literal' }
  | { kind: 'date' }
  /** Date and time; only ST-koll writes these. */
  | { kind: 'timestamp' }
  | { kind: 'email' }
  | { kind: 'checkbox' }
  /** A reference to another sheet: an ID or a unique name, so no dropdown. */
  | { kind: 'reference' }
  | { kind: 'number'; min: number; max?: number }
  /** `strict`: only these values; otherwise the list is a suggestion and `hint` says what else fits. */
  | { kind: 'list'; values: readonly string[]; strict: boolean; hint?: 'specialty' | 'template' | 'regulation' };

export interface SheetSpec {
  key: SheetKey;
  name: SheetName;
  /** The user's columns, in the order a fresh sheet gets them. */
  userHeaders: readonly string[];
  /** The block only ST-koll writes, in order, right of the user's columns. */
  computedHeaders: readonly string[];
  /**
   * Types of the columns that get validation (user columns only) or a number
   * format (any column); the rest are free text.
   */
  columnTypes: Readonly<Record<string, ColumnType>>;
}

const DATE: ColumnType = { kind: 'date' };
const EMAIL: ColumnType = { kind: 'email' };
const REFERENCE: ColumnType = { kind: 'reference' };
const TIMESTAMP: ColumnType = { kind: 'timestamp' };
const LITERAL: ColumnType = { kind: 'literal' };
const SPECIALTY: ColumnType = { kind: 'list', values: COMMON_SPECIALTIES, strict: false, hint: 'specialty' };

const agreementWritten: readonly string[] = AGREEMENT_WRITTEN;

export const SHEET_SPECS: readonly SheetSpec[] = [
  {
    key: 'trainees',
    name: SHEET.trainees,
    userHeaders: Object.values(TRAINEE_COL),
    computedHeaders: Object.values(TRAINEE_COMPUTED),
    columnTypes: {
      [TRAINEE_COL.email]: EMAIL,
      [TRAINEE_COL.specialty]: SPECIALTY,
      [TRAINEE_COL.stStart]: DATE,
      [TRAINEE_COL.plannedEnd]: DATE,
      [TRAINEE_COL.serviceLevel]: { kind: 'number', min: 1, max: 100 },
      [TRAINEE_COL.mainSupervisor]: REFERENCE,
      [TRAINEE_COL.status]: { kind: 'list', values: TRAINEE_STATUS, strict: true },
      [TRAINEE_COL.iupDone]: DATE,
      [TRAINEE_COL.regulation]: { kind: 'list', values: REGULATIONS, strict: true, hint: 'regulation' },
      [TRAINEE_COL.btApproved]: DATE,
      [TRAINEE_COMPUTED.nextAnnualDue]: DATE,
      [TRAINEE_COMPUTED.lastSupervision]: DATE,
      [TRAINEE_COMPUTED.estimatedEnd]: DATE,
      [TRAINEE_COMPUTED.delmalCovered]: LITERAL,
      [TRAINEE_COMPUTED.updated]: TIMESTAMP,
    },
  },
  {
    key: 'supervisors',
    name: SHEET.supervisors,
    userHeaders: Object.values(SUPERVISOR_COL),
    computedHeaders: Object.values(SUPERVISOR_COMPUTED),
    columnTypes: {
      [SUPERVISOR_COL.email]: EMAIL,
      [SUPERVISOR_COL.specialty]: SPECIALTY,
      [SUPERVISOR_COL.trainingDone]: DATE,
      [SUPERVISOR_COL.lastMeeting]: DATE,
    },
  },
  {
    key: 'agreements',
    name: SHEET.agreements,
    userHeaders: Object.values(AGREEMENT_COL).filter((h) => !agreementWritten.includes(h)),
    computedHeaders: agreementWritten,
    columnTypes: {
      [AGREEMENT_COL.trainee]: REFERENCE,
      [AGREEMENT_COL.supervisor]: REFERENCE,
      // A Google Doc ID or URL of the user's own template is allowed too.
      [AGREEMENT_COL.template]: { kind: 'list', values: BUILT_IN_TEMPLATES, strict: false, hint: 'template' },
      [AGREEMENT_COL.frequency]: { kind: 'list', values: FREQUENCY, strict: true },
      [AGREEMENT_COL.sitInsPerYear]: { kind: 'number', min: 0 },
      [AGREEMENT_COL.validFrom]: DATE,
      [AGREEMENT_COL.validTo]: DATE,
      [AGREEMENT_COL.signed]: DATE,
      [AGREEMENT_COL.status]: { kind: 'list', values: AGREEMENT_STATUS, strict: true },
      [AGREEMENT_COL.created]: TIMESTAMP,
    },
  },
  {
    key: 'sessions',
    name: SHEET.sessions,
    userHeaders: Object.values(SESSION_COL),
    computedHeaders: [],
    columnTypes: {
      [SESSION_COL.date]: DATE,
      [SESSION_COL.trainee]: REFERENCE,
      [SESSION_COL.supervisor]: REFERENCE,
      [SESSION_COL.type]: { kind: 'list', values: SESSION_TYPE, strict: true },
      [SESSION_COL.minutes]: { kind: 'number', min: 0 },
      [SESSION_COL.documented]: { kind: 'checkbox' },
    },
  },
  {
    key: 'leave',
    name: SHEET.leave,
    userHeaders: Object.values(LEAVE_COL),
    computedHeaders: [],
    columnTypes: {
      [LEAVE_COL.trainee]: REFERENCE,
      [LEAVE_COL.from]: DATE,
      [LEAVE_COL.to]: DATE,
      [LEAVE_COL.type]: { kind: 'list', values: LEAVE_TYPE, strict: true },
      [LEAVE_COL.extent]: { kind: 'number', min: 1, max: 100 },
    },
  },
  {
    key: 'certificates',
    name: SHEET.certificates,
    userHeaders: Object.values(CERTIFICATE_COL),
    computedHeaders: [],
    columnTypes: {
      [CERTIFICATE_COL.trainee]: REFERENCE,
      [CERTIFICATE_COL.activity]: { kind: 'list', values: ACTIVITY, strict: true },
      [CERTIFICATE_COL.issued]: DATE,
    },
  },
  {
    key: 'catalogue',
    name: SHEET.catalogue,
    userHeaders: Object.values(CATALOGUE_COL),
    computedHeaders: [],
    columnTypes: {
      [CATALOGUE_COL.regulation]: { kind: 'list', values: REGULATIONS, strict: true },
      [CATALOGUE_COL.specialty]: SPECIALTY,
    },
  },
];

/** A header cell as ST-koll compares it (readers trim the same way). */
export function normalizeHeader(cell: unknown): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/**
 * Headers to write into row 1 starting at `column` (1-based). When
 * `shiftsColumns` is true the existing columns from `column` rightwards must
 * first move right by `headers.length` (an insertion); otherwise the columns
 * are beyond everything the sheet holds and only need to exist.
 */
export interface HeaderInsertion {
  column: number;
  headers: string[];
  shiftsColumns: boolean;
}

export interface HeaderPlan {
  /** Applied in order; each one's `column` already counts the earlier ones. */
  insertions: HeaderInsertion[];
  /** Row 1 once the plan is applied, as wide as the sheet's content. */
  headers: string[];
  /** Every header the plan adds, user headers first. */
  added: string[];
}

/** A contiguous run of columns, 1-based, `width` ≥ 1. */
export interface ColumnRun {
  column: number;
  width: number;
}

/**
 * Where the missing headers of one sheet go, given its current row 1
 * (`currentRow` spans every column holding content, header or not).
 *
 * - Missing user headers go right of the user's columns and left of the
 *   computed block, when that block sits together; otherwise at the far right.
 * - Missing computed headers join the end of the computed block, or start it at
 *   the far right when none of it exists.
 * - Nothing is ever written into an existing column, even one with a blank
 *   header: it may hold the user's data.
 */
export function planHeaders(spec: SheetSpec, currentRow: readonly unknown[]): HeaderPlan {
  let headers = currentRow.map(normalizeHeader);
  const insertions: HeaderInsertion[] = [];
  const apply = (at: number | null, missing: string[]): void => {
    if (missing.length === 0) return;
    const column = at ?? headers.length + 1;
    const shiftsColumns = column <= headers.length;
    insertions.push({ column, headers: missing, shiftsColumns });
    headers = [...headers.slice(0, column - 1), ...missing, ...headers.slice(column - 1)];
  };

  const missingUser = missingFrom(headers, spec.userHeaders);
  const blockBefore = computedBlock(headers, spec.computedHeaders);
  apply(blockBefore ? blockBefore.column : null, missingUser);

  const missingComputed = missingFrom(headers, spec.computedHeaders);
  const blockAfter = computedBlock(headers, spec.computedHeaders);
  apply(blockAfter ? blockAfter.column + blockAfter.width : null, missingComputed);

  return { insertions, headers, added: [...missingUser, ...missingComputed] };
}

function missingFrom(headers: readonly string[], wanted: readonly string[]): string[] {
  const present = new Set(headers);
  return wanted.filter((header) => !present.has(header));
}

/**
 * The computed block when its columns sit together (blank-header columns in
 * between are tolerated), or null when it is absent or a user column splits it.
 */
function computedBlock(headers: readonly string[], computed: readonly string[]): ColumnRun | null {
  const owned = new Set(computed);
  const positions = headers.flatMap((header, i) => (owned.has(header) ? [i] : []));
  if (positions.length === 0) return null;
  const first = positions[0];
  const last = positions[positions.length - 1];
  for (let i = first; i <= last; i++) {
    if (headers[i] !== '' && !owned.has(headers[i])) return null;
  }
  return { column: first + 1, width: last - first + 1 };
}

/**
 * The sheets whose computed block a refresh rewrites whole, so a same-named
 * column of the user's there must be refused (issue #6). Agreement columns are
 * written one row at a time, for a document ST-koll made.
 */
export const REFRESHED_SHEETS: readonly SheetKey[] = ['trainees', 'supervisors'];

/** The layout of one ST-koll sheet, by key or by name. */
export function specOf(keyOrName: SheetKey | SheetName): SheetSpec {
  return SHEET_SPECS.find((s) => s.key === keyOrName || s.name === keyOrName)!;
}

/** A sheet's full header row as setup lays it out: the user's columns, then ST-koll's block. */
export function sheetHeaders(key: SheetKey): string[] {
  const spec = specOf(key);
  return [...spec.userHeaders, ...spec.computedHeaders];
}

/** 1-based column of every header (first occurrence wins, as the readers do). */
export function columnsByHeader(headers: readonly string[]): Map<string, number> {
  const columns = new Map<string, number>();
  headers.forEach((header, i) => {
    if (header !== '' && !columns.has(header)) columns.set(header, i + 1);
  });
  return columns;
}

/** Sorted 1-based columns grouped into contiguous runs. */
export function columnRuns(columns: readonly number[]): ColumnRun[] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const runs: ColumnRun[] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column + last.width === column) last.width += 1;
    else runs.push({ column, width: 1 });
  }
  return runs;
}

/** The columns of a sheet's computed block, as runs (one run when it sits together). */
export function computedRuns(spec: SheetSpec, headers: readonly string[]): ColumnRun[] {
  const columns = columnsByHeader(headers);
  return columnRuns(spec.computedHeaders.flatMap((h) => (columns.has(h) ? [columns.get(h)!] : [])));
}

/** "A", "Z", "AA"… for a 1-based column. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
