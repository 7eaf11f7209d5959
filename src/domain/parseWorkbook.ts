/**
 * Raw sheet rows → the validated workbook and the validation report
 * (PRODUCT.md §1 and §2, last paragraph). A row that fails is never guessed
 * at: it is reported and left out, and the trainees it touches are named in
 * its issues so they get the flag Datafel. Nothing the user typed is changed;
 * the only thing ST-koll adds is an ID in a blank ID cell (assignedIds).
 */
import { cellText } from './cells';
import { DelmalCatalogue } from './delmalCatalogue';
import { delmalKey } from './delmalCodes';
import { groupByTrainee } from './groupByTrainee';
import { duplicateIds, idAllocator, idKey } from './ids';
import type {
  Agreement,
  CatalogueEntry,
  CellValue,
  Certificate,
  IdAssignment,
  IsoDate,
  Leave,
  ParsedWorkbook,
  RawRow,
  RawWorkbook,
  Session,
  Supervisor,
  Trainee,
  ValidationIssue,
} from './model';
import { buildPersonIndex, memoizedResolver, type Resolution } from './references';
import { plannedEndFrom, estimateStEnd } from './rules/estimatedEnd';
import { parseAgreementRow } from './schemas/agreement';
import { parseCatalogueRow } from './schemas/catalogue';
import { parseCertificateRow } from './schemas/certificate';
import { parseLeaveRow } from './schemas/leave';
import { isBlankRow, type ColumnIssue, type RowRead } from './schemas/row';
import { parseSessionRow, readWellFormedSession } from './schemas/session';
import { parseSupervisorRow, type SupervisorDraft } from './schemas/supervisor';
import { parseTraineeRow, type TraineeDraft } from './schemas/trainee';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { VALIDATION } from '../shared/messages/validation';
import {
  AGREEMENT_COL,
  AGREEMENT_WRITTEN,
  CERTIFICATE_COL,
  ID_PREFIX,
  LEAVE_COL,
  SESSION_COL,
  SHEET,
  SUPERVISOR_COL,
  SUPERVISOR_COMPUTED,
  TRAINEE_COL,
  TRAINEE_COMPUTED,
  type SheetName,
} from './sheetContract';

type IdSheetKey = keyof typeof ID_PREFIX;

/** The header of the ID column of each sheet that has one. */
const ID_COLUMN: Record<IdSheetKey, string> = {
  trainees: TRAINEE_COL.id,
  supervisors: SUPERVISOR_COL.id,
  agreements: AGREEMENT_COL.id,
};

/** Columns ST-koll writes; they do not make an otherwise empty row count. */
const WRITTEN_BY_ST_KOLL: Record<keyof RawWorkbook, ReadonlySet<string>> = {
  trainees: new Set<string>(Object.values(TRAINEE_COMPUTED)),
  supervisors: new Set<string>(Object.values(SUPERVISOR_COMPUTED)),
  agreements: new Set<string>(AGREEMENT_WRITTEN),
  sessions: new Set<string>(),
  leave: new Set<string>(),
  certificates: new Set<string>(),
  catalogue: new Set<string>(),
};

const SHEET_ORDER: readonly SheetName[] = [
  SHEET.trainees,
  SHEET.supervisors,
  SHEET.agreements,
  SHEET.sessions,
  SHEET.leave,
  SHEET.certificates,
  SHEET.catalogue,
];

/** A non-empty row of a sheet with IDs: its settled ID, its parsed values if they read, its problems. */
interface IdentifiedRow<D> {
  raw: RawRow;
  id: string;
  draft: D | null;
  issues: ColumnIssue[];
}

/** Collects the report; issues are sorted by sheet order, then row, at the end. */
class IssueLog {
  private readonly issues: ValidationIssue[] = [];

  add(sheet: SheetName, row: number, problems: readonly ColumnIssue[], traineeIds: string[]): void {
    for (const { column, message } of problems) this.issues.push({ sheet, row, column, message, traineeIds });
  }

  sorted(): ValidationIssue[] {
    const rank = (issue: ValidationIssue) => SHEET_ORDER.indexOf(issue.sheet);
    // Array.prototype.sort is stable, so issues of one row keep their column order.
    return this.issues.slice().sort((a, b) => rank(a) - rank(b) || a.row - b.row);
  }
}

/** Which trainees each supervisor is linked to, so a rejected supervisor row marks them Datafel. */
class SupervisorLinks {
  private readonly traineesBySupervisor = new Map<string, Set<string>>();

  link(supervisorId: string, traineeId: string): void {
    const key = idKey(supervisorId);
    const set = this.traineesBySupervisor.get(key) ?? new Set<string>();
    set.add(traineeId);
    this.traineesBySupervisor.set(key, set);
  }

  traineesOf(supervisorId: string): string[] {
    return Array.from(this.traineesBySupervisor.get(idKey(supervisorId)) ?? []);
  }
}

/**
 * Parses the non-empty rows of a sheet with IDs: settles each row's ID (typed,
 * or the next free one when blank) and reports IDs carried by several rows.
 */
function identifyRows<D>(
  key: IdSheetKey,
  rows: readonly RawRow[],
  parse: (raw: RawRow) => RowRead<D>,
  assignedIds: IdAssignment[],
): IdentifiedRow<D>[] {
  const idColumn = ID_COLUMN[key];
  const filled = rows.filter((raw) => !isBlankRow(raw, WRITTEN_BY_ST_KOLL[key]));
  const typedIds = filled.map((raw) => cellText(raw.cells[idColumn]));
  const nextId = idAllocator(ID_PREFIX[key], typedIds);
  const identified = filled.map((raw, i): IdentifiedRow<D> => {
    let id = typedIds[i];
    if (id === '') {
      id = nextId();
      assignedIds.push({ sheet: SHEET[key], row: raw.row, id });
    }
    const read = parse(raw);
    return { raw, id, draft: read.ok ? read.values : null, issues: read.ok ? [] : read.issues.slice() };
  });
  const duplicates = duplicateIds(identified.map(({ raw, id }) => ({ row: raw.row, id })));
  for (const entry of identified) {
    const otherRows = duplicates.get(entry.raw.row);
    if (otherRows) entry.issues.unshift({ column: idColumn, message: VALIDATION.duplicateId(entry.id, otherRows) });
  }
  return identified;
}

type Resolve = (text: string) => Resolution;

/** What every sheet's pass needs: the settings, the report, and the reference resolvers. */
interface ParseContext {
  settings: Settings;
  today: IsoDate;
  log: IssueLog;
  links: SupervisorLinks;
  assignedIds: IdAssignment[];
  resolveTrainee: Resolve;
  resolveSupervisor: Resolve;
}

function resolverFor(kind: 'trainee' | 'supervisor', key: IdSheetKey, rows: readonly IdentifiedRow<unknown>[]): Resolve {
  const nameColumn = key === 'trainees' ? TRAINEE_COL.name : SUPERVISOR_COL.name;
  const people = rows.map(({ raw, id }) => ({ id, name: cellText(raw.cells[nameColumn]) }));
  return memoizedResolver(buildPersonIndex(kind, SHEET[key], people));
}

/**
 * Resolves a reference cell; blank resolves to '' (a blank required cell is
 * reported by the schema). `touched`, when given, receives the IDs an
 * ambiguous reference could mean: each of those people has a row to fix.
 */
function resolveCell(resolve: Resolve, raw: RawRow, column: string, issues: ColumnIssue[], touched?: string[]): string {
  const cell = raw.cells[column];
  if (cell === undefined || cell === '') return '';
  const resolution = resolve(typeof cell === 'string' ? cell : cellText(cell));
  if (resolution.ok) return resolution.id;
  // A whitespace-only cell resolves to nothing and is reported by the schema as blank.
  if (cellText(cell) !== '') issues.push({ column, message: resolution.message });
  if (touched) touched.push(...resolution.candidates);
  return '';
}

/** Rows that failed, as IDs (once each, in row order), for the shell to mark Datafel. */
function rejectedIds(rows: readonly IdentifiedRow<unknown>[]): string[] {
  return Array.from(new Set(rows.filter((entry) => entry.issues.length > 0).map((entry) => entry.id)));
}

export function parseWorkbook(raw: RawWorkbook, today: IsoDate, settings: Settings = DEFAULT_SETTINGS): ParsedWorkbook {
  const assignedIds: IdAssignment[] = [];
  const traineeRows = identifyRows('trainees', raw.trainees, (row) => parseTraineeRow(row, settings), assignedIds);
  const supervisorRows = identifyRows('supervisors', raw.supervisors, parseSupervisorRow, assignedIds);
  const context: ParseContext = {
    settings,
    today,
    log: new IssueLog(),
    links: new SupervisorLinks(),
    assignedIds,
    resolveTrainee: resolverFor('trainee', 'trainees', traineeRows),
    resolveSupervisor: resolverFor('supervisor', 'supervisors', supervisorRows),
  };
  const pending = acceptTrainees(traineeRows, context);
  const agreements = acceptAgreements(raw.agreements, context);
  const sessions = acceptSessions(raw.sessions, context);
  const leave = acceptLeave(raw.leave ?? [], context);
  // Rule 10 needs each trainee's leave; a trainee whose end cannot be dated is rejected here.
  const trainees = withEstimatedEnds(pending, leave, context);
  const catalogue = acceptCatalogue(raw.catalogue ?? [], context);
  const certificates = acceptCertificates(raw.certificates ?? [], trainees, new DelmalCatalogue(catalogue), context);
  // Last: a supervisor's issues name the trainees linked to it by the passes above.
  const supervisors = acceptSupervisors(supervisorRows, context);
  return {
    workbook: { trainees, supervisors, agreements, sessions, leave, certificates, catalogue },
    issues: context.log.sorted(),
    assignedIds,
    rejectedTraineeIds: rejectedIds(traineeRows),
    rejectedSupervisorIds: rejectedIds(supervisorRows),
  };
}

/** A trainee row that read correctly, before rule 10 dates its end. */
interface PendingTrainee {
  entry: IdentifiedRow<TraineeDraft>;
  trainee: Omit<Trainee, 'plannedEnd' | 'estimate'>;
}

function acceptTrainees(rows: IdentifiedRow<TraineeDraft>[], { resolveSupervisor, links, log }: ParseContext): PendingTrainee[] {
  const accepted: PendingTrainee[] = [];
  for (const entry of rows) {
    const mainSupervisorId = resolveCell(resolveSupervisor, entry.raw, TRAINEE_COL.mainSupervisor, entry.issues);
    if (mainSupervisorId) links.link(mainSupervisorId, entry.id);
    log.add(SHEET.trainees, entry.raw.row, entry.issues, [entry.id]);
    if (entry.draft && entry.issues.length === 0) {
      accepted.push({ entry, trainee: { ...entry.draft, id: entry.id, mainSupervisorId } });
    }
  }
  return accepted;
}

/** Rule 10 for every accepted trainee; the planned end every later rule uses follows from it. */
function withEstimatedEnds(pending: readonly PendingTrainee[], leave: readonly Leave[], { settings, log }: ParseContext): Trainee[] {
  const leaveByTrainee = groupByTrainee(leave);
  const accepted: Trainee[] = [];
  for (const { entry, trainee } of pending) {
    const result = estimateStEnd(trainee, leaveByTrainee.get(trainee.id) ?? [], settings);
    if (!result.ok) {
      const issue = { column: TRAINEE_COL.serviceLevel, message: VALIDATION.estimateBeyondCalendar };
      entry.issues.push(issue);
      log.add(SHEET.trainees, entry.raw.row, [issue], [entry.id]);
      continue;
    }
    const plannedEnd = plannedEndFrom(trainee.typedPlannedEnd, result.estimate.end);
    accepted.push({ ...trainee, plannedEnd, estimate: result.estimate });
  }
  return accepted;
}

/** Supervisor issues name the trainees linked to that supervisor: their flags depend on this row. */
function acceptSupervisors(rows: IdentifiedRow<SupervisorDraft>[], { links, log }: ParseContext): Supervisor[] {
  const accepted: Supervisor[] = [];
  for (const entry of rows) {
    if (entry.issues.length > 0) log.add(SHEET.supervisors, entry.raw.row, entry.issues, links.traineesOf(entry.id));
    else if (entry.draft) accepted.push({ ...entry.draft, id: entry.id });
  }
  return accepted;
}

function acceptAgreements(rows: readonly RawRow[], context: ParseContext): Agreement[] {
  const { settings, assignedIds, resolveTrainee, resolveSupervisor, links, log } = context;
  const identified = identifyRows('agreements', rows, (row) => parseAgreementRow(row, settings), assignedIds);
  const accepted: Agreement[] = [];
  for (const entry of identified) {
    const candidates: string[] = [];
    const traineeId = resolveCell(resolveTrainee, entry.raw, AGREEMENT_COL.trainee, entry.issues, candidates);
    const supervisorId = resolveCell(resolveSupervisor, entry.raw, AGREEMENT_COL.supervisor, entry.issues);
    if (traineeId && supervisorId) links.link(supervisorId, traineeId);
    log.add(SHEET.agreements, entry.raw.row, entry.issues, traineeId ? [traineeId] : candidates);
    if (entry.draft && entry.issues.length === 0) {
      accepted.push({ ...entry.draft, id: entry.id, traineeId, supervisorId });
    }
  }
  return accepted;
}

/**
 * The bulk of the workbook (up to 400,000 rows): one pass. A well-formed row
 * whose references resolve takes the fast path; any other row the general
 * one, which reports it. An indexed loop: a for-of iterator costs an object
 * per row until the optimising compiler takes over.
 */
function acceptSessions(rows: readonly RawRow[], context: ParseContext): Session[] {
  const accepted: Session[] = [];
  const ignored = WRITTEN_BY_ST_KOLL.sessions;
  for (let i = 0; i < rows.length; i++) {
    const raw = rows[i];
    if (isBlankRow(raw, ignored)) continue;
    const session = wellFormedSession(raw, context);
    if (session) accepted.push(session);
    else acceptSessionRow(raw, context, accepted);
  }
  return accepted;
}

/** The row as a Session when it is well-formed and both references resolve; null sends it to the general path. */
function wellFormedSession(raw: RawRow, { today, resolveTrainee, resolveSupervisor }: ParseContext): Session | null {
  const traineeId = resolvedId(resolveTrainee, raw.cells[SESSION_COL.trainee]);
  const supervisorId = resolvedId(resolveSupervisor, raw.cells[SESSION_COL.supervisor]);
  if (traineeId === null || supervisorId === null) return null;
  return readWellFormedSession(raw, today, traineeId, supervisorId);
}

/** What resolveCell gives when the reference is fine ('' for blank); null when it would report or guess. */
function resolvedId(resolve: Resolve, cell: CellValue | undefined): string | null {
  if (cell === undefined || cell === '') return '';
  const resolution = resolve(typeof cell === 'string' ? cell : cellText(cell));
  return resolution.ok ? resolution.id : null;
}

/** The general path of a Samtal row: every cell read, every problem reported. */
function acceptSessionRow(raw: RawRow, { today, resolveTrainee, resolveSupervisor, log }: ParseContext, accepted: Session[]): void {
  const read = parseSessionRow(raw, today);
  const issues = read.ok ? [] : read.issues.slice();
  const candidates: string[] = [];
  const traineeId = resolveCell(resolveTrainee, raw, SESSION_COL.trainee, issues, candidates);
  const supervisorId = resolveCell(resolveSupervisor, raw, SESSION_COL.supervisor, issues);
  if (issues.length > 0) {
    log.add(SHEET.sessions, raw.row, issues, traineeId ? [traineeId] : candidates);
  } else if (read.ok) {
    const { row, date, type, minutes, documented, note } = read.values;
    accepted.push({ row, date, traineeId, supervisorId, type, minutes, documented, note });
  }
}

function acceptLeave(rows: readonly RawRow[], { resolveTrainee, log }: ParseContext): Leave[] {
  const accepted: Leave[] = [];
  for (const raw of rows) {
    if (isBlankRow(raw, WRITTEN_BY_ST_KOLL.leave)) continue;
    const read = parseLeaveRow(raw);
    const issues = read.ok ? [] : read.issues.slice();
    const candidates: string[] = [];
    const traineeId = resolveCell(resolveTrainee, raw, LEAVE_COL.trainee, issues, candidates);
    if (issues.length > 0) log.add(SHEET.leave, raw.row, issues, traineeId ? [traineeId] : candidates);
    else if (read.ok) accepted.push({ ...read.values, traineeId });
  }
  return accepted;
}

function acceptCatalogue(rows: readonly RawRow[], { log }: ParseContext): CatalogueEntry[] {
  const accepted: CatalogueEntry[] = [];
  for (const raw of rows) {
    if (isBlankRow(raw, WRITTEN_BY_ST_KOLL.catalogue)) continue;
    const read = parseCatalogueRow(raw);
    // A catalogue row concerns no trainee in particular: reported, no Datafel.
    if (read.ok) accepted.push(read.values);
    else log.add(SHEET.catalogue, raw.row, read.issues, []);
  }
  return accepted;
}

/**
 * Rule 11's validation: every code of an intyg must be in the catalogue of
 * its trainee's regulation and specialty. A trainee whose own row was
 * rejected has no trustworthy regulation, so its codes are not judged.
 */
function acceptCertificates(
  rows: readonly RawRow[],
  trainees: readonly Trainee[],
  catalogue: DelmalCatalogue,
  { resolveTrainee, log }: ParseContext,
): Certificate[] {
  const traineesById = new Map(trainees.map((trainee) => [trainee.id, trainee]));
  const accepted: Certificate[] = [];
  for (const raw of rows) {
    if (isBlankRow(raw, WRITTEN_BY_ST_KOLL.certificates)) continue;
    const read = parseCertificateRow(raw);
    const issues = read.ok ? [] : read.issues.slice();
    const candidates: string[] = [];
    const traineeId = resolveCell(resolveTrainee, raw, CERTIFICATE_COL.trainee, issues, candidates);
    const trainee = traineesById.get(traineeId);
    const codeKeys = read.ok ? read.values.codes.map(delmalKey) : [];
    if (read.ok && trainee) {
      const known = catalogue.forTrainee(trainee);
      const unknown = read.values.codes.filter((_code, i) => !known.has(codeKeys[i]));
      if (unknown.length) {
        issues.push({
          column: CERTIFICATE_COL.delmal,
          message: VALIDATION.unknownDelmal(unknown, trainee.regulation, trainee.specialty),
        });
      }
    }
    if (issues.length > 0) {
      log.add(SHEET.certificates, raw.row, issues, traineeId ? [traineeId] : candidates);
    } else if (read.ok) {
      // Field by field: object rest and spread cost real time at 30,000 rows.
      const { row, activity, title, issued, issuer, note } = read.values;
      accepted.push({ row, activity, title, issued, issuer, note, traineeId, codeKeys });
    }
  }
  return accepted;
}
