/**
 * A sheet read once (one getSheetValues) and addressed by header text, never
 * by position: users reorder columns and add their own.
 */
import type { RawRow } from '../domain/model';
import type { SheetName } from '../domain/sheetContract';
import { columnsByHeader } from '../domain/sheetLayout';
import { toCellValue, type DateToIso } from './dateCells';

export interface SheetTable {
  name: SheetName;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  headers: string[];
  /** The raw grid as read, header row included. */
  values: unknown[][];
  /** Data rows (sheet row 2 onwards), keyed by header, blank rows included. */
  rows: RawRow[];
}

/** `values`: the sheet from A1 as read (one getSheetValues, src/gas/workbookIO.ts). */
export function readTable(name: SheetName, sheet: GoogleAppsScript.Spreadsheet.Sheet, values: unknown[][], toIso: DateToIso): SheetTable {
  return { name, sheet, headers: headersOf(values), values, rows: rawRows(values, toIso) };
}

/** Row 1 as header texts, trimmed: columns are found by these, never by position. */
export function headersOf(grid: readonly unknown[][]): string[] {
  return (grid[0] ?? []).map((h) => String(h).trim());
}

/** The data rows of a grid read from row 1 (sheet row 2 onwards), keyed by header, blank rows included. */
export function rawRows(values: readonly unknown[][], toIso: DateToIso): RawRow[] {
  const columns = columnsByHeader(headersOf(values));
  const rows: RawRow[] = [];
  for (let r = 1; r < values.length; r++) {
    const line = values[r];
    const cells: RawRow['cells'] = {};
    columns.forEach((c, header) => {
      cells[header] = toCellValue(line[c - 1], toIso);
    });
    rows.push({ row: r + 1, cells });
  }
  return rows;
}
