/**
 * The Intyg row (PRODUCT.md §6): its columns and its zod schema (shared with
 * the sidebar's "register intyg" form). Whether each code is in the trainee's
 * catalogue is checked by parseWorkbook, which knows the trainee.
 */
import { VALIDATION } from '../../shared/messages/validation';
import { cellText, choiceReader, readDate, readRequiredReference, readText, type CellReader } from '../cells';
import { splitDelmalCodes } from '../delmalCodes';
import type { Certificate, RawRow } from '../model';
import { ACTIVITY, CERTIFICATE_COL } from '../sheetContract';
import { fastRowReader, rowSchema, type RowRead } from './row';

/** Delmål: one or more codes (delmalCodes.ts says how they are split and matched). */
export const readDelmalCodes: CellReader<string[]> = (cell) => {
  const codes = splitDelmalCodes(cellText(cell));
  return codes.length ? { ok: true, value: codes } : { ok: false, message: VALIDATION.requiredDelmal };
};

export const CERTIFICATE_READERS = {
  [CERTIFICATE_COL.trainee]: readRequiredReference,
  [CERTIFICATE_COL.delmal]: readDelmalCodes,
  [CERTIFICATE_COL.activity]: choiceReader(ACTIVITY),
  [CERTIFICATE_COL.title]: readText,
  // A date after today is not an error: the intyg is expected, not yet issued (rule 11).
  [CERTIFICATE_COL.issued]: readDate,
  [CERTIFICATE_COL.issuer]: readText,
  [CERTIFICATE_COL.note]: readText,
};

export const certificateRowSchema = /* @__PURE__ */ rowSchema(CERTIFICATE_READERS);

const readCertificateCells = fastRowReader(CERTIFICATE_READERS);

/** A valid Intyg row before its reference is resolved and its codes are checked; codes as typed. */
export type CertificateDraft = Omit<Certificate, 'traineeId' | 'codeKeys'> & { codes: string[] };

export function parseCertificateRow(raw: RawRow): RowRead<CertificateDraft> {
  const read = readCertificateCells(raw.cells);
  if (!read.ok) return read;
  const cells = read.values;
  return {
    ok: true,
    values: {
      row: raw.row,
      codes: cells[CERTIFICATE_COL.delmal],
      activity: cells[CERTIFICATE_COL.activity],
      title: cells[CERTIFICATE_COL.title],
      issued: cells[CERTIFICATE_COL.issued],
      issuer: cells[CERTIFICATE_COL.issuer],
      note: cells[CERTIFICATE_COL.note],
    },
  };
}
