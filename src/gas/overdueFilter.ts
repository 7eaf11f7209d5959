/**
 * showOverdueAnnualCheckins: a basic filter on ST-läkare showing only the rows
 * whose "Årlig avstämning" is "Försenad". Other criteria the user set on the
 * same filter are kept.
 */
import { UserError } from '../app/userError';
import { ANNUAL, SHEET, TRAINEE_COMPUTED } from '../domain/sheetContract';
import { ERROR, UI } from '../shared/messages';
import { headersOf } from './sheetTable';

export function showOverdue(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(SHEET.trainees);
  if (!sheet) throw new UserError(ERROR.missingSheet(SHEET.trainees));
  const dataRange = sheet.getDataRange();
  const values = dataRange.getValues();
  const column = headersOf(values).indexOf(TRAINEE_COMPUTED.annualStatus) + 1;
  if (column === 0) throw new UserError(ERROR.missingHeaders(SHEET.trainees, [TRAINEE_COMPUTED.annualStatus]));
  const statuses = values.slice(1).map((row) => String(row[column - 1] ?? ''));
  if (statuses.every((s) => s === '')) throw new UserError(UI.overdueNeedsRefresh);
  const criteria = SpreadsheetApp.newFilterCriteria().whenTextEqualTo(ANNUAL.overdue).build();
  filterCovering(sheet, dataRange).setColumnFilterCriteria(column, criteria);
  sheet.activate();
  return UI.overdueShown(statuses.filter((s) => s === ANNUAL.overdue).length);
}

/** The sheet's filter if it covers the data (rows were added since), else a new one. */
function filterCovering(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  dataRange: GoogleAppsScript.Spreadsheet.Range,
): GoogleAppsScript.Spreadsheet.Filter {
  const existing = sheet.getFilter();
  if (existing) {
    const range = existing.getRange();
    const covers =
      range.getRow() === 1 &&
      range.getColumn() === 1 &&
      range.getLastRow() >= dataRange.getLastRow() &&
      range.getLastColumn() >= dataRange.getLastColumn();
    if (covers) return existing;
    existing.remove();
  }
  return dataRange.createFilter();
}
