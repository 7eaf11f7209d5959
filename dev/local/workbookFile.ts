/**
 * The user's .xlsx behind the local app: opened once (checked, locked), then
 * saved after every change — only what changed is written onto the workbook
 * exceljs loaded, and the file is replaced atomically. The first save keeps the
 * version as opened as `<file>.bak`.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import type { TransferSheet } from '../fakes/spreadsheet/transfer';
import { keepBackupOnce, writeFileAtomically, type AtomicWriteHooks } from './atomicFile';
import { LocalFileError } from './errors';
import { acquireLock, type HeldLock } from './fileLock';
import { LOCAL_TEXT as T } from './texts';
import { applyChanges, type SheetState } from './xlsx/applyChanges';
import { openWorkbook, type ForeignRule } from './xlsx/readWorkbook';

export interface SaveReport {
  cellsWritten: number;
  bytes: number;
  ms: number;
}

/** Root ignores permission bits, so a file the user marked read-only is checked by its mode as well. */
export function assertWritable(path: string): void {
  const name = basename(path);
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
  } catch {
    throw new LocalFileError(T.notWritable(name), 'notWritable');
  }
  if ((statSync(path).mode & 0o222) === 0 || (statSync(dirname(path)).mode & 0o222) === 0) {
    throw new LocalFileError(T.notWritable(name), 'notWritable');
  }
}

export class WorkbookFile {
  private saved: Map<string, SheetState>;
  private backupKept = false;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly path: string,
    private readonly excel: ExcelJS.Workbook,
    /** The sheets as the file held them when opened (for the fake to start from). */
    readonly sheets: TransferSheet[],
    private readonly foreignRules: Map<string, ForeignRule[]>,
    private readonly lock: HeldLock | null,
  ) {
    this.saved = new Map(sheets.map((sheet) => [sheet.name, { sheet, validations: [] }]));
  }

  /** Opens for editing: readable .xlsx, writable, not open in another ST-koll. Throws LocalFileError. */
  static async open(path: string, options: { lock?: boolean } = {}): Promise<WorkbookFile> {
    const full = resolve(path);
    const opened = await openWorkbook(full);
    assertWritable(full);
    const lock = options.lock === false ? null : acquireLock(full);
    return new WorkbookFile(full, opened.excel, opened.sheets, opened.foreignRules, lock);
  }

  /**
   * Writes the fake's current state to the file. Saves run one after another
   * in the order asked; each compares with the previous save, so the last one
   * always leaves the file equal to the state it was given.
   */
  save(states: SheetState[], hooks: AtomicWriteHooks = {}): Promise<SaveReport> {
    const run = this.queue.then(() => this.saveNow(states, hooks));
    this.queue = run.catch(() => undefined);
    return run;
  }

  close(): void {
    this.lock?.release();
  }

  private async saveNow(states: SheetState[], hooks: AtomicWriteHooks): Promise<SaveReport> {
    const started = Date.now();
    const changes = applyChanges(this.excel, this.saved, states, { foreignRules: this.foreignRules });
    const cellsWritten = changes.cells;
    if (changes.cells + changes.other === 0) return { cellsWritten, bytes: 0, ms: Date.now() - started };
    // Formulas ST-koll wrote have no cached result: Excel and LibreOffice recalculate on open.
    this.excel.calcProperties = { ...this.excel.calcProperties, fullCalcOnLoad: true };
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array((await this.excel.xlsx.writeBuffer()) as ArrayBuffer);
      if (!this.backupKept) {
        keepBackupOnce(this.path);
        this.backupKept = true;
      }
      writeFileAtomically(this.path, bytes, hooks);
    } catch (error) {
      throw new LocalFileError(T.saveFailed(basename(this.path), error instanceof Error ? error.message : String(error)), 'saveFailed');
    }
    for (const state of states) this.saved.set(state.sheet.name, state);
    return { cellsWritten, bytes: bytes.length, ms: Date.now() - started };
  }
}
