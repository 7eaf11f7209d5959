/**
 * The server functions the sidebar calls through google.script.run. Each one
 * treats its argument as untrusted, returns plain JSON (`Result<…>` of
 * src/shared/api.ts) and never throws at the client.
 */
import { computeRefresh } from '../app/refreshFlags';
import { buildSidebarData, issueDtos } from '../app/sidebarData';
import { parseSessionInput, sessionRowCells } from '../app/sessionInput';
import { userMessageOf } from '../app/userError';
import { SESSION_COL, SHEET } from '../domain/sheetContract';
import type { Failure, LogSessionOk, RefreshSummary, Result, SidebarData, ValidationReportDto } from '../shared/api';
import { ERROR, SESSION_INPUT } from '../shared/messages';
import { runRefresh } from './refreshFlagsEntry';
import { loadSettings } from './settingsStore';
import { openWorkbook, persistAssignedIds, readSheetTable, readWorkbook, withDocumentLock } from './workbookIO';
import { UserError } from '../app/userError';
import { rowsById, rereadGrid } from './workbookIO';

function failure(error: unknown): Failure {
  console.error(error);
  return { ok: false, message: userMessageOf(error, ERROR.unexpected) };
}

function computeNow() {
  const wb = openWorkbook();
  const read = readWorkbook(wb);
  if (!read.ok) throw new UserError(read.message);
  return { wb, tables: read.tables, raw: read.raw, ...computeRefresh({ raw: read.raw, today: wb.today, settings: loadSettings() }) };
}

function withoutIds(data: SidebarData, ids: Set<string>): SidebarData {
  return {
    ...data,
    trainees: data.trainees.filter((t) => !ids.has(t.id)),
    supervisors: data.supervisors.filter((s) => !ids.has(s.id)),
    agreements: data.agreements.filter((a) => !ids.has(a.id) && !ids.has(a.traineeId)),
  };
}

/**
 * The sidebar lists people by ID, so IDs ST-koll assigned to new rows are
 * written first; a row whose ID could not be written is left out until the
 * next refresh rather than offered under an ID the sheet does not hold.
 */
export function getSidebarData(): Result<{ data: SidebarData }> {
  try {
    const { wb, parsed, result, tables, raw } = computeNow();
    const unwritten = persistAssignedIds(tables, parsed.assignedIds);
    const data = buildSidebarData(parsed, result, wb.today, raw.agreements);
    return { ok: true, data: unwritten.size ? withoutIds(data, unwritten) : data };
  } catch (error) {
    return failure(error);
  }
}

export function getValidationReport(): Result<{ report: ValidationReportDto }> {
  try {
    const { parsed } = computeNow();
    return { ok: true, report: { issues: issueDtos(parsed.issues) } };
  } catch (error) {
    return failure(error);
  }
}

export function refreshFlagsFromSidebar(): Result<{ summary: RefreshSummary }> {
  try {
    return { ok: true, summary: runRefresh().summary };
  } catch (error) {
    return failure(error);
  }
}

export function logSession(input: unknown): Result<LogSessionOk> {
  try {
    const wb = openWorkbook();
    const parsed = parseSessionInput(input, wb.today);
    if (!parsed.ok) return { ok: false, message: ERROR.invalidInput(parsed.message) };
    const value = parsed.value;
    const trainees = readSheetTable(wb, 'trainees');
    if (!idExists(trainees.values, value.traineeId)) return { ok: false, message: SESSION_INPUT.unknownTrainee };
    if (value.supervisorId) {
      const supervisors = readSheetTable(wb, 'supervisors');
      if (!idExists(supervisors.values, value.supervisorId)) return { ok: false, message: SESSION_INPUT.unknownSupervisor };
    }
    const row = withDocumentLock(() => appendSession(wb.ss, value));
    return { ok: true, row };
  } catch (error) {
    return failure(error);
  }
}

function idExists(grid: unknown[][], id: string): boolean {
  return rowsById(grid, 'ID').has(id);
}

function appendSession(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, value: Parameters<typeof sessionRowCells>[1]): number {
  const sheet = ss.getSheetByName(SHEET.sessions);
  if (!sheet) throw new UserError(ERROR.missingSheet(SHEET.sessions));
  const headers = (rereadGrid(sheet)[0] ?? []).map((h) => String(h).trim());
  const missing = Object.values(SESSION_COL).filter((h) => !headers.includes(h));
  if (missing.length) throw new UserError(ERROR.missingHeaders(SHEET.sessions, missing));
  sheet.appendRow(sessionRowCells(headers, value));
  return sheet.getLastRow();
}
