/**
 * The in-memory workbook behind the Spreadsheet/Sheet/Range facades: typed
 * cells, per-cell formatting and the sheet-level objects (filter, conditional
 * formats, protections) whose ranges move when rows or columns are inserted.
 */
import type { GridRange } from './a1';
import { DateCellReader, isEmptyCell, type Stored, type TypingContext } from './cells';
import { remapColumnMetadata, shiftMetadata, type MetadataModel } from './metadata';

export interface ValidationSpec {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface CellMeta {
  numberFormat?: string;
  note?: string;
  validation?: ValidationSpec;
  fontWeight?: string;
  fontStyle?: string;
  fontColor?: string;
  background?: string;
  wrap?: boolean;
  horizontalAlignment?: string;
}

export interface BooleanConditionSpec {
  criteria: string;
  values: unknown[];
}

export interface FilterCriteriaSpec {
  condition: BooleanConditionSpec | null;
  visibleValues: string[] | null;
  hiddenValues: string[];
}

export interface FilterModel {
  range: GridRange;
  /** Keyed by absolute column number. */
  criteria: Map<number, FilterCriteriaSpec>;
}

export interface ConditionalRuleSpec {
  condition: BooleanConditionSpec | null;
  format: { background?: string | null; fontColor?: string | null; bold?: boolean | null; italic?: boolean | null; strikethrough?: boolean | null };
  ranges: GridRange[];
}

export interface ProtectionModel {
  id: number;
  type: 'RANGE' | 'SHEET';
  range: GridRange;
  description: string;
  warningOnly: boolean;
  editors: string[];
  removed: boolean;
}

/** An embedded chart; `id` is null until Sheet.insertChart puts it on a sheet. */
export interface ChartSpec {
  id: number | null;
  type: string;
  ranges: Array<{ sheet: SheetModel; grid: GridRange }>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Map<string, unknown>;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export class SheetModel {
  values: Stored[][] = [];
  meta: (CellMeta | undefined)[][] = [];
  maxRows = DEFAULT_ROWS;
  maxCols = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  columnWidths = new Map<number, number>();
  filter: FilterModel | null = null;
  conditionalRules: ConditionalRuleSpec[] = [];
  protections: ProtectionModel[] = [];
  charts: ChartSpec[] = [];
  private version = 0;
  private lastCache = { version: -1, row: 0, col: 0 };
  private revisionCount = 0;

  constructor(
    readonly spreadsheet: SpreadsheetModel,
    public name: string,
    readonly id: number,
  ) {}

  get(row: number, col: number): Stored | undefined {
    const line = this.values[row - 1];
    return line === undefined ? undefined : line[col - 1];
  }

  set(row: number, col: number, value: Stored): void {
    let line = this.values[row - 1];
    if (line === undefined) {
      if (value === '') return;
      while (this.values.length < row - 1) this.values.push([]);
      line = this.values[row - 1] = [];
    }
    line[col - 1] = value;
    this.version++;
    this.revisionCount++;
  }

  getMeta(row: number, col: number): CellMeta | undefined {
    const line = this.meta[row - 1];
    return line === undefined ? undefined : line[col - 1];
  }

  /** The cell's formatting record, created on first write (the caller changes it: a new revision). */
  metaFor(row: number, col: number): CellMeta {
    this.revisionCount++;
    while (this.meta.length < row) this.meta.push([]);
    const line = this.meta[row - 1] ?? (this.meta[row - 1] = []);
    return line[col - 1] ?? (line[col - 1] = {});
  }

  /** Last row and column holding a value or formula (Sheet.getLastRow/getLastColumn). */
  extent(): { row: number; col: number } {
    if (this.lastCache.version === this.version) return this.lastCache;
    let lastRow = 0;
    let lastCol = 0;
    for (let r = 0; r < this.values.length; r++) {
      const line = this.values[r];
      if (!line) continue;
      for (let c = line.length - 1; c >= 0; c--) {
        if (!isEmptyCell(line[c])) {
          lastRow = r + 1;
          if (c + 1 > lastCol) lastCol = c + 1;
          break;
        }
      }
    }
    this.lastCache = { version: this.version, row: lastRow, col: lastCol };
    return this.lastCache;
  }

  touch(): void {
    this.version++;
    this.revisionCount++;
  }

  /**
   * Moves with every change the local .xlsx file keeps (values, formats,
   * validations, notes, widths, frozen panes, conditional formats): a save
   * skips a sheet whose revision it has already written.
   */
  get revision(): number {
    return this.revisionCount;
  }

  /** A change to formats or layout that leaves the values (and so the extent) as they were. */
  changed(): void {
    this.revisionCount++;
  }

  insertRows(afterRow: number, count: number): void {
    const empty = () => Array.from({ length: count }, () => [] as never[]);
    if (this.values.length > afterRow) this.values.splice(afterRow, 0, ...empty());
    if (this.meta.length > afterRow) this.meta.splice(afterRow, 0, ...empty());
    this.maxRows += count;
    this.shiftAnchors('row', afterRow, count);
    shiftMetadata(this, 'ROW', afterRow, count);
    this.touch();
  }

  insertColumns(afterCol: number, count: number): void {
    const holes = () => new Array(count).fill(undefined);
    for (const line of this.values) if (line && line.length > afterCol) line.splice(afterCol, 0, ...holes());
    for (const line of this.meta) if (line && line.length > afterCol) line.splice(afterCol, 0, ...holes());
    this.maxCols += count;
    this.shiftAnchors('col', afterCol, count);
    shiftMetadata(this, 'COLUMN', afterCol, count);
    if (this.filter) {
      const moved = new Map<number, FilterCriteriaSpec>();
      this.filter.criteria.forEach((spec, col) => moved.set(col > afterCol ? col + count : col, spec));
      this.filter.criteria = moved;
    }
    this.touch();
  }

  deleteRows(start: number, count: number): void {
    this.values.splice(start - 1, count);
    this.meta.splice(start - 1, count);
    this.maxRows -= count;
    this.shiftAnchors('row', start - 1, -count);
    shiftMetadata(this, 'ROW', start - 1, -count);
    this.touch();
  }

  deleteColumns(start: number, count: number): void {
    for (const line of this.values) if (line) line.splice(start - 1, count);
    for (const line of this.meta) if (line) line.splice(start - 1, count);
    this.maxCols -= count;
    this.shiftAnchors('col', start - 1, -count);
    shiftMetadata(this, 'COLUMN', start - 1, -count);
    if (this.filter) {
      const moved = new Map<number, FilterCriteriaSpec>();
      this.filter.criteria.forEach((spec, col) => {
        if (col < start) moved.set(col, spec);
        else if (col >= start + count) moved.set(col - count, spec);
      });
      this.filter.criteria = moved;
    }
    this.touch();
  }

  /**
   * Moves columns start…start+count-1 so they sit before column `before`
   * (Sheet.moveColumns): cells, formats and column metadata travel together.
   */
  moveColumns(start: number, count: number, before: number): void {
    const order = Array.from({ length: this.maxCols }, (_, i) => i + 1);
    const moving = order.splice(start - 1, count);
    const at = before > start ? before - 1 - count : before - 1;
    order.splice(at, 0, ...moving);
    const newIndex = new Map(order.map((oldCol, i) => [oldCol, i + 1]));
    const permute = <T>(line: T[] | undefined): T[] | undefined => {
      if (!line) return line;
      const out: T[] = [];
      order.forEach((oldCol, i) => {
        if (oldCol - 1 < line.length && line[oldCol - 1] !== undefined) out[i] = line[oldCol - 1];
      });
      return out;
    };
    this.values = this.values.map((line) => permute(line) ?? line);
    this.meta = this.meta.map((line) => permute(line) ?? line);
    remapColumnMetadata(this, (oldCol) => newIndex.get(oldCol) ?? oldCol);
    this.touch();
  }

  /** Grows the sheet like Sheets does when a spec or appendRow needs more room. */
  ensureSize(rows: number, cols: number): void {
    if (rows > this.maxRows) this.maxRows = rows;
    if (cols > this.maxCols) this.maxCols = cols;
  }

  private anchors(): GridRange[] {
    const ranges: GridRange[] = [];
    if (this.filter) ranges.push(this.filter.range);
    for (const rule of this.conditionalRules) ranges.push(...rule.ranges);
    for (const protection of this.protections) if (protection.type === 'RANGE') ranges.push(protection.range);
    return ranges;
  }

  /**
   * Moves ranges after an insert (delta > 0, after line `at`) or a delete
   * (delta < 0, of the lines after `at`): ranges below move, ranges spanning
   * the edit grow or shrink, as Sheets does.
   */
  private shiftAnchors(axis: 'row' | 'col', at: number, delta: number): void {
    const startKey = axis === 'row' ? 'row' : 'col';
    const sizeKey = axis === 'row' ? 'numRows' : 'numCols';
    for (const range of this.anchors()) {
      const start = range[startKey];
      const end = start + range[sizeKey] - 1;
      if (delta > 0) {
        if (start > at) range[startKey] = start + delta;
        else if (end > at) range[sizeKey] += delta;
      } else {
        const delStart = at + 1;
        const delEnd = at - delta;
        const keptBefore = Math.max(0, Math.min(end, delStart - 1) - start + 1);
        const keptAfter = Math.max(0, end - Math.max(start, delEnd + 1) + 1);
        range[startKey] = start > delEnd ? start + delta : Math.min(start, delStart);
        range[sizeKey] = Math.max(1, keptBefore + keptAfter);
      }
    }
  }
}

export interface ToastRecord {
  message: string;
  title: string | null;
  timeoutSeconds: number | null;
}

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  locale = 'sv_SE';
  /** Where Spreadsheet.toast() reports (the environment's UI log). */
  toast: (toast: ToastRecord) => void = () => undefined;
  activeSheet: SheetModel | null = null;
  activeRange: GridRange | null = null;
  private nextSheetId = 0;
  private nextProtectionId = 1;
  private nextMetadataId = 1;
  /** Developer metadata of the spreadsheet, its sheets, rows and columns. */
  metadata: MetadataModel[] = [];
  private nextChartId = 1;
  private readers = new Map<string, DateCellReader>();

  constructor(
    readonly id: string,
    public name: string,
    public timeZone: string,
  ) {}

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  /** How typed strings are read here (setValues, appendRow, a spec's rows). */
  typing(): TypingContext {
    return { timeZone: this.timeZone, locale: this.locale };
  }

  /** Date cells read back as Dates at local midnight in the spreadsheet's zone. */
  dateReader(): DateCellReader {
    let reader = this.readers.get(this.timeZone);
    if (!reader) {
      reader = new DateCellReader(this.timeZone);
      this.readers.set(this.timeZone, reader);
    }
    return reader;
  }

  addSheet(name: string, index = this.sheets.length): SheetModel {
    const id = this.nextSheetId === 0 ? 0 : 100_000_000 + this.nextSheetId * 7_919;
    this.nextSheetId++;
    const sheet = new SheetModel(this, name, id);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  sheetByName(name: string): SheetModel | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  newProtectionId(): number {
    return this.nextProtectionId++;
  }

  newMetadataId(): number {
    return 1_000 + this.nextMetadataId++ * 7;
  }

  newChartId(): number {
    return 1_000_000 + 13 * this.nextChartId++;
  }
}
