/**
 * env.transfer: the whole workbook in and out of the fake as plain data, for the
 * local app that keeps it in an .xlsx file (dev/local). Cells travel with their
 * type (a date as its serial, a formula as its text), so nothing is re-parsed
 * the way typing would parse it; formats travel per cell, only where set.
 */
import { a1Of, parseA1, resolveA1 } from './a1';
import { DateCell, FormulaCell, isEmptyCell, type Stored } from './cells';
import type { MetadataLocation } from './metadata';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, type CellMeta, type ConditionalRuleSpec, type SheetModel, type SpreadsheetModel } from './model';

/** A cell as data: a date is its serial (whole days since 1899-12-30, local calendar), a formula its text ('=…'). */
export type TransferCell = null | string | number | boolean | { date: number } | { formula: string };

/** The formats the local file keeps (data validation and notes travel separately or not at all). */
export interface TransferFormat {
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  fontStyle?: string;
  wrap?: boolean;
  horizontalAlignment?: string;
  note?: string;
}

/** A conditional format rule: its condition (e.g. CUSTOM_FORMULA with '=$M2="Försenad"'), ranges in A1 notation, its format. */
export interface TransferRule {
  criteria: string | null;
  values: unknown[];
  ranges: string[];
  format: ConditionalRuleSpec['format'];
}

export interface TransferSheet {
  name: string;
  /** The data range, row by row (row 1 first); trailing empties may be left out. */
  cells: TransferCell[][];
  /** [row, column, format], 1-based, only cells with a format. */
  formats: Array<[number, number, TransferFormat]>;
  /** [column, pixels]. */
  columnWidths: Array<[number, number]>;
  frozenRows: number;
  frozenColumns: number;
  /** The sheet's size (rows and columns beyond the data). */
  maxRows: number;
  maxColumns: number;
  /** In the sheet's order (the first that applies wins). */
  conditionalRules: TransferRule[];
}

/**
 * One developer metadata entry as data: on the spreadsheet (no sheet), on a
 * sheet (by name), or on one whole column or row of it. `anchor` is the cell
 * the line starts with when exported (row 1 of a column, column A of a row):
 * a file format that cannot keep the metadata on the line itself can check
 * with it that the line is still the one the metadata was on.
 */
export interface TransferMetadata {
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  sheet?: string;
  column?: number;
  row?: number;
  anchor?: TransferCell;
}

export interface WorkbookTransfer {
  /** Every sheet, or only those named. */
  exportSheets(names?: string[]): TransferSheet[];
  /**
   * Each sheet's name and revision, in the workbook's order: a revision that
   * is the same as before means nothing the file keeps has changed on that
   * sheet (a sheet deleted and added again under its name has a new one).
   */
  revisions(): Array<{ name: string; revision: string }>;
  /** Replaces every sheet with these (the workbook as a file holds it); the old sheets' metadata goes with them. */
  importSheets(sheets: TransferSheet[]): void;
  /** Every developer metadata entry, in the order it was added. */
  exportMetadata(): TransferMetadata[];
  /** Adds these entries; one on a sheet, column or row the workbook does not have is left out. */
  importMetadata(entries: TransferMetadata[]): void;
}

const FORMAT_KEYS = ['numberFormat', 'background', 'fontColor', 'fontWeight', 'fontStyle', 'wrap', 'horizontalAlignment', 'note'] as const;

function exportCell(cell: Stored | undefined): TransferCell {
  if (cell === undefined || isEmptyCell(cell)) return null;
  if (cell instanceof DateCell) return { date: cell.serial };
  if (cell instanceof FormulaCell) return { formula: cell.formula };
  return cell;
}

function importCell(cell: TransferCell | undefined): Stored {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'object') return cell;
  if ('date' in cell) return new DateCell(cell.date, cell.date % 1 !== 0);
  return new FormulaCell(cell.formula);
}

function exportFormat(meta: CellMeta): TransferFormat | null {
  const out: TransferFormat = {};
  let any = false;
  for (const key of FORMAT_KEYS) {
    const value = meta[key];
    if (value === undefined || value === null || value === '') continue;
    (out as Record<string, unknown>)[key] = value;
    any = true;
  }
  return any ? out : null;
}

function exportSheet(sheet: SheetModel): TransferSheet {
  const { row: lastRow, col: lastCol } = sheet.extent();
  const cells: TransferCell[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const line = sheet.values[r - 1] ?? [];
    const out: TransferCell[] = [];
    for (let c = 1; c <= Math.min(lastCol, line.length); c++) out.push(exportCell(line[c - 1]));
    cells.push(out);
  }
  const formats: Array<[number, number, TransferFormat]> = [];
  sheet.meta.forEach((line, r) =>
    line?.forEach((meta, c) => {
      const format = meta && exportFormat(meta);
      if (format) formats.push([r + 1, c + 1, format]);
    }),
  );
  return {
    name: sheet.name,
    cells,
    formats,
    columnWidths: [...sheet.columnWidths.entries()],
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxCols,
    conditionalRules: sheet.conditionalRules.map((rule) => ({
      criteria: rule.condition?.criteria ?? null,
      values: rule.condition?.values.slice() ?? [],
      ranges: rule.ranges.map(a1Of),
      format: { ...rule.format },
    })),
  };
}

function importSheet(model: SpreadsheetModel, spec: TransferSheet): void {
  const sheet = model.addSheet(spec.name);
  sheet.values = spec.cells.map((line) => line.map(importCell));
  for (const [row, col, format] of spec.formats) Object.assign(sheet.metaFor(row, col), format);
  for (const [col, width] of spec.columnWidths) sheet.columnWidths.set(col, width);
  sheet.frozenRows = spec.frozenRows;
  sheet.frozenColumns = spec.frozenColumns;
  const width = spec.cells.reduce((w, line) => Math.max(w, line.length), 0);
  sheet.maxRows = Math.max(DEFAULT_ROWS, spec.maxRows, spec.cells.length);
  sheet.maxCols = Math.max(DEFAULT_COLUMNS, spec.maxColumns, width);
  sheet.conditionalRules = (spec.conditionalRules ?? []).map((rule) => ({
    condition: rule.criteria === null ? null : { criteria: rule.criteria, values: rule.values.slice() },
    format: { ...rule.format },
    ranges: rule.ranges.map((a1) => resolveA1(parseA1(a1), sheet.maxRows, sheet.maxCols)),
  }));
  sheet.touch();
}

function exportMetadata(m: { key: string; value: string | null; visibility: 'DOCUMENT' | 'PROJECT'; location: MetadataLocation }): TransferMetadata {
  const out: TransferMetadata = { key: m.key, value: m.value, visibility: m.visibility };
  const l = m.location;
  if (l.type === 'SPREADSHEET') return out;
  out.sheet = l.sheet.name;
  if (l.type === 'COLUMN') Object.assign(out, { column: l.index, anchor: exportCell(l.sheet.values[0]?.[l.index - 1]) });
  if (l.type === 'ROW') Object.assign(out, { row: l.index, anchor: exportCell(l.sheet.values[l.index - 1]?.[0]) });
  return out;
}

function locationOf(model: SpreadsheetModel, entry: TransferMetadata): MetadataLocation | null {
  if (entry.sheet === undefined) return { type: 'SPREADSHEET' };
  const sheet = model.sheets.find((s) => s.name === entry.sheet);
  if (!sheet) return null;
  if (entry.column !== undefined) return Number.isInteger(entry.column) && entry.column >= 1 && entry.column <= sheet.maxCols ? { type: 'COLUMN', sheet, index: entry.column } : null;
  if (entry.row !== undefined) return Number.isInteger(entry.row) && entry.row >= 1 && entry.row <= sheet.maxRows ? { type: 'ROW', sheet, index: entry.row } : null;
  return { type: 'SHEET', sheet };
}

export function makeWorkbookTransfer(model: SpreadsheetModel): WorkbookTransfer {
  return {
    exportSheets: (names) => model.sheets.filter((s) => !names || names.includes(s.name)).map(exportSheet),
    revisions: () => model.sheets.map((s) => ({ name: s.name, revision: `${s.id}:${s.revision}` })),
    importSheets(sheets) {
      if (sheets.length === 0) throw new Error('A workbook needs at least one sheet');
      model.sheets = [];
      model.metadata = [];
      model.activeSheet = null;
      for (const spec of sheets) importSheet(model, spec);
      model.activeSheet = model.sheets[0];
      model.activeRange = { row: 1, col: 1, numRows: 1, numCols: 1 };
    },
    exportMetadata: () => model.metadata.map(exportMetadata),
    importMetadata(entries) {
      for (const entry of entries) {
        const location = locationOf(model, entry);
        if (location) model.metadata.push({ id: model.newMetadataId(), key: entry.key, value: entry.value, visibility: entry.visibility, location });
      }
    },
  };
}
