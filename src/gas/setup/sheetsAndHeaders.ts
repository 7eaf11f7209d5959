/**
 * Setup step 1: every sheet of the contract exists and carries its headers.
 * Missing headers are added by inserting columns (or using the empty columns
 * right of the content); existing columns are never moved, cleared or renamed.
 */
import { asText } from '../cellWrite';
import { planHeaders, type HeaderInsertion, type SheetSpec } from '../../domain/sheetLayout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface PreparedSheet {
  spec: SheetSpec;
  sheet: Sheet;
  created: boolean;
  /** Row 1 after setup, as wide as the sheet's content. */
  headers: string[];
  /** Headers setup added this run (all of them on a new sheet). */
  added: string[];
  /** Of those, the ones in columns inserted among existing ones (they inherit a neighbour's format). */
  inserted: string[];
  maxRows: number;
}

export function prepareSheet(spreadsheet: Spreadsheet, spec: SheetSpec): PreparedSheet {
  const existing = spreadsheet.getSheetByName(spec.name);
  // A new sheet goes last so the user's own sheets keep their places.
  const sheet = existing ?? spreadsheet.insertSheet(spec.name, spreadsheet.getNumSheets());
  const width = existing ? sheet.getLastColumn() : 0;
  const currentRow = width > 0 ? sheet.getRange(1, 1, 1, width).getValues()[0] : [];
  const plan = planHeaders(spec, currentRow);
  if (plan.insertions.length > 0) applyInsertions(sheet, plan.insertions);
  return {
    spec,
    sheet,
    created: !existing,
    headers: plan.headers,
    added: plan.added,
    inserted: plan.insertions.filter((i) => i.shiftsColumns).flatMap((i) => i.headers),
    maxRows: sheet.getMaxRows(),
  };
}

/** One header block written with one setValues; columns inserted only when needed. */
function applyInsertions(sheet: Sheet, insertions: readonly HeaderInsertion[]): void {
  let maxColumns = sheet.getMaxColumns();
  for (const { column, headers, shiftsColumns } of insertions) {
    const count = headers.length;
    if (shiftsColumns) {
      if (column === 1) sheet.insertColumnsBefore(1, count);
      else sheet.insertColumnsAfter(column - 1, count);
      maxColumns += count;
    } else if (column + count - 1 > maxColumns) {
      const missing = column + count - 1 - maxColumns;
      sheet.insertColumnsAfter(maxColumns, missing);
      maxColumns += missing;
    }
    sheet.getRange(1, column, 1, count).setValues([headers.map(asText)]);
  }
}
