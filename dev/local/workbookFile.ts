/**
 * The user's .xlsx behind the local app: opened once (checked, locked), then
 * saved after every change. A save writes only what changed since the last
 * one: the changed sheets' XML is patched inside the original package and
 * every other part is copied byte for byte; the file is replaced atomically.
 * The first save keeps the version as opened as `<file>.bak`.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { TransferMetadata, TransferSheet } from '../fakes/spreadsheet/transfer';
import { keepBackupOnce, writeFileAtomically, type AtomicWriteHooks } from './atomicFile';
import { LocalFileError } from './errors';
import type { SheetSnapshot } from './fakeState';
import { acquireLock, type HeldLock } from './fileLock';
import { LOCAL_TEXT as T } from './texts';
import { diffSheet, isEmpty, type SheetChanges, type SheetState } from './xlsx/changes';
import { keptXml, type KeptContent, type KeptState } from './xlsx/keptMetadata';
import { readPackage, readXlsxBytes } from './xlsx/readWorkbook';
import { writeChanges } from './xlsx/writeChanges';
import { XlsxPackage, type FinishedEdit } from './xlsx/xlsxPackage';

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

interface SavedSheet {
  /** The fake's revision this state was taken at (null: as read from the file). */
  revision: string | null;
  state: SheetState;
}

export class WorkbookFile {
  private saved: Map<string, SavedSheet>;
  private backupKept = false;
  private queue: Promise<unknown> = Promise.resolve();
  /** ST-koll's metadata part as the file holds it now. */
  private keptText: string;
  /** The developer metadata a previous session saved, still in place (for the fake to start from). */
  readonly metadata: TransferMetadata[];
  /** The document properties a previous session saved (allow-listed; for the fake to start from). */
  readonly properties: Record<string, string>;

  private constructor(
    readonly path: string,
    private pkg: XlsxPackage,
    /** The sheets as the file held them when opened (for the fake to start from). */
    readonly sheets: TransferSheet[],
    kept: KeptState,
    private readonly lock: HeldLock | null,
  ) {
    this.saved = new Map(sheets.map((sheet) => [sheet.name, { revision: null, state: { sheet, validations: [] } }]));
    this.keptText = kept.xml;
    this.metadata = kept.metadata;
    this.properties = kept.properties;
  }

  /** Opens for editing: readable .xlsx, writable, not open in another ST-koll. Throws LocalFileError. */
  static async open(path: string, options: { lock?: boolean } = {}): Promise<WorkbookFile> {
    const full = resolve(path);
    const opened = readPackage(readXlsxBytes(full), basename(full));
    assertWritable(full);
    const lock = options.lock === false ? null : acquireLock(full);
    return new WorkbookFile(full, opened.pkg, opened.sheets, opened.kept, lock);
  }

  /**
   * Writes the fake's current state to the file. Saves run one after another
   * in the order asked; each compares with the previous save, so the last one
   * always leaves the file equal to the state it was given. A sheet whose
   * revision was already saved is not even read. `kept`: the fake's
   * developer metadata and document properties (written only when the part's
   * text changed; omitted: left as is).
   */
  save(snapshots: SheetSnapshot[], hooks: AtomicWriteHooks = {}, kept?: KeptContent): Promise<SaveReport> {
    const run = this.queue.then(() => this.saveNow(snapshots, hooks, kept));
    this.queue = run.catch(() => undefined);
    return run;
  }

  close(): void {
    this.lock?.release();
  }

  private async saveNow(snapshots: SheetSnapshot[], hooks: AtomicWriteHooks, content: KeptContent | undefined): Promise<SaveReport> {
    const started = Date.now();
    const read: Array<{ revision: string; state: SheetState; changes: SheetChanges }> = [];
    for (const snapshot of snapshots) {
      const previous = this.saved.get(snapshot.name);
      if (previous && previous.revision === snapshot.revision) continue;
      const state = snapshot.read();
      read.push({ revision: snapshot.revision, state, changes: diffSheet(previous?.state, state) });
    }
    const changed = read.filter((r) => !isEmpty(r.changes)).map((r) => r.changes);
    const cellsWritten = changed.reduce((n, c) => n + c.values, 0);
    const kept = content ? keptXml(content) : this.keptText;
    const keptChanged = kept !== this.keptText;
    let written: FinishedEdit | null = null;
    if (changed.length || keptChanged) {
      try {
        written = writeChanges(this.pkg, changed, new Date(), keptChanged ? kept : null);
        if (!this.backupKept) {
          keepBackupOnce(this.path);
          this.backupKept = true;
        }
        writeFileAtomically(this.path, written.bytes, hooks);
      } catch (error) {
        throw new LocalFileError(T.saveFailed(basename(this.path), error instanceof Error ? error.message : String(error)), 'saveFailed');
      }
      this.pkg = XlsxPackage.open(written.bytes, written.texts);
      this.keptText = kept;
    }
    for (const r of read) this.saved.set(r.state.sheet.name, { revision: r.revision, state: r.state });
    return { cellsWritten, bytes: written?.bytes.length ?? 0, ms: Date.now() - started };
  }
}
