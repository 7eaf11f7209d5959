/**
 * What changed on a sheet between two snapshots of the fake: only cells whose
 * value or format differs are written back, so a cell, column or style
 * ST-koll never changed stays exactly as the file had it.
 */
import type { TransferCell, TransferFormat, TransferRule, TransferSheet } from '../../fakes/spreadsheet/transfer';
import { sameCell } from './cellValues';

/** A data validation as the fake's inspector lists it (merged into column runs). */
export interface ValidationRun {
  range: string;
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface SheetState {
  sheet: TransferSheet;
  validations: ValidationRun[];
}

export interface CellChange {
  row: number;
  col: number;
  /** The new value, when the value changed. */
  value?: TransferCell;
  /** The formats before and after, when a format (other than the note) changed. */
  format?: { was: TransferFormat | undefined; now: TransferFormat | undefined };
}

export interface NoteChange {
  row: number;
  col: number;
  /** null: the note is removed. */
  text: string | null;
}

export interface SheetChanges {
  name: string;
  /** A sheet the file does not have yet. */
  added: boolean;
  /** Sorted by row, then column. */
  cells: CellChange[];
  notes: NoteChange[];
  widths: Array<[number, number]>;
  frozen: { rows: number; cols: number } | null;
  /** The fake's conditional formats, when they changed. */
  rules: TransferRule[] | null;
  validations: { before: ValidationRun[]; after: ValidationRun[] } | null;
  /** Cells whose value changed. */
  values: number;
  /** Anything else written: formats, notes, widths, frozen panes, rules, validations, the sheet itself. */
  other: number;
}

export const EMPTY_SHEET: TransferSheet = {
  name: '',
  cells: [],
  formats: [],
  columnWidths: [],
  frozenRows: 0,
  frozenColumns: 0,
  maxRows: 0,
  maxColumns: 0,
  conditionalRules: [],
};

const COLUMNS = 16_384;
const STYLE_KEYS = ['numberFormat', 'background', 'fontColor', 'fontWeight', 'fontStyle', 'wrap', 'horizontalAlignment'] as const;

function sameStyle(a: TransferFormat | undefined, b: TransferFormat | undefined): boolean {
  if (a === b) return true;
  for (const key of STYLE_KEYS) if (a?.[key] !== b?.[key]) return false;
  return true;
}

type FormatEntry = [number, number, TransferFormat];

/** The formats in row, then column order (the fake and the reader list them so; anything else is sorted). */
function inCellOrder(formats: FormatEntry[]): FormatEntry[] {
  for (let i = 1; i < formats.length; i++) {
    const [r0, c0] = formats[i - 1];
    const [r1, c1] = formats[i];
    if (r1 < r0 || (r1 === r0 && c1 <= c0)) return formats.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }
  return formats;
}

export function isEmpty(changes: SheetChanges): boolean {
  return changes.values + changes.other === 0;
}

export function diffSheet(before: SheetState | undefined, after: SheetState): SheetChanges {
  const was = before?.sheet ?? EMPTY_SHEET;
  const now = after.sheet;
  const cells = new Map<number, CellChange>();
  const cell = (row: number, col: number): CellChange => {
    const key = row * COLUMNS + col;
    let change = cells.get(key);
    if (!change) cells.set(key, (change = { row, col }));
    return change;
  };
  let values = 0;
  const rows = Math.max(was.cells.length, now.cells.length);
  for (let r = 0; r < rows; r++) {
    const a = was.cells[r] ?? [];
    const b = now.cells[r] ?? [];
    if (a === b) continue;
    const width = Math.max(a.length, b.length);
    for (let c = 0; c < width; c++) {
      if (sameCell(a[c], b[c])) continue;
      cell(r + 1, c + 1).value = b[c] ?? null;
      values++;
    }
  }

  let other = before ? 0 : 1;
  const notes: NoteChange[] = [];
  const visit = (row: number, col: number, a: TransferFormat | undefined, b: TransferFormat | undefined) => {
    if (!sameStyle(a, b)) {
      cell(row, col).format = { was: a, now: b };
      other++;
    }
    if ((a?.note ?? '') !== (b?.note ?? '')) {
      notes.push({ row, col, text: b?.note || null });
      other++;
    }
  };
  // Both lists in cell order: one merging pass, no index of 200,000 formats.
  const formatsWere = inCellOrder(was.formats);
  const formatsNow = inCellOrder(now.formats);
  for (let i = 0, j = 0; i < formatsWere.length || j < formatsNow.length; ) {
    const a = formatsWere[i];
    const b = formatsNow[j];
    const order = !a ? 1 : !b ? -1 : a[0] - b[0] || a[1] - b[1];
    if (order < 0) {
      visit(a[0], a[1], a[2], undefined);
      i++;
    } else if (order > 0) {
      visit(b[0], b[1], undefined, b[2]);
      j++;
    } else {
      if (a[2] !== b[2]) visit(a[0], a[1], a[2], b[2]);
      i++;
      j++;
    }
  }

  const widthsWere = new Map(was.columnWidths);
  const widths = now.columnWidths.filter(([col, px]) => widthsWere.get(col) !== px);
  other += widths.length;
  const frozen = was.frozenRows !== now.frozenRows || was.frozenColumns !== now.frozenColumns ? { rows: now.frozenRows, cols: now.frozenColumns } : null;
  const rules = JSON.stringify(was.conditionalRules) !== JSON.stringify(now.conditionalRules) ? now.conditionalRules : null;
  const validationsWere = before?.validations ?? [];
  const validations = JSON.stringify(validationsWere) !== JSON.stringify(after.validations) ? { before: validationsWere, after: after.validations } : null;
  other += (frozen ? 1 : 0) + (rules ? 1 : 0) + (validations ? 1 : 0);

  return {
    name: now.name,
    added: false,
    cells: [...cells.values()].sort((x, y) => x.row - y.row || x.col - y.col),
    notes: notes.sort((x, y) => x.row - y.row || x.col - y.col),
    widths,
    frozen,
    rules,
    validations,
    values,
    other,
  };
}
