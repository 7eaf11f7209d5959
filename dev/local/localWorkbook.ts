/**
 * The local app's hold on the user's file while `npm start -- --workbook` runs:
 * the fake starts from the file, and after every change the agreements are
 * written as .docx and the workbook is saved back — in order, one at a time.
 */
import { basename, dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { FakeEnvironment } from '../fakes/env';
import { AgreementFiles } from './docx/agreementFiles';
import { fakeState, keptState } from './fakeState';
import type { SaveReport, WorkbookFile } from './workbookFile';

export class LocalWorkbook {
  readonly documents: AgreementFiles;
  /** The last save's figures, or the Swedish reason it failed. */
  lastSave: SaveReport | null = null;
  lastError: string | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(readonly file: WorkbookFile) {
    this.documents = new AgreementFiles(dirname(file.path));
  }

  get name(): string {
    return basename(this.file.path);
  }

  /** Queues writing the documents and saving the workbook as the fake holds them now. */
  changed(env: FakeEnvironment): Promise<void> {
    this.chain = this.chain.then(async () => {
      try {
        await this.documents.sync(env);
        this.lastSave = await this.file.save(fakeState(env), {}, keptState(env));
        this.lastError = null;
      } catch (error) {
        this.lastError = error instanceof Error ? error.message : String(error);
      }
    });
    return this.chain;
  }

  /** Resolves when every queued save is on disk. */
  settled(): Promise<void> {
    return this.chain;
  }

  /** '/out/<file>' for a value naming an agreement file (its name or its Google URL). */
  hrefFor(text: unknown): string | null {
    const file = this.documents.fileFor(text);
    return file ? `/out/${encodeURIComponent(file)}` : null;
  }

  /** The bytes of an agreement file, for GET /out/<file>; null for any other name. */
  readDocument(file: string): Buffer | null {
    if (this.documents.fileFor(file) !== file) return null;
    try {
      return readFileSync(join(this.documents.folder, file));
    } catch {
      return null;
    }
  }

  close(): void {
    this.file.close();
  }
}
