/**
 * The shell of "refresh flags": one read per sheet, compute in memory, then,
 * holding the document lock to the end, re-read each written sheet (the rows
 * read, as they are now: one call, so a sort in between cannot move results
 * onto the wrong rows) and write each computed block with one setValues.
 */
import { computeRefresh, type RefreshComputation } from '../app/refreshFlags';
import { SUPERVISOR_COMPUTED_HEADERS, TRAINEE_COMPUTED_HEADERS, supervisorCells, traineeCells } from '../app/computedCells';
import type { IdAssignment } from '../domain/model';
import { SHEET, type SheetKey } from '../domain/sheetContract';
import { REFRESHED_SHEETS, specOf } from '../domain/sheetLayout';
import type { RefreshSummary } from '../shared/api';
import { ensureOwnColumns } from './columnOwnership';
import { keepReminderSnapshot } from './reminders/snapshotWriter';
import { ensureOverviewSheet, writeOverview } from './overviewSheet';
import { loadSnapshot } from './snapshot';
import type { SheetTable } from './sheetTable';
import {
  rereadGrid,
  rereadTable,
  underDocumentLockToTheEnd,
  writeAssignedIds,
  writeOwnedColumns,
  type WorkbookTables,
} from './workbookIO';

export interface RefreshRun {
  summary: RefreshSummary;
  computation: RefreshComputation;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
}

export function runRefresh(): RefreshRun {
  const { wb, raw, tables, settings, stored } = loadSnapshot();
  ensureOwnColumns(
    REFRESHED_SHEETS.map((key) => tables[key])
      .filter((t): t is NonNullable<typeof t> => t !== undefined)
      .map((t) => ({ spec: specOf(t.name), sheet: t.sheet, grid: t.values })),
    stored,
  );
  const computation = computeRefresh({ raw, today: wb.today, settings });
  const updated = new Date();
  underDocumentLockToTheEnd(() => {
    writeResults(tables, computation, updated);
    writeOverview(ensureOverviewSheet(wb.ss).sheet, computation.overview);
  });
  keepReminderSnapshot({ wb, settings, ...computation }, stored);
  return { summary: computation.summary, computation, ss: wb.ss };
}

function writeResults(tables: WorkbookTables, { parsed, result }: RefreshComputation, updated: Date): void {
  const trainees = new Map(result.trainees.map((r) => [r.id, traineeCells(r, updated)]));
  const supervisors = new Map(result.supervisors.map((r) => [r.id, supervisorCells(r)]));
  writeSheet(tables.trainees, assignmentsFor(parsed.assignedIds, 'trainees'), TRAINEE_COMPUTED_HEADERS, trainees);
  writeSheet(tables.supervisors, assignmentsFor(parsed.assignedIds, 'supervisors'), SUPERVISOR_COMPUTED_HEADERS, supervisors);
  const agreementIds = assignmentsFor(parsed.assignedIds, 'agreements');
  if (agreementIds.length) writeAssignedIds(tables.agreements, rereadGrid(tables.agreements.sheet), agreementIds);
}

function assignmentsFor(assigned: IdAssignment[], key: SheetKey): IdAssignment[] {
  return assigned.filter((a) => a.sheet === SHEET[key]);
}

function writeSheet(
  table: SheetTable,
  assignments: IdAssignment[],
  headers: readonly string[],
  cellsById: Map<string, unknown[]>,
): void {
  // New IDs must be checked against every ID in the sheet now, rows added
  // since the read included; results alone need only the rows read.
  const grid = assignments.length ? rereadGrid(table.sheet) : rereadTable(table);
  const written = new Set(writeAssignedIds(table, grid, assignments).values());
  // A result computed under an ID that could not be written belongs to no row:
  // someone may have typed that ID on another row meanwhile.
  const unwritten = new Set(assignments.filter((a) => !written.has(a.id)).map((a) => a.id));
  writeOwnedColumns(table.name, table.sheet, grid, headers, (id) => (unwritten.has(id) ? null : cellsById.get(id) ?? null));
}
