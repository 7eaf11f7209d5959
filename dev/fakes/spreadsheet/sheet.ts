/** Sheet: size, ranges, inserts, and the sheet-level filter, formats and protections. */
import { Facade } from '../calls/counting';
import { gasError } from '../errors';
import { parseA1, resolveA1, type GridRange } from './a1';
import { toStored } from './cells';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder, insertChart, newChartSpec, removeChart, updateChart } from './charts';
import { cloneRuleSpec, FakeConditionalFormatRule } from './conditionalFormat';
import { FakeFilter, rowsHiddenByFilter } from './filter';
import { addMetadata, FakeDeveloperMetadata, FakeDeveloperMetadataFinder, metadataAt } from './metadata';
import type { SheetModel } from './model';
import { FakeProtection } from './protection';
import { FakeRange, makeRange } from './range';
import { FakeSpreadsheet } from './spreadsheet';

function positive(name: string, n: unknown): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) throw gasError(`Invalid argument: ${name}`);
  return n;
}

export class FakeSheet extends Facade {
  static gasName = 'Sheet';
  static service = 'SpreadsheetApp';
  static plainMethods = new Set(['getSheetValues', 'appendRow']);

  _countedSheet(): string {
    return this.model.name;
  }

  constructor(readonly model: SheetModel) {
    super();
  }

  private rangeFromA1(a1: string): FakeRange {
    const parsed = parseA1(a1);
    const sheet = parsed.sheetName !== undefined ? this.model.spreadsheet.sheetByName(parsed.sheetName) : this.model;
    if (!sheet) throw gasError('Range not found');
    return makeRange(sheet, resolveA1(parsed, sheet.maxRows, sheet.maxCols));
  }

  // --- identity -----------------------------------------------------------
  getName(): string {
    return this.model.name;
  }
  setName(name: string): this {
    const clash = this.model.spreadsheet.sheetByName(String(name));
    if (clash && clash !== this.model) throw gasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.model.name = String(name);
    return this;
  }
  getSheetId(): number {
    return this.model.id;
  }
  getIndex(): number {
    return this.model.spreadsheet.sheets.indexOf(this.model) + 1;
  }
  getParent(): FakeSpreadsheet {
    return new FakeSpreadsheet(this.model.spreadsheet);
  }
  getType(): string {
    return 'GRID';
  }
  activate(): this {
    this.model.spreadsheet.activeSheet = this.model;
    this.model.spreadsheet.activeRange = { row: 1, col: 1, numRows: 1, numCols: 1 };
    return this;
  }
  isSheetHidden(): boolean {
    return false;
  }

  // --- ranges -------------------------------------------------------------
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    if (typeof rowOrA1 === 'string') return this.rangeFromA1(rowOrA1);
    if (column === undefined) throw gasError("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    return makeRange(this.model, { row: rowOrA1, col: column, numRows: numRows ?? 1, numCols: numColumns ?? 1 });
  }
  getDataRange(): FakeRange {
    const { row, col } = this.model.extent();
    return makeRange(this.model, { row: 1, col: 1, numRows: Math.max(row, 1), numCols: Math.max(col, 1) });
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const { row, col } = this.model.extent();
    const rows = numRows === -1 ? row - startRow + 1 : numRows;
    const cols = numColumns === -1 ? col - startColumn + 1 : numColumns;
    return makeRange(this.model, { row: startRow, col: startColumn, numRows: rows, numCols: cols }).getValues();
  }
  getLastRow(): number {
    return this.model.extent().row;
  }
  getLastColumn(): number {
    return this.model.extent().col;
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxCols;
  }

  // --- structure ------------------------------------------------------------
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    if (positive('columnIndex', afterPosition) > this.model.maxCols) throw gasError('The coordinates of the range are outside the dimensions of the sheet.');
    this.model.insertColumns(afterPosition, positive('numColumns', howMany));
    return this;
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    if (positive('columnIndex', beforePosition) > this.model.maxCols) throw gasError('The coordinates of the range are outside the dimensions of the sheet.');
    this.model.insertColumns(beforePosition - 1, positive('numColumns', howMany));
    return this;
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    if (positive('rowIndex', afterPosition) > this.model.maxRows) throw gasError('The coordinates of the range are outside the dimensions of the sheet.');
    this.model.insertRows(afterPosition, positive('numRows', howMany));
    return this;
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    if (positive('rowIndex', beforePosition) > this.model.maxRows) throw gasError('The coordinates of the range are outside the dimensions of the sheet.');
    this.model.insertRows(beforePosition - 1, positive('numRows', howMany));
    return this;
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    positive('rowPosition', rowPosition);
    positive('howMany', howMany);
    if (rowPosition + howMany - 1 > this.model.maxRows) throw gasError('Those rows are out of bounds.');
    if (howMany >= this.model.maxRows - this.model.frozenRows) throw gasError('Sorry, it is not possible to delete all non-frozen rows.');
    this.model.deleteRows(rowPosition, howMany);
  }
  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    positive('columnPosition', columnPosition);
    positive('howMany', howMany);
    if (columnPosition + howMany - 1 > this.model.maxCols) throw gasError('Those columns are out of bounds.');
    if (howMany >= this.model.maxCols) throw gasError('Sorry, it is not possible to delete all non-frozen columns.');
    this.model.deleteColumns(columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
  /** Moves the columns of `columnSpec` (whole columns) before column `destinationIndex`, their metadata with them. */
  moveColumns(columnSpec: FakeRange, destinationIndex: number): void {
    if (!(columnSpec instanceof FakeRange)) throw gasError('Invalid argument: columnSpec');
    const { col, numCols } = columnSpec._grid();
    positive('destinationIndex', destinationIndex);
    if (destinationIndex > this.model.maxCols + 1) throw gasError('Those columns are out of bounds.');
    this.model.moveColumns(col, numCols, destinationIndex);
  }
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents)) throw gasError("The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    const row = this.model.extent().row + 1;
    this.model.ensureSize(row, rowContents.length);
    const typing = this.model.spreadsheet.typing();
    rowContents.forEach((value, c) => this.model.set(row, c + 1, toStored(value, typing, this.model.getMeta(row, c + 1)?.numberFormat === '@')));
    return this;
  }
  clear(): this {
    this.model.values = [];
    this.model.meta = [];
    this.model.touch();
    return this;
  }
  clearContents(): this {
    this.model.values = [];
    this.model.touch();
    return this;
  }
  clearFormats(): this {
    this.model.meta = this.model.meta.map((line) => line.map((m) => (m?.validation ? { validation: m.validation } : undefined)));
    this.model.changed();
    return this;
  }

  // --- view -----------------------------------------------------------------
  setFrozenRows(rows: number): void {
    if (!Number.isInteger(rows) || rows < 0 || rows > this.model.maxRows) throw gasError('Invalid argument: rows');
    this.model.frozenRows = rows;
    this.model.changed();
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    if (!Number.isInteger(columns) || columns < 0 || columns > this.model.maxCols) throw gasError('Invalid argument: columns');
    this.model.frozenColumns = columns;
    this.model.changed();
  }
  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.model.columnWidths.set(positive('columnPosition', columnPosition), width);
    this.model.changed();
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = 0; c < numColumns; c++) this.model.columnWidths.set(startColumn + c, width);
    this.model.changed();
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? 100;
  }
  autoResizeColumns(startColumn: number, numColumns: number): this {
    positive('startColumn', startColumn);
    positive('numColumns', numColumns);
    return this;
  }
  autoResizeColumn(columnPosition: number): this {
    positive('columnPosition', columnPosition);
    return this;
  }
  setTabColor(color: string | null): this {
    this.model.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this.model.tabColor;
  }
  isRowHiddenByFilter(rowPosition: number): boolean {
    return rowsHiddenByFilter(this.model).includes(rowPosition);
  }
  isRowHiddenByUser(_rowPosition: number): boolean {
    return false;
  }

  // --- developer metadata ------------------------------------------------------
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): this {
    addMetadata(this.model.spreadsheet, { type: 'SHEET', sheet: this.model }, [key, valueOrVisibility, visibility]);
    return this;
  }
  /** Metadata on the sheet itself (not on its rows or columns). */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    const ss = this.model.spreadsheet;
    return metadataAt(ss, { type: 'SHEET', sheet: this.model }).map((m) => new FakeDeveloperMetadata(ss, m));
  }
  /** Finds metadata on the sheet, its rows and its columns. */
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this.model.spreadsheet, { type: 'SHEET', sheet: this.model });
  }

  // --- filter, conditional formats, protections -------------------------------
  getFilter(): FakeFilter | null {
    return this.model.filter ? new FakeFilter(this.model, makeRange) : null;
  }
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return this.model.conditionalRules.map((spec) => new FakeConditionalFormatRule({ sheet: this.model, spec: cloneRuleSpec(spec) }, makeRange));
  }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    if (!Array.isArray(rules) || !rules.every((r) => r instanceof FakeConditionalFormatRule)) throw gasError('Invalid argument: rules');
    this.model.conditionalRules = rules.map((r) => cloneRuleSpec(r.data.spec));
    this.model.changed();
  }
  clearConditionalFormatRules(): void {
    this.model.conditionalRules = [];
    this.model.changed();
  }
  getProtections(type: string): FakeProtection[] {
    if (type !== 'RANGE' && type !== 'SHEET') throw gasError('Invalid argument: type');
    return this.model.protections.filter((p) => p.type === type).map((p) => new FakeProtection(this.model, p, makeRange));
  }
  protect(): FakeProtection {
    const existing = this.model.protections.find((p) => p.type === 'SHEET');
    if (existing) return new FakeProtection(this.model, existing, makeRange);
    const whole: GridRange = { row: 1, col: 1, numRows: this.model.maxRows, numCols: this.model.maxCols };
    const model = { id: this.model.spreadsheet.newProtectionId(), type: 'SHEET' as const, range: whole, description: '', warningOnly: false, editors: [], removed: false };
    this.model.protections.push(model);
    return new FakeProtection(this.model, model, makeRange);
  }

  // --- embedded charts ----------------------------------------------------------
  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.model, newChartSpec(), makeRange);
  }
  getCharts(): FakeEmbeddedChart[] {
    return this.model.charts.map((spec) => new FakeEmbeddedChart(this.model, spec, makeRange));
  }
  insertChart(chart: FakeEmbeddedChart): void {
    insertChart(this.model, chart);
  }
  updateChart(chart: FakeEmbeddedChart): void {
    updateChart(this.model, chart);
  }
  removeChart(chart: FakeEmbeddedChart): void {
    removeChart(this.model, chart);
  }
}
