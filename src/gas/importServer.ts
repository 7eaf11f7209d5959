/**
 * Importing an existing list (PRODUCT.md §9): the server functions of the
 * sidebar's import view. The source sheet is read once and never written;
 * ST-läkare and Handledare are read once and, for the import, re-read and
 * written under the document lock, each with one setValues (per contiguous
 * run of ST-koll's columns: one in setup's layout).
 */
import { parseImportRequest, parseSheetName, type ImportRequest } from '../app/importRequest';
import { UserError } from '../app/userError';
import { proposeImport } from '../domain/import/headers';
import { planImport, type ImportPlan } from '../domain/import/plan';
import { DATE_TARGETS, IMPORT_TARGETS } from '../domain/import/targets';
import type { CellValue, RawRow } from '../domain/model';
import { SHEET_SPECS } from '../domain/sheetLayout';
import { SHEET, SUPERVISOR_COL, TRAINEE_COL, type SheetKey } from '../domain/sheetContract';
import type { ImportProposalDto, ImportResultDto, ImportSourcesDto, Result } from '../shared/api';
import { ERROR, IMPORT } from '../shared/messages';
import { serverCall } from './feedback';
import { appendRows } from './appendRows';
import { headersOf, rawRows } from './sheetTable';
import { toCellValue } from './dateCells';
import { asText } from './cellWrite';
import { openWorkbook, sheetValues, underDocumentLockToTheEnd, type OpenWorkbook } from './workbookIO';

const OWN_SHEETS: ReadonlySet<string> = new Set(Object.values(SHEET));

export function getImportSources(): Result<{ sources: ImportSourcesDto }> {
  return serverCall(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheets = ss.getSheets().map((sheet) => sheet.getName()).filter((name) => !OWN_SHEETS.has(name));
    const active = ss.getActiveSheet().getName();
    return { ok: true, sources: { sheets, active: sheets.includes(active) ? active : null, targets: [...IMPORT_TARGETS] } };
  });
}

export function getImportProposal(sheetName: unknown): Result<ImportProposalDto> {
  return serverCall(() => {
    const name = parseSheetName(sheetName);
    if (!name.ok) return { ok: false, message: name.message };
    const grid = readSource(openWorkbook(), name.value);
    return { ok: true, ...proposeImport(grid) };
  });
}

/** The dry run: what runImport would do now, nothing written. */
export function previewImport(input: unknown): Result<ImportResultDto> {
  return serverCall(() => {
    const request = parseImportRequest(input);
    if (!request.ok) return { ok: false, message: request.message };
    const wb = openWorkbook();
    const plan = planFrom(wb, request.value, readSource(wb, request.value.sheet));
    return { ok: true, ...summary(plan.plan) };
  });
}

export function runImport(input: unknown): Result<ImportResultDto> {
  return serverCall(() => {
    const request = parseImportRequest(input);
    if (!request.ok) return { ok: false, message: request.message };
    const wb = openWorkbook();
    const source = readSource(wb, request.value.sheet);
    // The writes are this execution's last: the lock is released when it ends
    // (the refresh that follows in the sidebar is an execution of its own).
    return underDocumentLockToTheEnd(() => {
      const { plan, targets } = planFrom(wb, request.value, source);
      writePlan(plan, targets);
      return { ok: true, ...summary(plan) };
    });
  });
}

/** The source sheet, values only, dates as YYYY-MM-DD in the spreadsheet's zone. */
function readSource(wb: OpenWorkbook, name: string): CellValue[][] {
  if (OWN_SHEETS.has(name)) throw new UserError(IMPORT.notASource(name));
  const sheet = wb.ss.getSheetByName(name);
  if (!sheet) throw new UserError(IMPORT.sourceMissing(name));
  const values = sheetValues(sheet);
  if (values.length === 0) throw new UserError(IMPORT.sourceEmpty(name));
  return values.map((line) => line.map((value) => toCellValue(value, wb.toIso)));
}

/** A target sheet as read now: the sheet, its grid and its rows by header. */
interface Target {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  grid: unknown[][];
  rows: RawRow[];
}

interface Targets {
  trainees: Target;
  /** Read only when a column feeds Huvudhandledare. */
  supervisors: Target | null;
}

function readTarget(wb: OpenWorkbook, key: SheetKey): Target {
  const name = SHEET[key];
  const sheet = wb.ss.getSheetByName(name);
  if (!sheet) throw new UserError(ERROR.missingSheet(name));
  const grid = sheetValues(sheet);
  const headers = headersOf(grid);
  const missing = userHeaders(key).filter((h) => !headers.includes(h));
  if (missing.length) throw new UserError(ERROR.missingHeaders(name, missing));
  return { sheet, grid, rows: rawRows(grid, wb.toIso) };
}

function planFrom(wb: OpenWorkbook, request: ImportRequest, grid: CellValue[][]): { plan: ImportPlan; targets: Targets } {
  const needsSupervisors = Object.values(request.mapping).includes(TRAINEE_COL.mainSupervisor);
  const targets: Targets = {
    trainees: readTarget(wb, 'trainees'),
    supervisors: needsSupervisors ? readTarget(wb, 'supervisors') : null,
  };
  const result = planImport({
    grid,
    mapping: request.mapping,
    trainees: targets.trainees.rows,
    supervisors: targets.supervisors?.rows ?? [],
  });
  if (!result.ok) throw new UserError(result.message);
  return { plan: result.plan, targets };
}

/** Supervisors first: a trainee row never points at a supervisor row that failed to arrive. */
function writePlan(plan: ImportPlan, targets: Targets): void {
  if (plan.supervisors.length && targets.supervisors) {
    const rows = plan.supervisors.map((s) => ({ [SUPERVISOR_COL.id]: s.id, [SUPERVISOR_COL.name]: textValue(SUPERVISOR_COL.name, s.name) }));
    appendRows(targets.supervisors.sheet, targets.supervisors.grid, userHeaders('supervisors'), rows);
  }
  if (plan.trainees.length) {
    const rows = plan.trainees.map((t) => mapValues(t.cells, (header, value) => textValue(header, value)));
    appendRows(targets.trainees.sheet, targets.trainees.grid, userHeaders('trainees'), rows);
  }
}

/** Text is written so that Sheets keeps it text; dates go as YYYY-MM-DD, which Sheets reads as that day. */
function textValue(header: string, value: CellValue): CellValue {
  return typeof value === 'string' && !DATE_TARGETS.has(header) ? asText(value) : value;
}

function mapValues(cells: Record<string, CellValue>, fn: (header: string, value: CellValue) => CellValue): Record<string, CellValue> {
  return Object.fromEntries(Object.entries(cells).map(([header, value]) => [header, fn(header, value)]));
}

/** The user columns of a sheet as setup lays them out (ST-koll's computed block is left to the refresh). */
function userHeaders(key: SheetKey): readonly string[] {
  return SHEET_SPECS.find((spec) => spec.key === key)!.userHeaders;
}

function summary(plan: ImportPlan): ImportResultDto {
  return {
    added: plan.trainees.length,
    skipped: plan.skipped.length,
    problems: plan.problems,
    skippedRows: plan.skipped,
    newSupervisors: plan.supervisors.map((s) => s.name),
  };
}
