/** What the sidebar shows, built from the parsed workbook and the computed results. */
import type { ParsedWorkbook, RefreshResult, ValidationIssue } from '../domain/model';
import { SESSION_TYPE } from '../domain/sheetContract';
import type { IsoDate } from '../domain/model';
import type { SidebarData, TraineeSummaryDto, ValidationIssueDto } from '../shared/api';

const URGENCY: Record<string, number> = { Försenad: 0, Snart: 1, OK: 2, '–': 3 };

export function buildSidebarData(parsed: ParsedWorkbook, result: RefreshResult, today: IsoDate): SidebarData {
  const { trainees, supervisors, agreements } = parsed.workbook;
  const nameOfTrainee = new Map(trainees.map((t) => [t.id, t.name]));
  const nameOfSupervisor = new Map(supervisors.map((s) => [s.id, s.name]));
  const statusOf = new Map(trainees.map((t) => [t.id, t.status as string]));
  const summaries: TraineeSummaryDto[] = result.trainees.map((r) => ({
    id: r.id,
    name: nameOfTrainee.get(r.id) ?? r.id,
    status: statusOf.get(r.id) ?? '',
    annualStatus: r.annualStatus,
    nextAnnualDue: r.nextAnnualDue,
    flags: r.flags,
  }));
  summaries.sort(
    (a, b) => (URGENCY[a.annualStatus] ?? 9) - (URGENCY[b.annualStatus] ?? 9) || b.flags.length - a.flags.length || a.name.localeCompare(b.name, 'sv'),
  );
  return {
    today,
    trainees: summaries,
    supervisors: supervisors.map((s) => ({ id: s.id, name: s.name })).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    agreements: agreements.map((a) => ({
      id: a.id,
      traineeId: a.traineeId,
      traineeName: nameOfTrainee.get(a.traineeId) ?? a.traineeId,
      supervisorName: nameOfSupervisor.get(a.supervisorId) ?? a.supervisorId,
      status: a.status,
      validFrom: a.validFrom,
      documentUrl: a.document,
    })),
    sessionTypes: [...SESSION_TYPE],
    counts: {
      active: trainees.filter((t) => t.status === 'Aktiv').length,
      overdue: summaries.filter((t) => t.annualStatus === 'Försenad').length,
      soon: summaries.filter((t) => t.annualStatus === 'Snart').length,
      dataErrors: summaries.filter((t) => t.flags.includes('Datafel')).length,
    },
  };
}

export function issueDtos(issues: ValidationIssue[]): ValidationIssueDto[] {
  return issues.map(({ sheet, row, column, message }) => ({ sheet, row, column, message }));
}
