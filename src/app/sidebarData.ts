/** What the sidebar shows, built from the parsed workbook and the computed results. */
import { cellText, readDate } from '../domain/cells';
import type { Agreement, ParsedWorkbook, RawRow, RefreshResult, ValidationIssue } from '../domain/model';
import { buildPersonIndex, resolveReference } from '../domain/references';
import { agreementInForce, indexAgreementsByTrainee, mainSupervisorId } from '../domain/rules/agreementInForce';
import { ACTIVITY, AGREEMENT_COL, ANNUAL, LEAVE_TYPE, SESSION_TYPE, SHEET, TRAINEE_STATE } from '../domain/sheetContract';
import { applicationStatuses } from './applicationStatus';
import type { IsoDate } from '../domain/model';
import { overviewTables, type OverviewTables } from '../domain/overview';
import type { AgreementSummaryDto, SidebarData, TraineeSummaryDto, ValidationIssueDto } from '../shared/api';
import { FLAG } from '../shared/messages/flags';

/**
 * Trainees come in the order of the computed results; the sidebar orders each
 * list itself (sidebar/traineeOrder.ts for the overview, by name in the form).
 * `rawAgreements`: the rows of Överenskommelser as read, so rows that failed
 * validation are listed too (with their problems) instead of vanishing.
 * `overview`: the refresh's tables of Översikt (per unit, per month).
 */
export function buildSidebarData(
  parsed: ParsedWorkbook,
  result: RefreshResult,
  today: IsoDate,
  rawAgreements: readonly RawRow[] = [],
  overview: OverviewTables = overviewTables(parsed, result, [], today),
): SidebarData {
  const { trainees, supervisors } = parsed.workbook;
  const nameOfTrainee = new Map(trainees.map((t) => [t.id, t.name]));
  const traineeById = new Map(trainees.map((t) => [t.id, t]));
  const supervisorIds = new Set(supervisors.map((s) => s.id));
  const agreementsByTrainee = indexAgreementsByTrainee(parsed.workbook.agreements);
  const applicationOf = applicationStatuses(parsed.workbook, today);
  const summaries: TraineeSummaryDto[] = result.trainees.map((r) => {
    const trainee = traineeById.get(r.id);
    const inForce = trainee ? agreementInForce(agreementsByTrainee.get(r.id) ?? [], today) : null;
    // §2: the supervisor of the agreement in force, else Huvudhandledare; only one the sidebar can offer.
    const supervisorId = trainee ? mainSupervisorId(trainee, inForce) : '';
    return {
      id: r.id,
      name: nameOfTrainee.get(r.id) ?? r.id,
      status: trainee?.status ?? '',
      annualStatus: r.annualStatus,
      nextAnnualDue: r.nextAnnualDue,
      flags: r.flags,
      mainSupervisorId: supervisorId && supervisorIds.has(supervisorId) ? supervisorId : null,
      application: trainee ? applicationOf(trainee, inForce) : null,
    };
  });
  return {
    today,
    overview: { units: overview.byUnit, checkInsByMonth: overview.checkInsByMonth },
    trainees: summaries,
    supervisors: supervisors.map((s) => ({ id: s.id, name: s.name })).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    agreements: agreementSummaries(parsed, rawAgreements),
    sessionTypes: [...SESSION_TYPE],
    leaveTypes: [...LEAVE_TYPE],
    activities: [...ACTIVITY],
    counts: {
      active: trainees.filter((t) => t.status === TRAINEE_STATE.active).length,
      overdue: summaries.filter((t) => t.annualStatus === ANNUAL.overdue).length,
      soon: summaries.filter((t) => t.annualStatus === ANNUAL.soon).length,
      dataErrors: summaries.filter((t) => t.flags.includes(FLAG.dataError)).length,
    },
  };
}

/**
 * Every agreement row that has an ID (typed, or assigned by ST-koll), in sheet
 * order. Valid rows come from the parsed workbook; a row that failed carries its
 * Swedish problems and shows what the user typed where a reference does not resolve.
 */
function agreementSummaries(parsed: ParsedWorkbook, rawAgreements: readonly RawRow[]): AgreementSummaryDto[] {
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
