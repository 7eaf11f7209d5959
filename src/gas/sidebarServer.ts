/**
 * The server functions the sidebar calls through google.script.run. Each one
 * treats its argument as untrusted, returns plain JSON (`Result<…>` of
 * src/shared/api.ts) and never throws at the client (`serverCall`).
 */
import { computeRefresh } from '../app/refreshFlags';
import { buildSidebarData, issueDtos } from '../app/sidebarData';
import { parseSessionInput, sessionCells, type ValidSessionInput } from '../app/sessionInput';
import { UserError } from '../app/userError';
import { SESSION_COL, SHEET } from '../domain/sheetContract';
import type { LogSessionOk, RefreshSummary, Result, SidebarData, ValidationReportDto } from '../shared/api';
import { ERROR, SESSION_INPUT } from '../shared/messages';
import { serverCall } from './feedback';
import { runRefresh } from './refreshFlagsEntry';
import { keepReminderSnapshot } from './reminders/snapshotWriter';
import { headersOf } from './sheetTable';
import { loadSnapshot } from './snapshot';
import { ensureRows, ID_HEADER, openWorkbook, persistAssignedIds, readSheetTable, rereadGrid, rowsById, withDocumentLock, writeRowCells } from './workbookIO';

function computeNow() {
  const snapshot = loadSnapshot();
  return { ...snapshot, ...computeRefresh({ raw: snapshot.raw, today: snapshot.wb.today, settings: snapshot.settings }) };
}

/**
 * The sidebar's first load: counts, Översikt's numbers and the most urgent
 * flagged trainees (src/app/sidebarData.ts); the rest is searched as the user
 * types (sidebarSearchServer.ts). The sidebar names people by ID, so IDs
 * ST-koll assigned to new rows are written first; a row whose ID could not be
 * written is left out until the next refresh rather than offered under an ID
 * the sheet does not hold.
 * The sidebar reloads this after every logged session, so the reminder
 * snapshot is kept here, from the evaluation already done (no extra read).
 */
export function getSidebarData(): Result<{ data: SidebarData }> {
  return serverCall<{ data: SidebarData }>(() => {
    const { wb, parsed, result, tables, settings, overview, stored } = computeNow();
    const unwritten = persistAssignedIds(tables, parsed.assignedIds);
    keepReminderSnapshot({ wb, parsed, result, settings }, stored);
    return { ok: true, data: buildSidebarData(parsed, result, wb.today, overview, unwritten) };
  });
}

export function getValidationReport(): Result<{ report: ValidationReportDto }> {
  return serverCall(() => ({ ok: true, report: { issues: issueDtos(computeNow().parsed.issues) } }));
}

export function refreshFlagsFromSidebar(): Result<{ summary: RefreshSummary }> {
  return serverCall(() => ({ ok: true, summary: runRefresh().summary }));
}

export function logSession(input: unknown): Result<LogSessionOk> {
  return serverCall<LogSessionOk>(() => {
    const wb = openWorkbook();
    const parsed = parseSessionInput(input, wb.today);
    if (!parsed.ok) return { ok: false, message: ERROR.invalidInput(parsed.message) };
    const value = parsed.value;
    if (!idExists(readSheetTable(wb, 'trainees').values, value.traineeId)) {
      return { ok: false, message: SESSION_INPUT.unknownTrainee };
    }
    if (value.supervisorId && !idExists(readSheetTable(wb, 'supervisors').values, value.supervisorId)) {
      return { ok: false, message: SESSION_INPUT.unknownSupervisor };
    }
    return { ok: true, row: withDocumentLock(() => appendSession(wb.ss, value)) };
  });
}

function idExists(grid: unknown[][], id: string): boolean {
  return rowsById(grid, ID_HEADER).has(id);
}

/** Free for a new session: every cell ST-koll writes is empty or an unticked checkbox (a user's column may hold anything). */
function isFreeLine(line: unknown[], columns: readonly number[]): boolean {
  return columns.every((c) => line[c] === '' || line[c] === false);
}

/**
 * Writes the session into the first row after the last one in use. Not
 * appendRow: setup gives Dokumenterat a checkbox on every row, and Sheets may
 * count unticked boxes as content, which would put new sessions far below;
 * and appendRow would write every column of the row, a user's own included.
 */
function appendSession(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, value: ValidSessionInput): number {
  const sheet = ss.getSheetByName(SHEET.sessions);
  if (!sheet) throw new UserError(ERROR.missingSheet(SHEET.sessions));
  const grid = rereadGrid(sheet);
  const headers = headersOf(grid);
  const missing = Object.values(SESSION_COL).filter((h) => !headers.includes(h));
  if (missing.length) throw new UserError(ERROR.missingHeaders(SHEET.sessions, missing));
  const known = Object.values(SESSION_COL).map((h) => headers.indexOf(h));
  let lastUsed = grid.length;
  while (lastUsed > 1 && isFreeLine(grid[lastUsed - 1], known)) lastUsed--;
  const row = lastUsed + 1;
  ensureRows(sheet, row, grid.length);
  writeRowCells(SHEET.sessions, sheet, headers, row, sessionCells(value));
  return row;
}
