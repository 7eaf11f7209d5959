/**
 * The sidebar's "Registrera frånvaro" and "Registrera intyg" (PRODUCT.md §6).
 * Each validates its argument as untrusted (src/app/progressInput.ts), checks
 * the trainee (and an intyg's codes against that trainee's catalogue) on the
 * workbook as it is now, and appends one row under the document lock, writing
 * only the columns ST-koll knows.
 */
import { parseCertificateInput, parseLeaveInput } from '../app/progressInput';
import { DelmalCatalogue } from '../domain/delmalCatalogue';
import { delmalKey } from '../domain/delmalCodes';
import type { CellValue, Trainee } from '../domain/model';
import { parseWorkbook } from '../domain/parseWorkbook';
import { CERTIFICATE_COL, SHEET, type SheetName } from '../domain/sheetContract';
import type { AppendedRowOk, Result } from '../shared/api';
import { ERROR, PROGRESS_INPUT, VALIDATION } from '../shared/messages';
import { UserError } from '../app/userError';
import { appendRowsByHeader } from './appendRows';
import { serverCall } from './feedback';
import { loadSnapshot } from './snapshot';
import { withDocumentLock, type OpenWorkbook } from './workbookIO';

/** The trainee as the workbook holds it now, with the parsed workbook, or null when the row is unknown or invalid. */
function currentTrainee(traineeId: string) {
  const snapshot = loadSnapshot();
  const parsed = parseWorkbook(snapshot.raw, snapshot.wb.today, snapshot.settings);
  const trainee = parsed.workbook.trainees.find((t) => t.id === traineeId) ?? null;
  return { wb: snapshot.wb, parsed, trainee };
}

function append(wb: OpenWorkbook, name: SheetName, cells: Record<string, CellValue>): number {
  return withDocumentLock(() => {
    const sheet = wb.ss.getSheetByName(name);
    if (!sheet) throw new UserError(ERROR.missingSheet(name));
    return appendRowsByHeader(name, sheet, [cells]);
  });
}

export function logLeave(input: unknown): Result<AppendedRowOk> {
  return serverCall<AppendedRowOk>(() => {
    const read = parseLeaveInput(input);
    if (!read.ok) return { ok: false, message: ERROR.invalidInput(read.message) };
    const { wb, trainee } = currentTrainee(read.traineeId);
    if (!trainee) return { ok: false, message: PROGRESS_INPUT.unknownTrainee };
    return { ok: true, row: append(wb, SHEET.leave, read.cells) };
  });
}

/** Codes of the intyg that the trainee's catalogue does not list. */
function unknownCodes(trainee: Trainee, catalogue: DelmalCatalogue, codes: readonly string[]): string[] {
  const known = catalogue.forTrainee(trainee);
  return codes.filter((code) => !known.has(delmalKey(code)));
}

export function registerCertificate(input: unknown): Result<AppendedRowOk> {
  return serverCall<AppendedRowOk>(() => {
    const read = parseCertificateInput(input);
    if (!read.ok) return { ok: false, message: ERROR.invalidInput(read.message) };
    const { wb, parsed, trainee } = currentTrainee(read.traineeId);
    if (!trainee) return { ok: false, message: PROGRESS_INPUT.unknownTrainee };
    const codes = read.value[CERTIFICATE_COL.delmal];
    const unknown = unknownCodes(trainee, new DelmalCatalogue(parsed.workbook.catalogue), codes);
    if (unknown.length) {
      return { ok: false, message: ERROR.invalidInput(VALIDATION.unknownDelmal(unknown, trainee.regulation, trainee.specialty)) };
    }
    return { ok: true, row: append(wb, SHEET.certificates, read.cells) };
  });
}
