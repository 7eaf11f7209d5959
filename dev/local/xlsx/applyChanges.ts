/**
 * Writes what changed in the fake since the last save onto the exceljs
 * workbook: only cells whose value or format differs from the previous
 * snapshot are touched, so a cell, column, sheet or style ST-koll never changed
 * stays exactly as the file had it (formulas with their cached results, fonts,
 * borders, merged cells, sheets the fake cannot even represent).
 */
import type ExcelJS from 'exceljs';
import type { TransferFormat, TransferRule, TransferSheet } from '../../fakes/spreadsheet/transfer';
import { sameCell, writeCell } from './cellValues';
import { argbOfHex, widthOfPixels, writeFormat } from './formats';
import type { ForeignRule } from './readWorkbook';

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

export interface ApplyContext {
  /** Rules of the file the fake cannot hold, by sheet; written back ahead of the fake's. */
  foreignRules: Map<string, ForeignRule[]>;
}

const EMPTY_SHEET: TransferSheet = {
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

export interface AppliedChanges {
  cells: number;
  /** Anything else written: formats, widths, frozen panes, rules, validations, new sheets. */
  other: number;
}

/** Applies every sheet's changes onto the exceljs workbook. */
export function applyChanges(excel: ExcelJS.Workbook, before: Map<string, SheetState>, after: SheetState[], context: ApplyContext): AppliedChanges {
  const changes: AppliedChanges = { cells: 0, other: 0 };
  for (const state of after) {
    const previous = before.get(state.sheet.name);
    const existing = excel.getWorksheet(state.sheet.name);
    if (!existing) changes.other++;
    const ws = existing ?? excel.addWorksheet(state.sheet.name);
    const base = previous?.sheet ?? EMPTY_SHEET;
    changes.cells += applyCells(ws, base, state.sheet);
    changes.other += applyFormats(ws, base, state.sheet) + applySheetLayout(ws, base, state.sheet);
    if (JSON.stringify(base.conditionalRules) !== JSON.stringify(state.sheet.conditionalRules)) {
      applyConditionalRules(ws, state.sheet.conditionalRules, context.foreignRules.get(state.sheet.name) ?? []);
      changes.other++;
    }
    if (JSON.stringify(previous?.validations ?? []) !== JSON.stringify(state.validations)) {
      applyValidations(ws, previous?.validations ?? [], state.validations);
      changes.other++;
    }
  }
  return changes;
}

function applyCells(ws: ExcelJS.Worksheet, before: TransferSheet, after: TransferSheet): number {
  let written = 0;
  const rows = Math.max(before.cells.length, after.cells.length);
  for (let r = 0; r < rows; r++) {
    const was = before.cells[r] ?? [];
    const now = after.cells[r] ?? [];
    const width = Math.max(was.length, now.length);
    for (let c = 0; c < width; c++) {
      if (sameCell(was[c], now[c])) continue;
      writeCell(ws.getCell(r + 1, c + 1), now[c] ?? null);
      written++;
    }
  }
  return written;
}

function formatIndex(sheet: TransferSheet): Map<string, TransferFormat> {
  return new Map(sheet.formats.map(([row, col, format]) => [`${row}:${col}`, format]));
}

function applyFormats(ws: ExcelJS.Worksheet, before: TransferSheet, after: TransferSheet): number {
  const was = formatIndex(before);
  const now = formatIndex(after);
  let written = 0;
  for (const key of new Set([...was.keys(), ...now.keys()])) {
    const a = was.get(key);
    const b = now.get(key);
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const [row, col] = key.split(':').map(Number);
    writeFormat(ws.getCell(row, col), a, b);
    written++;
  }
  return written;
}

function applySheetLayout(ws: ExcelJS.Worksheet, before: TransferSheet, after: TransferSheet): number {
  let written = 0;
  const widths = new Map(before.columnWidths);
  for (const [col, px] of after.columnWidths) {
    if (widths.get(col) === px) continue;
    ws.getColumn(col).width = widthOfPixels(px);
    written++;
  }
  if (before.frozenRows !== after.frozenRows || before.frozenColumns !== after.frozenColumns) {
    written++;
    const others = (ws.views ?? []).filter((view) => view.state !== 'frozen');
    const frozen: Partial<ExcelJS.WorksheetViewFrozen> = { state: 'frozen', xSplit: after.frozenColumns, ySplit: after.frozenRows };
    ws.views = after.frozenRows || after.frozenColumns ? [frozen, ...others] : others;
  }
  return written;
}

function excelRule(rule: TransferRule, priority: number): ExcelJS.ConditionalFormattingRule | null {
  const formula = rule.criteria === 'CUSTOM_FORMULA' ? String(rule.values[0] ?? '') : '';
  if (!formula) return null;
  const style: Partial<ExcelJS.Style> = {};
  const background = rule.format.background ? argbOfHex(rule.format.background) : null;
  if (background) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: background } };
  const fontColor = rule.format.fontColor ? argbOfHex(rule.format.fontColor) : null;
  if (fontColor || rule.format.bold || rule.format.italic) {
    style.font = { ...(fontColor ? { color: { argb: fontColor } } : {}), ...(rule.format.bold ? { bold: true } : {}), ...(rule.format.italic ? { italic: true } : {}) };
  }
  return { type: 'expression', formulae: [formula.replace(/^=/, '')], style, priority } as ExcelJS.ConditionalFormattingRule;
}

function applyConditionalRules(ws: ExcelJS.Worksheet, rules: TransferRule[], foreign: ForeignRule[]): void {
  let priority = 1;
  const kept = foreign.map(({ ref, rule }) => ({ ref, rules: [{ ...rule, priority: priority++ }] }));
  const ours = rules.flatMap((rule) => {
    const converted = excelRule(rule, priority);
    if (!converted) return [];
    priority++;
    return [{ ref: rule.ranges.join(' '), rules: [converted] }];
  });
  (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings = [...kept, ...ours];
}

/** Value lists become Excel dropdowns; other kinds of validation stay in ST-koll (the page and the check). */
function applyValidations(ws: ExcelJS.Worksheet, before: ValidationRun[], after: ValidationRun[]): void {
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
  for (const run of before) delete model[run.range];
  for (const run of after) {
    if (run.criteria !== 'VALUE_IN_LIST' || !Array.isArray(run.values[0])) continue;
    const list = (run.values[0] as unknown[]).map((v) => String(v).replace(/"/g, '""')).join(',');
    // Excel limits a literal list to 255 characters; a longer list stays a check in ST-koll only.
    if (list.length > 253) continue;
    model[run.range] = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${list}"`],
      showErrorMessage: !run.allowInvalid,
      ...(run.helpText ? { showInputMessage: true, prompt: run.helpText } : {}),
    };
  }
}
