/**
 * Reads a sheet of a loaded bundle back for assertions: dates as YYYY-MM-DD in
 * the spreadsheet's zone, so expectations read like the sheet a user sees.
 */
import type { LoadedBundle } from '../../dev/harness';

type Ctx = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
};

export function readSheet(bundle: LoadedBundle, name: string): unknown[][] {
  const ctx = bundle.context as unknown as Ctx;
  const ss = ctx.SpreadsheetApp.getActiveSpreadsheet();
  const tz = ss.getSpreadsheetTimeZone();
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet
    .getDataRange()
    .getValues()
    .map((row) =>
      row.map((v) => (Object.prototype.toString.call(v) === '[object Date]' ? ctx.Utilities.formatDate(v as Date, tz, 'yyyy-MM-dd') : v)),
    );
}

/** Rows as objects keyed by header, for readable expectations. */
export function readRecords(bundle: LoadedBundle, name: string): Record<string, unknown>[] {
  const [headers, ...rows] = readSheet(bundle, name);
  return rows.map((row) => Object.fromEntries((headers as string[]).map((h, i) => [h, row[i]])));
}

export function recordById(bundle: LoadedBundle, name: string, id: string): Record<string, unknown> {
  const record = readRecords(bundle, name).find((r) => r.ID === id);
  if (!record) throw new Error(`no row with ID ${id} in ${name}`);
  return record;
}
