/**
 * env.spreadsheet: what a test can see and do as the user, without going
 * through (and being counted as) the script's service calls.
 */
import { formatDate } from '../time/format';
import { a1Of, columnLetters, parseA1, resolveA1, type GridRange } from './a1';
import { DateCell, FormulaCell, isEmptyCell, scriptValue, type Stored } from './cells';
import { displayValue } from './display';
import { rowsHiddenByFilter } from './filter';
import type { SheetModel, SpreadsheetModel, ValidationSpec } from './model';
import { passesValidation } from './validation';
import { select, writeTyped } from './workbook';

export interface ValidationView {
  range: string;
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface ChartView {
  id: number;
  type: string;
  /** 'Sheet!A1:B2' when the range is on another sheet. */
  ranges: string[];
  anchor: { row: number; column: number };
  options: Record<string, unknown>;
}

export interface SpreadsheetInspector {
  id(): string;
  name(): string;
  timeZone(): string;
  sheetNames(): string[];
  /** getDataRange().getValues(): dates as Date at local midnight. */
  values(sheet: string): unknown[][];
  /** The data range as a user would type it: dates 'YYYY-MM-DD' (with ' HH:mm:ss' when timed), formulas '=…'. */
  cells(sheet: string): unknown[][];
  /** Rows as objects keyed by the header row, cells as in cells(). */
  records(sheet: string): Record<string, unknown>[];
  cell(sheet: string, a1: string): unknown;
  displayValues(sheet: string): string[][];
  /** The user types `rows` starting at `a1` (default: the row after the last). */
  type(sheet: string, rows: unknown[][], a1?: string): void;
  insertRows(sheet: string, afterRow: number, count: number): void;
  deleteRows(sheet: string, row: number, count: number): void;
  select(sheet: string, a1?: string): void;
  active(): { sheet: string; range: string | null };
  lastRow(sheet: string): number;
  lastColumn(sheet: string): number;
  maxRows(sheet: string): number;
  maxColumns(sheet: string): number;
  frozenRows(sheet: string): number;
  tabColor(sheet: string): string | null;
  columnWidths(sheet: string): Record<number, number>;
  hiddenRows(sheet: string): number[];
  filter(sheet: string): { range: string; criteria: Record<string, { criteria: string | null; values: unknown[]; visibleValues: string[] | null; hiddenValues: string[] }> } | null;
  /** Validation rules merged into column runs ('F2:F1000'). */
  validations(sheet: string): ValidationView[];
  validation(sheet: string, a1: string): Omit<ValidationView, 'range'> | null;
  /** Cells whose value breaks their rule (Sheets marks them with a red corner). */
  invalidCells(sheet: string): { a1: string; value: unknown }[];
  conditionalFormats(sheet: string): { ranges: string[]; criteria: string | null; values: unknown[]; format: Record<string, unknown> }[];
  protections(sheet: string): { type: string; range: string; description: string; warningOnly: boolean }[];
  /** The sheet's embedded charts, in insertion order. */
  charts(sheet: string): ChartView[];
  notes(sheet: string): Record<string, string>;
  format(sheet: string, a1: string): Record<string, unknown>;
}

function userCell(cell: Stored | undefined, timeZone: string, reader: ReturnType<SpreadsheetModel['dateReader']>): unknown {
  if (cell === undefined) return '';
  if (cell instanceof FormulaCell) return cell.formula;
  if (cell instanceof DateCell) {
    const timed = cell.serial % 1 !== 0;
    return formatDate(reader.toDate(cell), timeZone, timed ? 'yyyy-MM-dd HH:mm:ss' : 'yyyy-MM-dd');
  }
  return cell;
}

function sameRule(a: ValidationSpec | undefined, b: ValidationSpec | undefined): boolean {
  return a === b || (!!a && !!b && JSON.stringify(a) === JSON.stringify(b));
}

export function makeSpreadsheetInspector(model: SpreadsheetModel): SpreadsheetInspector {
  const sheet = (name: string): SheetModel => {
    const found = model.sheetByName(name);
    if (!found) throw new Error(`No sheet named "${name}" (sheets: ${model.sheets.map((s) => s.name).join(', ')})`);
    return found;
  };
  const dataGrid = <T>(name: string, read: (cell: Stored | undefined, row: number, col: number, s: SheetModel) => T): T[][] => {
    const s = sheet(name);
    const { row, col } = s.extent();
    const out: T[][] = [];
    for (let r = 1; r <= Math.max(row, 1); r++) {
      const line: T[] = [];
      for (let c = 1; c <= Math.max(col, 1); c++) line.push(read(s.get(r, c), r, c, s));
      out.push(line);
    }
    return out;
  };
  const range = (s: SheetModel, a1: string): GridRange => resolveA1(parseA1(a1), s.maxRows, s.maxCols);
  const cells = (name: string) => dataGrid(name, (cell) => userCell(cell, model.timeZone, model.dateReader()));

  return {
    id: () => model.id,
    name: () => model.name,
    timeZone: () => model.timeZone,
    sheetNames: () => model.sheets.map((s) => s.name),
    values: (name) => dataGrid(name, (cell) => scriptValue(cell, model.dateReader())),
    cells,
    records(name) {
      const [headers = [], ...rows] = cells(name);
      return rows.map((row) => Object.fromEntries(headers.map((h, i) => [String(h), row[i]])));
    },
    cell(name, a1) {
      const s = sheet(name);
      const { row, col } = range(s, a1);
      return userCell(s.get(row, col), model.timeZone, model.dateReader());
    },
    displayValues: (name) => dataGrid(name, (cell, r, c, s) => displayValue(cell, s.getMeta(r, c)?.numberFormat, model.dateReader())),
    type(name, rows, a1) {
      const s = sheet(name);
      const start = a1 ? range(s, a1) : { row: s.extent().row + 1, col: 1 };
      writeTyped(s, start.row, start.col, rows);
    },
    insertRows: (name, afterRow, count) => sheet(name).insertRows(afterRow, count),
    deleteRows: (name, row, count) => sheet(name).deleteRows(row, count),
    select: (name, a1) => select(model, name, a1),
    active: () => ({ sheet: (model.activeSheet ?? model.sheets[0]).name, range: model.activeRange ? a1Of(model.activeRange) : null }),
    lastRow: (name) => sheet(name).extent().row,
    lastColumn: (name) => sheet(name).extent().col,
    maxRows: (name) => sheet(name).maxRows,
    maxColumns: (name) => sheet(name).maxCols,
    frozenRows: (name) => sheet(name).frozenRows,
    tabColor: (name) => sheet(name).tabColor,
    columnWidths: (name) => Object.fromEntries(sheet(name).columnWidths),
    hiddenRows: (name) => rowsHiddenByFilter(sheet(name)),
    filter(name) {
      const f = sheet(name).filter;
      if (!f) return null;
      const criteria: Record<string, { criteria: string | null; values: unknown[]; visibleValues: string[] | null; hiddenValues: string[] }> = {};
      f.criteria.forEach((spec, col) => {
        criteria[columnLetters(col)] = {
          criteria: spec.condition?.criteria ?? null,
          values: spec.condition?.values.slice() ?? [],
          visibleValues: spec.visibleValues?.slice() ?? null,
          hiddenValues: spec.hiddenValues.slice(),
        };
      });
      return { range: a1Of(f.range), criteria };
    },
    validations(name) {
      const s = sheet(name);
      const views: ValidationView[] = [];
      for (let c = 1; c <= s.maxCols; c++) {
        let run: { start: number; spec: ValidationSpec } | null = null;
        const flush = (end: number) => {
          if (!run) return;
          const { criteria, values, allowInvalid, helpText } = run.spec;
          views.push({ range: a1Of({ row: run.start, col: c, numRows: end - run.start + 1, numCols: 1 }), criteria, values, allowInvalid, helpText });
          run = null;
        };
        for (let r = 1; r <= s.meta.length; r++) {
          const spec = s.getMeta(r, c)?.validation;
          if (run && !sameRule(run.spec, spec)) flush(r - 1);
          if (spec && !run) run = { start: r, spec };
        }
        flush(s.meta.length);
      }
      return views;
    },
    validation(name, a1) {
      const s = sheet(name);
      const { row, col } = range(s, a1);
      const spec = s.getMeta(row, col)?.validation;
      return spec ? { criteria: spec.criteria, values: spec.values.slice(), allowInvalid: spec.allowInvalid, helpText: spec.helpText } : null;
    },
    invalidCells(name) {
      const s = sheet(name);
      const out: { a1: string; value: unknown }[] = [];
      s.meta.forEach((line, r) =>
        line?.forEach((meta, c) => {
          const cell = s.get(r + 1, c + 1);
          if (!meta?.validation || isEmptyCell(cell)) return;
          const shown = displayValue(cell, meta.numberFormat, model.dateReader());
          if (!passesValidation(meta.validation, cell as Stored, shown)) {
            out.push({ a1: a1Of({ row: r + 1, col: c + 1, numRows: 1, numCols: 1 }), value: userCell(cell, model.timeZone, model.dateReader()) });
          }
        }),
      );
      return out;
    },
    conditionalFormats: (name) =>
      sheet(name).conditionalRules.map((rule) => ({
        ranges: rule.ranges.map(a1Of),
        criteria: rule.condition?.criteria ?? null,
        values: rule.condition?.values.slice() ?? [],
        format: { ...rule.format },
      })),
    protections: (name) =>
      sheet(name).protections.map((p) => ({ type: p.type, range: a1Of(p.range), description: p.description, warningOnly: p.warningOnly })),
    charts: (name) => {
      const owner = sheet(name);
      return owner.charts.map((c) => ({
        id: c.id as number,
        type: c.type,
        ranges: c.ranges.map((r) => (r.sheet === owner ? a1Of(r.grid) : `${r.sheet.name}!${a1Of(r.grid)}`)),
        anchor: { row: c.position.row, column: c.position.column },
        options: Object.fromEntries(c.options),
      }));
    },
    notes(name) {
      const notes: Record<string, string> = {};
      sheet(name).meta.forEach((line, r) =>
        line?.forEach((meta, c) => {
          if (meta?.note) notes[a1Of({ row: r + 1, col: c + 1, numRows: 1, numCols: 1 })] = meta.note;
        }),
      );
      return notes;
    },
    format(name, a1) {
      const s = sheet(name);
      const { row, col } = range(s, a1);
      const meta = { ...(s.getMeta(row, col) ?? {}) };
      delete meta.validation;
      return meta;
    },
  };
}
