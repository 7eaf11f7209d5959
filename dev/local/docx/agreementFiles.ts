/**
 * Agreements made while working on a local file land as .docx files in
 * `överenskommelser/` beside the workbook, and the `Dokument` cell holds the
 * file's name (the Google URL the bundle wrote is swapped for it).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AGREEMENT_COL, SHEET } from '../../../src/domain/sheetContract';
import { columnLetter } from '../../../src/domain/sheetLayout';
import type { FakeEnvironment } from '../../fakes/env';
import { readDocuments } from '../../preview/documents';
import { writeFileAtomically } from '../atomicFile';
import { agreementDocx } from './agreementDocx';

export const AGREEMENT_FOLDER = 'överenskommelser';

interface Written {
  file: string;
  signature: string;
  urls: string[];
}

/** The document's name as a file name every system accepts. */
export function docxFileName(name: string): string {
  const base = name
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[ .]+|[ .]+$/g, '')
    .slice(0, 150);
  return `${base || 'dokument'}.docx`;
}

export class AgreementFiles {
  readonly folder: string;
  private readonly byId = new Map<string, Written>();

  constructor(workbookFolder: string) {
    this.folder = join(workbookFolder, AGREEMENT_FOLDER);
  }

  /** The local file a cell or a server result names, if ST-koll wrote it. */
  fileFor(text: unknown): string | null {
    if (typeof text !== 'string') return null;
    for (const written of this.byId.values()) if (written.file === text || written.urls.includes(text)) return written.file;
    return /\.docx$/i.test(text) && existsSync(join(this.folder, text)) && !text.includes('/') ? text : null;
  }

  list(): { name: string; href: string }[] {
    return [...this.byId.values()].map((w) => ({ name: w.file, href: `/out/${encodeURIComponent(w.file)}` }));
  }

  /** Writes new and changed documents, then points their Dokument cells at the files. */
  async sync(env: FakeEnvironment): Promise<string[]> {
    const written: string[] = [];
    for (const doc of readDocuments(env)) {
      const signature = JSON.stringify([doc.name, doc.elements]);
      const known = this.byId.get(doc.id);
      if (known && known.signature === signature) continue;
      const file = known?.file ?? this.freeName(docxFileName(doc.name));
      mkdirSync(this.folder, { recursive: true });
      writeFileAtomically(join(this.folder, file), await agreementDocx(doc));
      this.byId.set(doc.id, { file, signature, urls: doc.urls });
      written.push(file);
    }
    this.pointCellsAtFiles(env);
    return written;
  }

  private freeName(file: string): string {
    const taken = (name: string) => existsSync(join(this.folder, name)) || [...this.byId.values()].some((w) => w.file === name);
    let candidate = file;
    for (let n = 2; taken(candidate); n++) candidate = file.replace(/\.docx$/, ` (${n}).docx`);
    return candidate;
  }

  private pointCellsAtFiles(env: FakeEnvironment): void {
    if (!env.spreadsheet.sheetNames().includes(SHEET.agreements)) return;
    const rows = env.spreadsheet.values(SHEET.agreements);
    const column = (rows[0] ?? []).indexOf(AGREEMENT_COL.document);
    if (column < 0) return;
    rows.forEach((row, i) => {
      const value = row[column];
      if (i === 0 || typeof value !== 'string' || !/^https:\/\//.test(value)) return;
      const file = this.fileFor(value);
      if (file) env.spreadsheet.type(SHEET.agreements, [[`'${file}`]], `${columnLetter(column + 1)}${i + 1}`);
    });
  }
}
