/**
 * Opens an .xlsx file and turns it into the fake's typed sheets. A missing,
 * non-.xlsx or unreadable file is a LocalFileError with one Swedish sentence;
 * nothing is ever written here.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { TransferSheet } from '../../fakes/spreadsheet/transfer';
import { LocalFileError } from '../errors';
import { LOCAL_TEXT as T } from '../texts';
import { readKept, type KeptState } from './keptMetadata';
import { XlsxPackage } from './xlsxPackage';

export interface OpenedWorkbook {
  pkg: XlsxPackage;
  sheets: TransferSheet[];
  /** ST-koll's developer metadata as a previous session saved it (none for a file it never saved). */
  kept: KeptState;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The file's bytes, or the Swedish reason it cannot be an .xlsx. */
export function readXlsxBytes(path: string): Buffer {
  const name = basename(path);
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new LocalFileError(T.missing(name), 'missing');
  }
  if (!isFile || !/\.xlsx$/i.test(path)) throw new LocalFileError(T.notXlsx(name), 'notXlsx');
  const bytes = readFileSync(path);
  if (bytes.length < 4 || !bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw new LocalFileError(T.corrupt(name), 'corrupt');
  return bytes;
}

/** The package and its sheets, read from bytes already known to be a zip (a part that is not XML: unreadable). */
export function readPackage(bytes: Buffer, name: string): OpenedWorkbook {
  let opened: OpenedWorkbook;
  try {
    const pkg = XlsxPackage.open(bytes);
    const sheets = pkg.readSheets();
    opened = { pkg, sheets, kept: readKept(pkg, sheets) };
  } catch {
    throw new LocalFileError(T.corrupt(name), 'corrupt');
  }
  if (opened.sheets.length === 0) throw new LocalFileError(T.corrupt(name), 'corrupt');
  return opened;
}

export async function openWorkbook(path: string): Promise<OpenedWorkbook> {
  return readPackage(readXlsxBytes(path), basename(path));
}
