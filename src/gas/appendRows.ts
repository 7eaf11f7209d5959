/**
 * Whole new rows after the last row in use, written only in the columns
 * ST-koll knows: one setValues per contiguous run of them (one in setup's
 * layout). A column of the user's own between them is never written, not even
 * with '' — its cells in the new rows stay as they were.
 * The rows below the last row in use keep what setup gave them (validation,
 * formats); the sheet grows at its end only when it is too short.
 */
import type { CellValue } from '../domain/model';
import { columnRuns } from '../domain/sheetLayout';
import { UserError } from '../app/userError';
import { ERROR } from '../shared/messages';
import { headersOf } from './sheetTable';
import type { SheetName } from '../domain/sheetContract';
import { rowCellsFor } from './cellWrite';
import { ensureRows, firstFreeRow, rereadGrid } from './workbookIO';

/**
 * `grid`: the sheet as just re-read under the caller's lock. `rows`: values
 * by header, ready to write; a known column a row leaves out gets ''.
 * Returns the first row written.
 */
export function appendRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  grid: readonly (readonly unknown[])[],
  knownHeaders: readonly string[],
  rows: ReadonlyArray<Record<string, CellValue>>,
): number {
  const headers = headersOf(grid as unknown[][]);
  const known = knownHeaders.filter((h) => headers.includes(h));
  if (known.length === 0) throw new UserError(ERROR.columnsMoved(sheet.getName()));
  const first = firstFreeRow(grid);
  ensureRows(sheet, first + rows.length - 1, grid.length);
  for (const run of columnRuns(known.map((h) => headers.indexOf(h) + 1))) {
    const runHeaders = headers.slice(run.column - 1, run.column - 1 + run.width);
    const block = rows.map((row) => runHeaders.map((h) => row[h] ?? ''));
    sheet.getRange(first, run.column, rows.length, run.width).setValues(block);
  }
  return first;
}

/**
 * Appends `rows` (values by header) to a §6 sheet — Frånvaro, Intyg, the
 * Målbeskrivning seed — re-reading it first, under the caller's lock. The
 * known columns are the ones the rows name; a missing one is a Swedish
 * UserError (setup adds it). Each value is written as its column's contract
 * says (cellWrite): a free text that looks like a number, a date or a formula
 * stays the text it is. Returns the first row written.
 */
export function appendRowsByHeader(
  name: SheetName,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rows: ReadonlyArray<Record<string, CellValue>>,
): number {
  const grid = rereadGrid(sheet);
  if (rows.length === 0) return firstFreeRow(grid);
  const headers = headersOf(grid);
  const named = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const missing = named.filter((header) => !headers.includes(header));
  if (missing.length) throw new UserError(ERROR.missingHeaders(name, missing));
  return appendRows(sheet, grid, named, rows.map((row) => rowCellsFor(name, row)));
}
