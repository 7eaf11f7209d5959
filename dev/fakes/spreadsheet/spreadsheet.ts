/** Spreadsheet: the workbook, its sheets, the selection and toasts. */
import { Facade } from '../calls/counting';
import { gasError } from '../errors';
import { normaliseZone } from '../time/zone';
import { parseA1, resolveA1 } from './a1';
import type { SheetModel, SpreadsheetModel } from './model';
import { FakeRange, makeRange } from './range';
import { FakeSheet } from './sheet';

export class FakeSelection extends Facade {
  static gasName = 'Selection';
  static service = 'SpreadsheetApp';

  constructor(private readonly model: SpreadsheetModel) {
    super();
  }
  getActiveSheet(): FakeSheet {
    return activeSheetOf(this.model);
  }
  getActiveRange(): FakeRange | null {
    return activeRangeOf(this.model);
  }
  getCurrentCell(): FakeRange | null {
    const range = activeRangeOf(this.model);
    return range ? range.getCell(1, 1) : null;
  }
  getActiveRangeList(): null {
    return null;
  }
}

export function activeSheetOf(model: SpreadsheetModel): FakeSheet {
  const sheet = model.activeSheet ?? model.sheets[0];
  return new FakeSheet(sheet);
}

export function activeRangeOf(model: SpreadsheetModel): FakeRange | null {
  if (!model.activeSheet || !model.activeRange) return null;
  return makeRange(model.activeSheet, model.activeRange);
}

export class FakeSpreadsheet extends Facade {
  static gasName = 'Spreadsheet';
  static service = 'SpreadsheetApp';

  constructor(readonly model: SpreadsheetModel) {
    super();
  }

  getId(): string {
    return this.model.id;
  }
  getName(): string {
    return this.model.name;
  }
  rename(name: string): void {
    this.model.name = String(name);
  }
  getUrl(): string {
    return this.model.url;
  }
  getSpreadsheetTimeZone(): string {
    return this.model.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    if (normaliseZone(String(timeZone)) !== timeZone) throw gasError('Invalid argument: timeZone');
    this.model.timeZone = timeZone;
  }
  getSpreadsheetLocale(): string {
    return this.model.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.model.locale = String(locale);
  }
  getSheets(): FakeSheet[] {
    return this.model.sheets.map((s) => new FakeSheet(s));
  }
  getNumSheets(): number {
    return this.model.sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    const sheet = this.model.sheetByName(String(name));
    return sheet ? new FakeSheet(sheet) : null;
  }
  getSheetById(id: number): FakeSheet | null {
    const sheet = this.model.sheets.find((s) => s.id === id);
    return sheet ? new FakeSheet(sheet) : null;
  }
  insertSheet(nameOrIndex?: string | number, index?: number): FakeSheet {
    let name: string;
    let at = this.model.sheets.length;
    if (typeof nameOrIndex === 'number') at = nameOrIndex;
    else if (typeof index === 'number') at = index;
    if (typeof nameOrIndex === 'string') {
      name = nameOrIndex;
      if (this.model.sheetByName(name)) throw gasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    } else {
      let n = this.model.sheets.length + 1;
      while (this.model.sheetByName(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const sheet = this.model.addSheet(name, at);
    // Sheets makes the inserted sheet the active one.
    this.model.activeSheet = sheet;
    this.model.activeRange = { row: 1, col: 1, numRows: 1, numCols: 1 };
    return new FakeSheet(sheet);
  }
  deleteSheet(sheet: FakeSheet): void {
    if (!(sheet instanceof FakeSheet)) throw gasError('Invalid argument: sheet');
    if (this.model.sheets.length === 1) throw gasError("You can't remove all the sheets in a document.");
    this.model.sheets = this.model.sheets.filter((s) => s !== sheet.model);
    if (this.model.activeSheet === sheet.model) {
      this.model.activeSheet = this.model.sheets[0];
      this.model.activeRange = { row: 1, col: 1, numRows: 1, numCols: 1 };
    }
  }
  getActiveSheet(): FakeSheet {
    return activeSheetOf(this.model);
  }
  /** Moves the active sheet to `pos` (1-based), as the user drags a tab. */
  moveActiveSheet(pos: number): void {
    if (!Number.isInteger(pos) || pos < 1 || pos > this.model.sheets.length) throw gasError('Invalid argument: pos');
    const sheet = this.model.activeSheet ?? this.model.sheets[0];
    this.model.sheets = this.model.sheets.filter((s) => s !== sheet);
    this.model.sheets.splice(pos - 1, 0, sheet);
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    if (!(sheet instanceof FakeSheet)) throw gasError('Invalid argument: sheet');
    return sheet.activate();
  }
  getActiveRange(): FakeRange | null {
    return activeRangeOf(this.model);
  }
  setActiveRange(range: FakeRange): FakeRange {
    if (!(range instanceof FakeRange)) throw gasError('Invalid argument: range');
    return range.activate();
  }
  setActiveSelection(range: FakeRange | string): FakeRange {
    const target = typeof range === 'string' ? this.getRange(range) : range;
    return this.setActiveRange(target);
  }
  getSelection(): FakeSelection {
    return new FakeSelection(this.model);
  }
  getRange(a1Notation: string): FakeRange {
    const parsed = parseA1(String(a1Notation));
    const sheet: SheetModel | null = parsed.sheetName !== undefined ? this.model.sheetByName(parsed.sheetName) : this.model.activeSheet ?? this.model.sheets[0];
    if (!sheet) throw gasError('Range not found');
    return makeRange(sheet, resolveA1(parsed, sheet.maxRows, sheet.maxCols));
  }
  getDataRange(): FakeRange {
    return this.getActiveSheet().getDataRange();
  }
  toast(message: string, title?: string, timeoutSeconds?: number): void {
    this.model.toast({ message: String(message), title: title === undefined ? null : String(title), timeoutSeconds: timeoutSeconds ?? null });
  }
}
