/** Range: typed cell values in and out, per-cell formatting, validation, filters and protection. */
import { Facade } from '../calls/counting';
import { gasError } from '../errors';
import { a1Of, type GridRange } from './a1';
import { FormulaCell, isEmptyCell, scriptValue, toStored, type Stored } from './cells';
import { displayValue } from './display';
import { FakeFilter } from './filter';
import { addMetadata, FakeDeveloperMetadata, FakeDeveloperMetadataFinder, locationOfRange, metadataAt } from './metadata';
import type { CellMeta, SheetModel } from './model';
import { FakeProtection } from './protection';
import { FakeSheet } from './sheet';
import { FakeDataValidation, passesValidation } from './validation';

type Grid<T> = T[][];

export function checkBounds(sheet: SheetModel, grid: GridRange): void {
  const { row, col, numRows, numCols } = grid;
  if (![row, col, numRows, numCols].every(Number.isFinite)) throw gasError('Invalid argument: range coordinates');
  if (numRows < 1) throw gasError('The number of rows in the range must be at least 1.');
  if (numCols < 1) throw gasError('The number of columns in the range must be at least 1.');
  if (row < 1 || col < 1 || row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols) {
    throw gasError('The coordinates of the range are outside the dimensions of the sheet.');
  }
}

export function makeRange(sheet: SheetModel, grid: GridRange): FakeRange {
  checkBounds(sheet, grid);
  return new FakeRange(sheet, grid.row, grid.col, grid.numRows, grid.numCols);
}

function checkShape(kind: string, data: unknown, numRows: number, numCols: number): unknown[][] {
  if (!Array.isArray(data)) throw gasError(`The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${kind}.`);
  if (data.length !== numRows) {
    throw gasError(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`);
  }
  for (const row of data) {
    if (!Array.isArray(row)) throw gasError(`The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.${kind}.`);
    if (row.length !== numCols) {
      throw gasError(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numCols}.`);
    }
  }
  return data as unknown[][];
}

export class FakeRange extends Facade {
  static gasName = 'Range';
  static service = 'SpreadsheetApp';
  static plainMethods = new Set([
    'getValues',
    'getDisplayValues',
    'getFormulas',
    'getNotes',
    'getNumberFormats',
    'getBackgrounds',
    'getFontWeights',
    'setValues',
    'setFormulas',
    'setNumberFormats',
    'setNotes',
    'setFontWeights',
    'setBackgrounds',
    'setFontColors',
  ]);

  _countedSheet(): string {
    return this.sheetModel.name;
  }

  constructor(
    readonly sheetModel: SheetModel,
    private readonly row: number,
    private readonly col: number,
    private readonly numRows: number,
    private readonly numCols: number,
  ) {
    super();
  }

  _grid(): GridRange {
    return { row: this.row, col: this.col, numRows: this.numRows, numCols: this.numCols };
  }

  private _readCells<T>(read: (cell: Stored | undefined, row: number, col: number) => T): Grid<T> {
    const out: Grid<T> = new Array(this.numRows);
    for (let r = 0; r < this.numRows; r++) {
      const line = this.sheetModel.values[this.row - 1 + r];
      const outRow: T[] = new Array(this.numCols);
      for (let c = 0; c < this.numCols; c++) outRow[c] = read(line ? line[this.col - 1 + c] : undefined, this.row + r, this.col + c);
      out[r] = outRow;
    }
    return out;
  }

  private _eachCell(fn: (row: number, col: number, r: number, c: number) => void): void {
    for (let r = 0; r < this.numRows; r++) for (let c = 0; c < this.numCols; c++) fn(this.row + r, this.col + c, r, c);
  }

  private _setMeta<K extends keyof CellMeta>(key: K, value: CellMeta[K] | Grid<CellMeta[K]>, perCell = false): this {
    this._eachCell((row, col, r, c) => {
      const v = perCell ? (value as Grid<CellMeta[K]>)[r][c] : (value as CellMeta[K]);
      const meta = this.sheetModel.metaFor(row, col);
      if (v === null || v === undefined) delete meta[key];
      else meta[key] = v;
    });
    return this;
  }

  private _readMeta<K extends keyof CellMeta>(key: K, empty: CellMeta[K]): Grid<CellMeta[K]> {
    return this._readCells((_cell, row, col) => this.sheetModel.getMeta(row, col)?.[key] ?? empty);
  }

  private _shown(cell: Stored | undefined, row: number, col: number): string {
    return displayValue(cell, this.sheetModel.getMeta(row, col)?.numberFormat, this.sheetModel.spreadsheet.dateReader());
  }

  /** Writes typed values, rejecting input a strict validation rule refuses (as Sheets does). */
  private _writeValues(data: unknown[][]): void {
    const typing = this.sheetModel.spreadsheet.typing();
    const stored: Stored[][] = data.map((line, r) =>
      line.map((value, c) => {
        const meta = this.sheetModel.getMeta(this.row + r, this.col + c);
        const cell = toStored(value, typing, meta?.numberFormat === '@');
        const rule = meta?.validation;
        if (rule && !rule.allowInvalid && !passesValidation(rule, cell, this._shown(cell, this.row + r, this.col + c))) {
          throw gasError(`The data you entered in cell ${a1Of({ row: this.row + r, col: this.col + c, numRows: 1, numCols: 1 })} violates the data validation rules set on this cell.`);
        }
        return cell;
      }),
    );
    stored.forEach((line, r) => line.forEach((cell, c) => this.sheetModel.set(this.row + r, this.col + c, cell)));
  }

  // --- position -------------------------------------------------------------
  getRow(): number {
    return this.row;
  }
  getRowIndex(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getColumnIndex(): number {
    return this.col;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.col + this.numCols - 1;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getHeight(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numCols;
  }
  getWidth(): number {
    return this.numCols;
  }
  getA1Notation(): string {
    return a1Of(this._grid());
  }
  getGridId(): number {
    return this.sheetModel.id;
  }
  getSheet(): FakeSheet {
    return new FakeSheet(this.sheetModel);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return makeRange(this.sheetModel, {
      row: this.row + rowOffset,
      col: this.col + columnOffset,
      numRows: numRows ?? this.numRows,
      numCols: numColumns ?? this.numCols,
    });
  }
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numCols) {
      throw gasError('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return makeRange(this.sheetModel, { row: this.row + row - 1, col: this.col + column - 1, numRows: 1, numCols: 1 });
  }
  isBlank(): boolean {
    return this._readCells((cell) => isEmptyCell(cell)).every((line) => line.every(Boolean));
  }

  // --- values ---------------------------------------------------------------
  getValues(): unknown[][] {
    const dates = this.sheetModel.spreadsheet.dateReader();
    return this._readCells((cell) => scriptValue(cell, dates));
  }
  getValue(): unknown {
    return scriptValue(this.sheetModel.get(this.row, this.col), this.sheetModel.spreadsheet.dateReader());
  }
  getDisplayValues(): string[][] {
    return this._readCells((cell, row, col) => this._shown(cell, row, col));
  }
  getDisplayValue(): string {
    return this._shown(this.sheetModel.get(this.row, this.col), this.row, this.col);
  }
  setValues(values: unknown[][]): this {
    this._writeValues(checkShape('setValues', values, this.numRows, this.numCols));
    return this;
  }
  setValue(value: unknown): this {
    this._writeValues(Array.from({ length: this.numRows }, () => new Array(this.numCols).fill(value)));
    return this;
  }
  getFormulas(): string[][] {
    return this._readCells((cell) => (cell instanceof FormulaCell ? cell.formula : ''));
  }
  getFormula(): string {
    return this.getFormulas()[0][0];
  }
  setFormula(formula: string): this {
    this._eachCell((row, col) => this.sheetModel.set(row, col, new FormulaCell(String(formula))));
    return this;
  }
  setFormulas(formulas: string[][]): this {
    checkShape('setFormulas', formulas, this.numRows, this.numCols);
    this._eachCell((row, col, r, c) => this.sheetModel.set(row, col, formulas[r][c] ? new FormulaCell(String(formulas[r][c])) : ''));
    return this;
  }
  clearContent(): this {
    this._eachCell((row, col) => this.sheetModel.set(row, col, ''));
    return this;
  }
  clearFormat(): this {
    this._eachCell((row, col) => {
      const meta = this.sheetModel.getMeta(row, col);
      if (meta) {
        const { validation, note } = meta;
        this.sheetModel.meta[row - 1][col - 1] = { validation, note };
      }
    });
    this.sheetModel.changed();
    return this;
  }
  clear(): this {
    this.clearContent();
    this._eachCell((row, col) => {
      if (this.sheetModel.getMeta(row, col)) this.sheetModel.meta[row - 1][col - 1] = undefined;
    });
    this.sheetModel.changed();
    return this;
  }

  // --- formatting -----------------------------------------------------------
  setNumberFormat(format: string): this {
    return this._setMeta('numberFormat', String(format));
  }
  setNumberFormats(formats: string[][]): this {
    checkShape('setNumberFormats', formats, this.numRows, this.numCols);
    return this._setMeta('numberFormat', formats, true);
  }
  getNumberFormat(): string {
    return this.sheetModel.getMeta(this.row, this.col)?.numberFormat ?? 'General';
  }
  getNumberFormats(): string[][] {
    return this._readMeta('numberFormat', 'General') as string[][];
  }
  setFontWeight(weight: string | null): this {
    return this._setMeta('fontWeight', weight ?? undefined);
  }
  setFontWeights(weights: string[][]): this {
    return this._setMeta('fontWeight', weights, true);
  }
  getFontWeight(): string {
    return this.sheetModel.getMeta(this.row, this.col)?.fontWeight ?? 'normal';
  }
  getFontWeights(): string[][] {
    return this._readMeta('fontWeight', 'normal') as string[][];
  }
  setFontStyle(style: string | null): this {
    return this._setMeta('fontStyle', style ?? undefined);
  }
  getFontStyle(): string {
    return this.sheetModel.getMeta(this.row, this.col)?.fontStyle ?? 'normal';
  }
  setFontColor(color: string | null): this {
    return this._setMeta('fontColor', color ?? undefined);
  }
  setFontColors(colors: string[][]): this {
    return this._setMeta('fontColor', colors, true);
  }
  getFontColor(): string {
    return this.sheetModel.getMeta(this.row, this.col)?.fontColor ?? '#000000';
  }
  setBackground(color: string | null): this {
    return this._setMeta('background', color ?? undefined);
  }
  setBackgrounds(colors: string[][]): this {
    return this._setMeta('background', colors, true);
  }
  getBackground(): string {
    return this.sheetModel.getMeta(this.row, this.col)?.background ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return this._readMeta('background', '#ffffff') as string[][];
  }
  setWrap(wrap: boolean): this {
    return this._setMeta('wrap', Boolean(wrap));
  }
  getWrap(): boolean {
    return this.sheetModel.getMeta(this.row, this.col)?.wrap ?? false;
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this._setMeta('horizontalAlignment', alignment ?? undefined);
  }
  setVerticalAlignment(_alignment: string | null): this {
    return this;
  }
  setFontSize(_size: number): this {
    return this;
  }
  setFontFamily(_family: string): this {
    return this;
  }
  setBorder(..._args: unknown[]): this {
    return this;
  }
  setNote(note: string | null): this {
    return this._setMeta('note', note === null || note === '' ? undefined : String(note));
  }
  setNotes(notes: string[][]): this {
    checkShape('setNotes', notes, this.numRows, this.numCols);
    return this._setMeta('note', notes.map((line) => line.map((n) => (n ? String(n) : undefined))) as Grid<string>, true);
  }
  getNote(): string {
    return this.sheetModel.getMeta(this.row, this.col)?.note ?? '';
  }
  getNotes(): string[][] {
    return this._readMeta('note', '') as string[][];
  }

  // --- data validation ------------------------------------------------------
  setDataValidation(rule: FakeDataValidation | null): this {
    if (rule !== null && !(rule instanceof FakeDataValidation)) throw gasError('Invalid argument: rule');
    return this._setMeta('validation', rule ? rule.spec : undefined);
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    checkShape('setDataValidations', rules, this.numRows, this.numCols);
    return this._setMeta('validation', rules.map((line) => line.map((r) => (r ? r.spec : undefined))), true);
  }
  getDataValidation(): FakeDataValidation | null {
    const spec = this.sheetModel.getMeta(this.row, this.col)?.validation;
    return spec ? new FakeDataValidation(spec) : null;
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this._readCells((_cell, row, col) => {
      const spec = this.sheetModel.getMeta(row, col)?.validation;
      return spec ? new FakeDataValidation(spec) : null;
    });
  }
  clearDataValidations(): this {
    return this._setMeta('validation', undefined);
  }
  insertCheckboxes(checked?: unknown, unchecked?: unknown): this {
    const values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    const spec = { criteria: 'CHECKBOX', values, allowInvalid: true, helpText: null };
    this._eachCell((row, col) => {
      this.sheetModel.metaFor(row, col).validation = spec;
      if (isEmptyCell(this.sheetModel.get(row, col))) this.sheetModel.set(row, col, values.length ? (values[1] as Stored) ?? '' : false);
    });
    return this;
  }
  removeCheckboxes(): this {
    this._eachCell((row, col) => {
      const meta = this.sheetModel.getMeta(row, col);
      if (meta?.validation?.criteria === 'CHECKBOX') {
        delete meta.validation;
        this.sheetModel.changed();
        if (this.sheetModel.get(row, col) === false) this.sheetModel.set(row, col, '');
      }
    });
    return this;
  }
  check(): this {
    this._eachCell((row, col) => this.sheetModel.set(row, col, true));
    return this;
  }
  uncheck(): this {
    this._eachCell((row, col) => this.sheetModel.set(row, col, false));
    return this;
  }
  isChecked(): boolean | null {
    const values = this._readCells((cell) => cell);
    const flat = values.flat();
    if (flat.every((v) => v === true)) return true;
    if (flat.every((v) => v === false)) return false;
    return null;
  }

  // --- developer metadata (one whole row or column only) ---------------------
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): this {
    addMetadata(this.sheetModel.spreadsheet, locationOfRange(this.sheetModel, this._grid()), [key, valueOrVisibility, visibility]);
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    const ss = this.sheetModel.spreadsheet;
    let location;
    try {
      location = locationOfRange(this.sheetModel, this._grid());
    } catch {
      return [];
    }
    return metadataAt(ss, location).map((m) => new FakeDeveloperMetadata(ss, m));
  }
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this.sheetModel.spreadsheet, { type: 'RANGE', sheet: this.sheetModel, grid: this._grid() });
  }

  // --- filter, protection, selection -------------------------------------------------
  createFilter(): FakeFilter {
    if (this.sheetModel.filter) throw gasError("You can't create a filter in a sheet that already has a filter.");
    this.sheetModel.filter = { range: this._grid(), criteria: new Map() };
    return new FakeFilter(this.sheetModel, makeRange);
  }
  getFilter(): FakeFilter | null {
    return this.sheetModel.filter ? new FakeFilter(this.sheetModel, makeRange) : null;
  }
  protect(): FakeProtection {
    const model = {
      id: this.sheetModel.spreadsheet.newProtectionId(),
      type: 'RANGE' as const,
      range: this._grid(),
      description: '',
      warningOnly: false,
      editors: [],
      removed: false,
    };
    this.sheetModel.protections.push(model);
    return new FakeProtection(this.sheetModel, model, makeRange);
  }
  activate(): this {
    const ss = this.sheetModel.spreadsheet;
    ss.activeSheet = this.sheetModel;
    ss.activeRange = this._grid();
    return this;
  }
  activateAsCurrentCell(): this {
    return this.activate();
  }
}
