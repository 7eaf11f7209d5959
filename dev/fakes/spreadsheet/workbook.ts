/** Builds the workbook model from a spec, as if a user had typed every row. */
import { gasError } from '../errors';
import type { WorkbookSpec } from '../spec';
import { parseA1, resolveA1 } from './a1';
import { toStored } from './cells';
import { SpreadsheetModel, type SheetModel } from './model';

export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

export function writeTyped(sheet: SheetModel, row: number, col: number, rows: unknown[][]): void {
  const width = rows.reduce((w, line) => Math.max(w, line.length), 0);
  sheet.ensureSize(row + rows.length - 1, col + width - 1);
  const typing = sheet.spreadsheet.typing();
  rows.forEach((line, r) => line.forEach((value, c) => sheet.set(row + r, col + c, toStored(value, typing, sheet.getMeta(row + r, col + c)?.numberFormat === '@'))));
}

export function buildWorkbook(spec: WorkbookSpec | undefined): SpreadsheetModel {
  const model = new SpreadsheetModel(spec?.id ?? '1FakeSpreadsheetId0000000000000000000000000', spec?.name ?? 'ST-koll', spec?.timeZone ?? DEFAULT_TIME_ZONE);
  const sheets = spec?.sheets ?? {};
  const names = Object.keys(sheets);
  if (names.length === 0) model.addSheet('Blad1');
  for (const name of names) {
    const rows = sheets[name];
    if (!Array.isArray(rows) || !rows.every(Array.isArray)) throw new Error(`Workbook spec: sheet ${name} must be an array of rows`);
    writeTyped(model.addSheet(name), 1, 1, rows as unknown[][]);
  }
  model.activeSheet = model.sheets[0];
  model.activeRange = { row: 1, col: 1, numRows: 1, numCols: 1 };
  return model;
}

/** Sets the user's selection ('Sheet', 'B3' or 'B3:D4'). */
export function select(model: SpreadsheetModel, sheetName: string | undefined, a1: string | undefined): void {
  const sheet = sheetName === undefined ? model.activeSheet ?? model.sheets[0] : model.sheetByName(sheetName);
  if (!sheet) throw gasError(`No sheet named ${sheetName}`);
  model.activeSheet = sheet;
  model.activeRange = a1 ? resolveA1(parseA1(a1), sheet.maxRows, sheet.maxCols) : { row: 1, col: 1, numRows: 1, numCols: 1 };
}
