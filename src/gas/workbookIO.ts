/**
 * Reading the four ST-koll sheets and writing back the cells ST-koll owns.
 * Each sheet is read once; each block is written with one setValues per
 * contiguous run of columns, to the row that holds the ID at write time.
 */
import type { IdAssignment, IsoDate, RawRow, RawWorkbook } from '../domain/model';
import { columnRuns, sheetHeaders } from '../domain/sheetLayout';
import { SHEET, TRAINEE_COL, type SheetKey, type SheetName } from '../domain/sheetContract';
import { ERROR } from '../shared/messages';
import { UserError } from '../app/userError';
import { dateFormatterFor, todayIn, type DateToIso } from './dateCells';
import { asText, cellFor, cellsFor, columnTypeOf } from './cellWrite';
import { headersOf, readTable, type SheetTable } from './sheetTable';

/** Every ST-koll sheet but Samtal keys its rows by a column with this header. */
export const ID_HEADER = TRAINEE_COL.id;

export interface OpenWorkbook {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  timeZone: string;
  today: IsoDate;
  toIso: DateToIso;
}

export function openWorkbook(): OpenWorkbook {
  // Null outside a workbook (a script run from the editor, a trigger without a document).
  const ss = SpreadsheetApp.getActiveSpreadsheet() as GoogleAppsScript.Spreadsheet.Spreadsheet | null;
  if (!ss) throw new UserError(ERROR.noDocument);
  const timeZone = ss.getSpreadsheetTimeZone() || 'Europe/Stockholm';
  const toIso = dateFormatterFor(timeZone);
  return { ss, timeZone, today: todayIn(toIso), toIso };
}

/** The sheets of §1, which every workbook ST-koll set up has. */
type CoreSheetKey = 'trainees' | 'supervisors' | 'agreements' | 'sessions';
/** The sheets of §6: a workbook set up before them has none until setup runs again. */
export const PROGRESS_SHEET_KEYS = ['leave', 'certificates', 'catalogue'] as const satisfies readonly SheetKey[];
type ProgressSheetKey = (typeof PROGRESS_SHEET_KEYS)[number];

export type WorkbookTables = Record<CoreSheetKey, SheetTable> & Partial<Record<ProgressSheetKey, SheetTable>>;

/**
 * One sheet, read once. It must have every column of setup's layout — the
 * user's and the block ST-koll writes — checked up front so a refresh never
 * stops half-way through its writes.
 */
export function readSheetTable(
  wb: OpenWorkbook,
  key: SheetKey,
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null = wb.ss.getSheetByName(SHEET[key]),
): SheetTable {
  const name = SHEET[key];
  if (!sheet) throw new UserError(ERROR.missingSheet(name));
  const table = readTable(name, sheet, sheetValues(sheet), wb.toIso);
  const missing = sheetHeaders(key).filter((h) => !table.headers.includes(h));
  if (missing.length) throw new UserError(ERROR.missingHeaders(name, missing));
  return table;
}

export interface WorkbookRead {
  raw: RawWorkbook;
  tables: WorkbookTables;
}

/**
 * Reads every ST-koll sheet (a lookup and one getSheetValues each); a missing sheet or header
 * throws a Swedish UserError, except that the §6 sheets may be absent
 * altogether (no leave, no intyg, no catalogue yet) until setup adds them.
 */
export function readWorkbook(wb: OpenWorkbook): WorkbookRead {
  const tables: WorkbookTables = {
    trainees: readSheetTable(wb, 'trainees'),
    supervisors: readSheetTable(wb, 'supervisors'),
    agreements: readSheetTable(wb, 'agreements'),
    sessions: readSheetTable(wb, 'sessions'),
  };
  for (const key of PROGRESS_SHEET_KEYS) {
    const sheet = wb.ss.getSheetByName(SHEET[key]);
    if (sheet) tables[key] = readSheetTable(wb, key, sheet);
  }
  const raw: RawWorkbook = {
    trainees: tables.trainees.rows,
    supervisors: tables.supervisors.rows,
    agreements: tables.agreements.rows,
    sessions: tables.sessions.rows,
    leave: tables.leave?.rows ?? [],
    certificates: tables.certificates?.rows ?? [],
    catalogue: tables.catalogue?.rows ?? [],
  };
  return { raw, tables };
}

/**
 * Only the sheets a read-only call needs, each read once (the sidebar's
 * searches: a picker has no use for 400,000 sessions). The others read as no
 * rows; a §1 sheet asked for must exist, a §6 sheet may be absent.
 */
export function readSheetsOnly(wb: OpenWorkbook, keys: readonly (CoreSheetKey | ProgressSheetKey)[]): RawWorkbook {
  const rowsOf = (key: CoreSheetKey | ProgressSheetKey): RawRow[] => {
    if (!keys.includes(key)) return [];
    const optional = (PROGRESS_SHEET_KEYS as readonly string[]).includes(key);
    const sheet = wb.ss.getSheetByName(SHEET[key]);
    return optional && !sheet ? [] : readSheetTable(wb, key, sheet).rows;
  };
  return {
    trainees: rowsOf('trainees'),
    supervisors: rowsOf('supervisors'),
    agreements: rowsOf('agreements'),
    sessions: rowsOf('sessions'),
    leave: rowsOf('leave'),
    certificates: rowsOf('certificates'),
    catalogue: rowsOf('catalogue'),
  };
}

const LOCK_WAIT_MS = 30_000;

/**
 * The document lock, or a Swedish error: null outside a document (Apps Script
 * documents getDocumentLock() as Lock|null), busy after 30 s.
 */
function acquireDocumentLock(): GoogleAppsScript.Lock.Lock {
  const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
  if (!lock) throw new UserError(ERROR.noDocument);
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserError(ERROR.lockBusy);
  return lock;
}

/**
 * Runs `write` holding the document lock, so two refreshes (two tabs, two
 * colleagues) never interleave their writes. Users' own edits are not
 * blocked by the lock, which is why writers re-read IDs inside it. Pending
 * writes are flushed before the lock is released, as the Lock reference asks
 * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
 */
export function withDocumentLock<T>(write: () => T): T {
  const lock = acquireDocumentLock();
  try {
    return write();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

/**
 * Runs `write` holding the document lock until the execution ends, for work
 * whose writes are its last (a refresh, an import). The Lock reference: "The
 * lock is automatically released when the script terminates", so no release
 * call is made on success. What it does not promise is that the script's
 * pending sheet changes are applied before that release, so they are flushed
 * here, while this execution still holds the lock
 * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock(),
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()):
 * otherwise two imports close together could both find the same first free row.
 * On failure the lock is released at once: the menu shows the error in a
 * dialog, which suspends the script until the user closes it
 * (https://developers.google.com/apps-script/reference/base/ui#alert(String)),
 * and colleagues must not wait on it.
 */
export function underDocumentLockToTheEnd<T>(write: () => T): T {
  const lock = acquireDocumentLock();
  try {
    const result = write();
    SpreadsheetApp.flush();
    return result;
  } catch (error) {
    SpreadsheetApp.flush();
    lock.releaseLock();
    throw error;
  }
}

/** The sheet as it is now: header row and every row, read in one call. */
export function rereadGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  return sheetValues(sheet);
}

/**
 * The rows read before, as they are now, in one call: enough to find each ID's
 * row after a sort. Rows a user added since the read are not in it, so a
 * writer of new IDs (which must see every ID typed meanwhile) uses rereadGrid.
 * Should the sheet have lost rows or columns meanwhile, so that the old
 * rectangle is no longer on it, the sheet as it is now is read instead.
 */
export function rereadTable(table: SheetTable): unknown[][] {
  const rows = table.values.length;
  const columns = table.values[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return rereadGrid(table.sheet);
  try {
    return table.sheet.getSheetValues(1, 1, rows, columns);
  } catch {
    return rereadGrid(table.sheet);
  }
}

/**
 * Every value of a sheet from row 1, in one call: getSheetValues with -1
 * reads up to the last row and column with content, the range getDataRange()
 * covers, without the extra call for the Range
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer)).
 * A sheet with no content at all has no such range, so it reads as no rows
 * (checked, not assumed).
 */
export function sheetValues(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch (error) {
    if (sheet.getLastRow() === 0) return [];
    throw error;
  }
}

/** Blank for appending: every cell empty or an unticked checkbox. */
function isBlankLine(line: readonly unknown[]): boolean {
  return line.every((cell) => cell === '' || cell === false);
}

/**
 * The row after the last one in use (row 1, the headers, always counts). Not
 * getLastRow or appendRow: setup gives checkbox columns a box on every row,
 * and Sheets may count unticked boxes as content, putting new rows far below.
 */
export function firstFreeRow(grid: readonly (readonly unknown[])[]): number {
  let lastUsed = grid.length;
  while (lastUsed > 1 && isBlankLine(grid[lastUsed - 1])) lastUsed--;
  return Math.max(lastUsed, 1) + 1;
}

/**
 * Grows the sheet, when needed, so that `lastRow` exists, at its end and only
 * when it is short: spare rows below the content (setup's validation and
 * formats on them) are used first. `rowsRead`: how many rows a read of the
 * sheet just returned, which it has for certain, so within them no call is made.
 */
export function ensureRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, lastRow: number, rowsRead = 0): void {
  if (lastRow <= rowsRead) return;
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
}

/** Sheet row number of every ID in the first column of `grid` matching `idHeader`. */
export function rowsById(grid: unknown[][], idHeader: string): Map<string, number[]> {
  const idColumn = headersOf(grid).indexOf(idHeader);
  const rows = new Map<string, number[]>();
  if (idColumn < 0) return rows;
  for (let r = 1; r < grid.length; r++) {
    const id = String(grid[r][idColumn] ?? '').trim();
    if (id === '') continue;
    const list = rows.get(id);
    if (list) list.push(r + 1);
    else rows.set(id, [r + 1]);
  }
  return rows;
}

/** 1-based numbers (columns or rows) grouped into runs of adjacent ones, each run ascending. */
function adjacentRuns(numbers: readonly number[]): number[][] {
  return columnRuns(numbers).map(({ column, width }) => Array.from({ length: width }, (_, i) => column + i));
}

/**
 * Writes a block of columns owned by ST-koll for every data row of the sheet,
 * taking each row's values from `valuesForId` by the ID the row holds now.
 * Rows without a known ID get blank cells. One setValues per contiguous run.
 */
export function writeOwnedColumns(
  sheetName: SheetName,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  grid: unknown[][],
  headers: readonly string[],
  valuesForId: (id: string) => unknown[] | null,
): void {
  const currentHeaders = headersOf(grid);
  const columns = headers.map((h) => currentHeaders.indexOf(h) + 1);
  if (columns.some((c) => c === 0)) throw new UserError(ERROR.columnsMoved(sheetName));
  const idColumn = currentHeaders.indexOf(ID_HEADER);
  const dataRows = grid.length - 1;
  if (dataRows < 1) return;
  const blank = headers.map(() => '');
  const rowValues = grid.slice(1).map((line) => {
    const id = idColumn < 0 ? '' : String(line[idColumn] ?? '').trim();
    const values = id ? valuesForId(id) : null;
    return values ? cellsFor(sheetName, headers, values) : blank;
  });
  for (const run of adjacentRuns(columns)) {
    const picks = run.map((column) => columns.indexOf(column));
    const block = rowValues.map((values) => picks.map((i) => values[i]));
    sheet.getRange(2, run[0], dataRows, run.length).setValues(block);
  }
}

/**
 * Writes cells of the one row holding `id` now (re-read under the caller's
 * lock). Returns false when no row holds the ID any more.
 */
export function writeRowCellsById(table: SheetTable, id: string, values: Record<string, unknown>): boolean {
  const grid = rereadGrid(table.sheet);
  const row = rowsById(grid, ID_HEADER).get(id)?.[0];
  if (!row) return false;
  writeRowCells(table.name, table.sheet, headersOf(grid), row, values);
  return true;
}

/**
 * Writes `values` (by header) into one row: one setValues per run of adjacent
 * columns, each value typed by its column, and no other cell of the row touched.
 */
export function writeRowCells(
  sheetName: SheetName,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  headers: readonly string[],
  row: number,
  values: Record<string, unknown>,
): void {
  const entries = Object.entries(values).map(([header, value]) => ({
    column: headers.indexOf(header) + 1,
    value: cellFor(columnTypeOf(sheetName, header), value),
  }));
  if (entries.some((e) => e.column === 0)) throw new UserError(ERROR.columnsMoved(sheetName));
  for (const run of adjacentRuns(entries.map((e) => e.column))) {
    const line = run.map((column) => entries.find((e) => e.column === column)!.value);
    sheet.getRange(row, run[0], 1, run.length).setValues([line]);
  }
}


/**
 * Writes IDs ST-koll assigned into the ID cells that are still blank, checking
 * under the lock that each row still holds what was read and that no one typed
 * the same ID meanwhile (users sort, insert and type while a refresh runs). A
 * row that changed keeps its blank ID; the next refresh assigns it. Returns
 * the IDs written, by row.
 */
export function writeAssignedIds(
  table: SheetTable,
  grid: unknown[][],
  assignments: ReadonlyArray<{ row: number; id: string }>,
): Map<number, string> {
  const idColumn = headersOf(grid).indexOf(ID_HEADER);
  const written = new Map<number, string>();
  if (idColumn < 0) return written;
  const taken = new Set(grid.slice(1).map((line) => idKeyOf(line[idColumn])));
  for (const { row, id } of assignments) {
    const now = grid[row - 1];
    const then = table.values[row - 1];
    if (!now || !then || String(now[idColumn] ?? '').trim() !== '') continue;
    if (!sameRow(now, then) || taken.has(idKeyOf(id))) continue;
    written.set(row, id);
  }
  if (written.size) writeIdCells(table.sheet, grid, idColumn, written);
  return written;
}

/**
 * Writes new IDs into their blank cells only: one setValues per run of
 * adjacent rows, so no ID, formula or text between them is rewritten, not
 * even with its own value (a rewrite turns a formula into its result and
 * re-parses text).
 */
function writeIdCells(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  grid: unknown[][],
  idColumn: number,
  written: ReadonlyMap<number, string>,
): void {
  for (const run of adjacentRuns([...written.keys()])) {
    sheet.getRange(run[0], idColumn + 1, run.length, 1).setValues(run.map((row) => [asText(written.get(row)!)]));
  }
  for (const [row, id] of written) grid[row - 1][idColumn] = id;
}

/**
 * Writes every ID the parse assigned (one re-read per sheet that has some),
 * holding the lock. Returns the IDs that could not be written, so callers never
 * show or use an ID that is not in the sheet.
 */
export function persistAssignedIds(tables: WorkbookTables, assigned: readonly IdAssignment[]): Set<string> {
  const unwritten = new Set<string>();
  if (!assigned.length) return unwritten;
  withDocumentLock(() => {
    for (const table of Object.values(tables) as SheetTable[]) {
      const mine = assigned.filter((a) => a.sheet === table.name);
      if (!mine.length) continue;
      const written = new Set(writeAssignedIds(table, rereadGrid(table.sheet), mine).values());
      for (const a of mine) if (!written.has(a.id)) unwritten.add(a.id);
    }
  });
  return unwritten;
}

/** IDs compare trimmed and case-insensitively, as the domain's duplicate check does. */
function idKeyOf(value: unknown): string {
  return String(value ?? '').trim().toUpperCase();
}

function sameRow(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x instanceof Date && y instanceof Date && x.getTime() === y.getTime()) continue;
    return false;
  }
  return true;
}
