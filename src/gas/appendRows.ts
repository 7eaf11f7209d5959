/**
 * Appending whole new rows to a user sheet (Frånvaro, Intyg, Målbeskrivning's
 * seed): into the first rows after the last one in use, writing only the
 * columns the rows name — a column the user added keeps whatever it holds,
 * formulas included. One setValues per run of adjacent columns. The caller
 * holds the document lock.
 */
import { UserError } from '../app/userError';
import { columnRuns, columnsByHeader } from '../domain/sheetLayout';
import type { SheetName } from '../domain/sheetContract';
import { ERROR } from '../shared/messages';
import { headersOf } from './sheetTable';
import { rereadGrid } from './workbookIO';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Blank for a new row: every cell empty or an unticked checkbox. */
function isBlankLine(line: readonly unknown[]): boolean {
  return line.every((cell) => cell === '' || cell === false || cell === null);
}

/** Sheet row number of the first row after the last one holding anything (2 on an empty sheet). */
export function firstFreeRow(grid: readonly unknown[][]): number {
  let lastUsed = grid.length;
  while (lastUsed > 1 && isBlankLine(grid[lastUsed - 1])) lastUsed--;
  return Math.max(lastUsed, 1) + 1;
}

/**
 * Writes `rows` (cells keyed by header) below the last row in use, re-reading
 * the sheet first. Returns the sheet row of the first one. Throws a Swedish
 * UserError when a header the rows name is missing.
 */
export function appendRowsByHeader(name: SheetName, sheet: Sheet, rows: ReadonlyArray<Record<string, unknown>>): number {
  const grid = rereadGrid(sheet);
  const first = firstFreeRow(grid);
  if (rows.length === 0) return first;
  const columns = columnsByHeader(headersOf(grid));
  const named = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const missing = named.filter((header) => !columns.has(header));
  if (missing.length) throw new UserError(ERROR.missingHeaders(name, missing));
  const last = first + rows.length - 1;
  const maxRows = sheet.getMaxRows();
  if (last > maxRows) sheet.insertRowsAfter(maxRows, last - maxRows);
  const headerAt = new Map(named.map((header) => [columns.get(header)!, header]));
  for (const run of columnRuns([...headerAt.keys()])) {
    const headers = Array.from({ length: run.width }, (_, i) => headerAt.get(run.column + i)!);
    const block = rows.map((row) => headers.map((header) => row[header] ?? ''));
    sheet.getRange(first, run.column, rows.length, run.width).setValues(block);
  }
  return first;
}
