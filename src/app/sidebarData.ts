/** What the sidebar shows, built from the parsed workbook and the computed results. */
import { cellText, readDate } from '../domain/cells';
import type { Agreement, IsoDate, ParsedWorkbook, RawRow, RefreshResult, ValidationIssue } from '../domain/model';
import { overviewTables, type OverviewTables } from '../domain/overview';
import { buildPersonIndex, resolveReference } from '../domain/references';
import { agreementInForce, mainSupervisorId } from '../domain/rules/agreementInForce';
import { ACTIVITY, AGREEMENT_COL, ANNUAL, LEAVE_TYPE, SESSION_TYPE, SHEET, TRAINEE_COL, TRAINEE_STATE } from '../domain/sheetContract';
import type { AgreementSummaryDto, SidebarData, TraineeCardDto, TraineeDetailsDto, ValidationIssueDto } from '../shared/api';
import { FLAG } from '../shared/messages/flags';
import { ATTENTION_LIMIT, pageOf } from '../shared/search';
import { applicationStatuses } from './applicationStatus';

let collator: Intl.Collator | null = null;
/** Swedish alphabetical order (Å, Ä, Ö after Z); one collator per execution, made when first needed. */
export function compareSwedish(a: string, b: string): number {
  collator ??= new Intl.Collator('sv');
  return collator.compare(a, b);
}

/** Overdue first, then soon, then the rest; within a group the earliest due date, then name. */
export function attentionOrder(cards: readonly TraineeCardDto[]): TraineeCardDto[] {
  const rank = (t: TraineeCardDto) => (t.annualStatus === ANNUAL.overdue ? 0 : t.annualStatus === ANNUAL.soon ? 1 : 2);
  return cards.slice().sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    const byDue = (a.nextAnnualDue || '9999-99-99').localeCompare(b.nextAnnualDue || '9999-99-99');
    if (byDue !== 0) return byDue;
    return compareSwedish(a.name, b.name);
  });
}

/**
 * The trainees that need attention (any flag), most urgent first. `hidden`:
 * IDs the sheet does not hold yet (assigned in this run and not written), which
 * the sidebar must not offer.
 */
export function flaggedCards(parsed: ParsedWorkbook, result: RefreshResult, hidden: ReadonlySet<string> = new Set()): TraineeCardDto[] {
  const traineeById = new Map(parsed.workbook.trainees.map((t) => [t.id, t]));
  const cards: TraineeCardDto[] = [];
  for (const r of result.trainees) {
    if (r.flags.length === 0 || hidden.has(r.id)) continue;
    const trainee = traineeById.get(r.id);
    cards.push({
      id: r.id,
      name: trainee?.name ?? r.id,
      status: trainee?.status ?? '',
      annualStatus: r.annualStatus,
      nextAnnualDue: r.nextAnnualDue,
      flags: r.flags,
    });
  }
  return attentionOrder(cards);
}

/**
 * The sidebar's first load (issue #9.6): the counts, Översikt's per-unit and
 * per-month numbers and the first ATTENTION_LIMIT flagged trainees — a few
 * dozen KB at any size. Trainees, supervisors and agreements are searched on
 * the server as the user types (src/gas/sidebarSearchServer.ts).
 */
export function buildSidebarData(
  parsed: ParsedWorkbook,
  result: RefreshResult,
  today: IsoDate,
  overview: OverviewTables = overviewTables(parsed, result, [], today),
  hidden: ReadonlySet<string> = new Set(),
): SidebarData {
  const byStatus = (status: string) => result.trainees.filter((t) => t.annualStatus === status).length;
  return {
    today,
    overview: { units: overview.byUnit, checkInsByMonth: overview.checkInsByMonth },
    attention: pageOf(flaggedCards(parsed, result, hidden), 0, ATTENTION_LIMIT),
    sessionTypes: [...SESSION_TYPE],
    leaveTypes: [...LEAVE_TYPE],
    activities: [...ACTIVITY],
    counts: {
      active: parsed.workbook.trainees.filter((t) => t.status === TRAINEE_STATE.active).length,
      overdue: byStatus(ANNUAL.overdue),
      soon: byStatus(ANNUAL.soon),
      dataErrors: result.trainees.filter((t) => t.flags.includes(FLAG.dataError)).length,
    },
  };
}

/**
 * One trainee once chosen in the sidebar: the supervisor to preselect and the
 * "Ansökan" facts. Null when no row of ST-läkare has this ID; a row that
 * failed validation gives its name and no application.
 */
export function traineeDetails(parsed: ParsedWorkbook, rawTrainees: readonly RawRow[], today: IsoDate, id: string): TraineeDetailsDto | null {
  const { trainees, supervisors, agreements } = parsed.workbook;
  const trainee = trainees.find((t) => t.id === id);
  if (!trainee) {
    const row = rawTrainees.find((r) => cellText(r.cells[TRAINEE_COL.id]) === id);
    return row ? { id, name: cellText(row.cells[TRAINEE_COL.name]) || id, mainSupervisor: null, application: null } : null;
  }
  const inForce = agreementInForce(agreements.filter((a) => a.traineeId === id), today);
  // §2: the supervisor of the agreement in force, else Huvudhandledare; only one the sidebar can offer.
  const supervisorId = mainSupervisorId(trainee, inForce);
  const supervisor = supervisors.find((s) => s.id === supervisorId);
  return {
    id,
    name: trainee.name,
    mainSupervisor: supervisor ? { id: supervisor.id, name: supervisor.name, unit: supervisor.unit, status: '' } : null,
    application: applicationStatuses(parsed.workbook, today)(trainee, inForce),
  };
}

/**
 * Every agreement row that has an ID (typed, or assigned by ST-koll), in sheet
 * order. Valid rows come from the parsed workbook; a row that failed carries its
 * Swedish problems and shows what the user typed where a reference does not resolve.
 */
export function agreementSummaries(parsed: ParsedWorkbook, rawAgreements: readonly RawRow[]): AgreementSummaryDto[] {
  const { trainees, supervisors, agreements } = parsed.workbook;
  const nameOfTrainee = new Map(trainees.map((t) => [t.id, t.name]));
  const nameOfSupervisor = new Map(supervisors.map((s) => [s.id, s.name]));
  const valid = (a: Agreement): AgreementSummaryDto => ({
    id: a.id,
    traineeId: a.traineeId,
    traineeName: nameOfTrainee.get(a.traineeId) ?? a.traineeId,
    supervisorName: nameOfSupervisor.get(a.supervisorId) ?? a.supervisorId,
    status: a.status,
    validFrom: a.validFrom,
    documentUrl: a.document,
    problems: [],
  });
  if (rawAgreements.length === 0) return agreements.map(valid);

  const validByRow = new Map(agreements.map((a) => [a.row, a]));
  const problemsByRow = new Map<number, string[]>();
  for (const issue of parsed.issues) {
    if (issue.sheet !== SHEET.agreements) continue;
    const list = problemsByRow.get(issue.row) ?? [];
    list.push(issue.message);
    problemsByRow.set(issue.row, list);
  }
  const assignedIdByRow = new Map(parsed.assignedIds.filter((a) => a.sheet === SHEET.agreements).map((a) => [a.row, a.id]));
  const traineeIndex = buildPersonIndex('trainee', SHEET.trainees, trainees);
  const supervisorIndex = buildPersonIndex('supervisor', SHEET.supervisors, supervisors);
  /** The name of the person a reference cell points at, else the cell as typed. */
  const nameFrom = (cell: RawRow['cells'][string] | undefined, index: typeof traineeIndex, names: Map<string, string>) => {
    const text = cellText(cell);
    if (text === '') return { id: '', name: '' };
    const resolution = resolveReference(index, text);
    return resolution.ok ? { id: resolution.id, name: names.get(resolution.id) ?? text } : { id: '', name: text };
  };

  const summaries: AgreementSummaryDto[] = [];
  for (const raw of rawAgreements) {
    const accepted = validByRow.get(raw.row);
    if (accepted) {
      summaries.push(valid(accepted));
      continue;
    }
    const id = cellText(raw.cells[AGREEMENT_COL.id]) || assignedIdByRow.get(raw.row) || '';
    if (id === '') continue;
    const trainee = nameFrom(raw.cells[AGREEMENT_COL.trainee], traineeIndex, nameOfTrainee);
    const supervisor = nameFrom(raw.cells[AGREEMENT_COL.supervisor], supervisorIndex, nameOfSupervisor);
    const validFrom = readDate(raw.cells[AGREEMENT_COL.validFrom]);
    summaries.push({
      id,
      traineeId: trainee.id,
      traineeName: trainee.name,
      supervisorName: supervisor.name,
      status: cellText(raw.cells[AGREEMENT_COL.status]),
      validFrom: validFrom.ok ? validFrom.value : null,
      documentUrl: cellText(raw.cells[AGREEMENT_COL.document]),
      problems: problemsByRow.get(raw.row) ?? [],
    });
  }
  return summaries;
}

export function issueDtos(issues: ValidationIssue[]): ValidationIssueDto[] {
  return issues.map(({ sheet, row, column, message }) => ({ sheet, row, column, message }));
}
